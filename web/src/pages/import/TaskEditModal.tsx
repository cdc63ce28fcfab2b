/** Edits one table row of the stored draft: content and completion time. */
import { DatePicker, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useErrorReporter } from '../../app/errors';
import { isoDateProps } from './dateField';
import { importNs } from './messages';
import type { Task } from './types';

interface Props {
  task: Task;
  onClose: (saved: boolean) => void;
}

interface Values {
  content: string;
  deadlineText: string | null;
  startDate: string | null;
  dueDate: string | null;
  notes: string | null;
}

export function TaskEditModal({ task, onClose }: Props) {
  const { t } = useTranslation(importNs);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter(() => onClose(true));

  const save = async (values: Values) => {
    setBusy(true);
    try {
      await apiFetch(`/api/tasks/${task.id}`, {
        method: 'PATCH',
        body: { ...values, notes: values.notes || null, deadlineText: values.deadlineText || null },
        ifMatch: task.version,
      });
      onClose(true);
    } catch (err) {
      report(err, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('review.editTask', { no: task.no })}
      okButtonProps={{ htmlType: 'submit', form: 'task-edit', loading: busy }}
      onCancel={() => onClose(false)}
      destroyOnHidden
      width={640}
    >
      <Form
        id="task-edit"
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{
          content: task.content,
          deadlineText: task.deadline.text,
          startDate: task.deadline.start,
          dueDate: task.deadline.due,
          notes: task.notes,
        }}
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
      </Form>
    </Modal>
  );
}
