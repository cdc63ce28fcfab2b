/** Voids a ledger entry with a reason: corrections void and re-enter, nothing is overwritten. */
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useErrorReporter } from '../../app/errors';
import { taskNs } from './messages';
import type { LedgerEntry } from './types';

export function VoidDialog({
  entry,
  onClose,
}: {
  entry: LedgerEntry | null;
  onClose: (voided: boolean) => void;
}) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const report = useErrorReporter();

  const submit = async () => {
    if (!entry) return;
    // An invalid form shows its own field errors.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const { reason } = values;
    try {
      await apiFetch<LedgerEntry>(`/api/ledger/${entry.id}/void`, {
        method: 'POST',
        body: { reason },
      });
      void message.success(t('ledger.voidedDone'));
      form.resetFields();
      onClose(true);
    } catch (err) {
      report(err, form);
    }
  };

  return (
    <Modal
      open={entry !== null}
      title={t('ledger.voidTitle')}
      okText={t('ledger.void')}
      okButtonProps={{ danger: true }}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('ledger.voidReasonLabel')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('required', { field: t('ledger.voidReasonLabel') }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
