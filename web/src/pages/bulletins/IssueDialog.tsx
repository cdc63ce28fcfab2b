/**
 * 签发 a draft: the issue date (the draft's default, the first working day after the month) and
 * what it becomes (第N期, or 第N期（更正）); confirm → POST /api/bulletins/:id/issue. A date the
 * server refuses shows on the field; "already issued" as a message.
 */
import { Alert, App, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useFormSubmit } from '../../components/useFormSubmit';
import { isCorrection, issueLabel } from './labels';
import { bulletinsNs } from './messages';
import type { Bulletin } from './types';

interface Values {
  issueDate: Dayjs;
}

export function IssueDialog({
  draft,
  onClose,
}: {
  draft: Bulletin;
  /** The issued bulletin, or null when cancelled. */
  onClose: (issued: Bulletin | null) => void;
}) {
  const { t } = useTranslation(bulletinsNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const monthEnd = dayjs(`${draft.month}-01`).endOf('month').startOf('day');
  const issue = issueLabel(t, draft);

  const { busy, submit } = useFormSubmit(form, async ({ issueDate }: Values) => {
    const issued = await apiFetch<Bulletin>(`/api/bulletins/${draft.id}/issue`, {
      method: 'POST',
      body: { issueDate: issueDate.format('YYYY-MM-DD') },
    });
    void message.success(t('issued', { issue: issueLabel(t, issued) }));
    onClose(issued);
  });

  return (
    <Modal
      open
      className="bulletin-issue-dialog"
      title={t('issueTitle', { month: draft.month, kind: t(`kinds.${draft.kind}`) })}
      okText={t('issueOk')}
      okButtonProps={{ htmlType: 'submit', form: 'bulletin-issue', loading: busy }}
      onCancel={() => onClose(null)}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message={t(isCorrection(draft) ? 'issueBecomesCorrection' : 'issueBecomes', { issue })}
      />
      <Form
        id="bulletin-issue"
        form={form}
        layout="vertical"
        initialValues={{ issueDate: dayjs(draft.defaultIssueDate) }}
        onFinish={submit}
      >
        <Form.Item
          name="issueDate"
          label={t('issueDate')}
          extra={t('issueDateHelp')}
          rules={[{ required: true }]}
        >
          <DatePicker
            format="YYYY-MM-DD"
            allowClear={false}
            disabledDate={(d) => d.isBefore(monthEnd, 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
