/** Edits the text of one key task of the stored draft (PATCH /api/key-tasks/:id). */
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useErrorReporter } from '../../app/errors';
import { importNs } from './messages';
import type { PlanDetail } from './types';

interface Props {
  keyTask: PlanDetail['keyTasks'][number];
  onClose: (saved: boolean) => void;
}

export function KeyTaskEditModal({ keyTask, onClose }: Props) {
  const { t } = useTranslation(importNs);
  const [form] = Form.useForm<{ text: string }>();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter(() => onClose(true));

  const save = async ({ text }: { text: string }) => {
    setBusy(true);
    try {
      await apiFetch(`/api/key-tasks/${keyTask.id}`, {
        method: 'PATCH',
        body: { text },
        ifMatch: keyTask.version,
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
      title={t('review.editKeyTask', { no: keyTask.no })}
      okButtonProps={{ htmlType: 'submit', form: 'key-task-edit', loading: busy }}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form
        id="key-task-edit"
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{ text: keyTask.text }}
      >
        <Form.Item name="text" label={t('review.keyTaskText')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
