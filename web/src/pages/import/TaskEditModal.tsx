/** Edits one table row of the stored draft: content and completion time. */
import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { isoDateProps } from './dateField';
import { importNs } from './messages';
import type { Task } from './types';

interface Props {
  task: Task;
  onClose: (saved: boolean) => void;
}

export function TaskEditModal({ task, onClose }: Props) {
  const { t } = useTranslation(importNs);
  return (
    <FormModal
      id="task-edit"
      title={t('review.editTask', { no: task.no })}
      path={`/api/tasks/${task.id}`}
      method="PATCH"
      ifMatch={task.version}
      width={640}
      initialValues={{
        content: task.content,
        deadlineText: task.deadline.text,
        startDate: task.deadline.start,
        dueDate: task.deadline.due,
        notes: task.notes,
      }}
      toBody={(values) => ({
        ...values,
        notes: values.notes || null,
        deadlineText: values.deadlineText || null,
      })}
      onClose={(saved) => onClose(saved !== null)}
      onReload={() => onClose(true)}
    >
      <Form.Item name="content" label={t('review.content')} rules={[{ required: true }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />
      </Form.Item>
      <Form.Item name="deadlineText" label={t('review.deadlineText')}>
        <Input />
      </Form.Item>
      <Form.Item name="startDate" label={t('review.startDate')} {...isoDateProps}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="dueDate" label={t('review.dueDate')} {...isoDateProps}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="notes" label={t('review.notes')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
