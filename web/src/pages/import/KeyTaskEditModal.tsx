/** Edits the text of one key task of the stored draft (PATCH /api/key-tasks/:id). */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { importNs } from './messages';
import type { PlanDetail } from './types';

interface Props {
  keyTask: PlanDetail['keyTasks'][number];
  onClose: (saved: boolean) => void;
}

export function KeyTaskEditModal({ keyTask, onClose }: Props) {
  const { t } = useTranslation(importNs);
  return (
    <FormModal
      id="key-task-edit"
      title={t('review.editKeyTask', { no: keyTask.no })}
      path={`/api/key-tasks/${keyTask.id}`}
      method="PATCH"
      ifMatch={keyTask.version}
      initialValues={{ text: keyTask.text }}
      onClose={(saved) => onClose(saved !== null)}
      onReload={() => onClose(true)}
    >
      <Form.Item name="text" label={t('review.keyTaskText')} rules={[{ required: true }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
