/**
 * One decision on a 待办 line (通过 / 退回, 批准 / 驳回, 确认办结 / 退回) with its comment: a 批示
 * that may be left empty, or a reason that must be given. The decision is posted with the record's
 * version; the server's field errors land under the comment.
 */
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todoNs } from './messages';

export interface Decision {
  title: string;
  okText: string;
  /** POST path of the decision. */
  path: string;
  version: number;
  commentLabel: string;
  commentHelp?: string;
  commentRequired: boolean;
  danger?: boolean;
  done: string;
}

interface Props {
  decision: Decision;
  onClose: (decided: boolean) => void;
  onReload: () => void;
}

export function DecisionDialog({ decision, onClose, onReload }: Props) {
  const { t } = useTranslation(todoNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const { busy, submit } = useFormSubmit(
    form,
    async ({ comment }: { comment?: string }) => {
      const text = comment?.trim();
      await apiFetch(decision.path, {
        method: 'POST',
        body: text ? { comment: text, version: decision.version } : { version: decision.version },
      });
      void message.success(decision.done);
      onClose(true);
    },
    () => {
      onClose(false);
      onReload();
    },
  );

  return (
    <Modal
      open
      title={decision.title}
      okText={decision.okText}
      okButtonProps={{
        htmlType: 'submit',
        form: 'todo-decision',
        loading: busy,
        danger: decision.danger,
      }}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form id="todo-decision" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="comment"
          label={decision.commentLabel}
          extra={decision.commentHelp}
          rules={
            decision.commentRequired
              ? [
                  {
                    required: true,
                    whitespace: true,
                    message: t('required', { field: decision.commentLabel }),
                  },
                ]
              : []
          }
        >
          <Input.TextArea rows={3} autoFocus maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
