/**
 * 办结: the owner applies for completion with a note and evidence files; the supervising leader (or
 * an administrator) confirms — the task turns 已完成 — or returns the request with a comment. The
 * pending request shows above the tabs with its decision buttons; every request in the 办结 tab.
 */
import {
  Alert,
  App,
  Button,
  Empty,
  Form,
  Input,
  Modal,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { UploadFile } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useLabel } from '../../components/label';
import { useFormSubmit } from '../../components/useFormSubmit';
import { Attachments, HeldFiles, heldFiles, uploadAll } from './Attachments';
import { taskNs } from './messages';
import type { CompletionRequest } from './types';

const stateColors: Record<CompletionRequest['state'], string> = {
  pending: 'blue',
  confirmed: 'green',
  returned: 'red',
};

const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

export function CompletionList({ items }: { items: CompletionRequest[] }) {
  const { t } = useTranslation(taskNs);
  const label = useLabel();
  if (items.length === 0)
    return <Empty description={t('completion.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="completion-list"
      items={items.map((c) => ({
        key: c.id,
        color: stateColors[c.state],
        children: (
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={stateColors[c.state]}>{t(`completion.states.${c.state}`)}</Tag>
              <Typography.Text type="secondary">
                {t('completion.requested', {
                  who: c.requestedBy?.name ?? t('none'),
                  at: at(c.requestedAt),
                })}
              </Typography.Text>
            </Space>
            <span>
              <Typography.Text type="secondary">{label(t('completion.note'))}</Typography.Text>
              {c.note}
            </span>
            <Attachments
              path={`/api/completion-requests/${c.id}/attachments`}
              testId={`completion-attachments-${c.id}`}
              canUpload={false}
              compact
            />
            {c.decidedAt && (
              <Typography.Text type={c.state === 'returned' ? 'danger' : 'success'}>
                {t('completion.decided', {
                  state: t(`completion.states.${c.state}`),
                  who: c.decidedBy?.name ?? t('none'),
                  at: at(c.decidedAt),
                })}
                {c.comment ? label('') + c.comment : ''}
              </Typography.Text>
            )}
          </Space>
        ),
      }))}
    />
  );
}

/** The pending request, above the tabs: the note, the files and, for the reviewer, the decision. */
export function CompletionPending(props: {
  request: CompletionRequest;
  canDecide: boolean;
  onDecide: (action: 'confirm' | 'return') => void;
}) {
  const { t } = useTranslation(taskNs);
  const { request: c } = props;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="completion-pending"
      message={t('completion.pending', { who: c.requestedBy?.name ?? t('none') })}
      description={
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          <span>{t('completion.pendingNote', { note: c.note })}</span>
          <Attachments
            path={`/api/completion-requests/${c.id}/attachments`}
            testId={`completion-pending-attachments-${c.id}`}
            canUpload={false}
            compact
          />
        </Space>
      }
      action={
        props.canDecide ? (
          <Space direction="vertical" size={4}>
            <Button size="small" type="primary" onClick={() => props.onDecide('confirm')}>
              {t('completion.confirm')}
            </Button>
            <Button size="small" danger onClick={() => props.onDecide('return')}>
              {t('completion.return')}
            </Button>
          </Space>
        ) : undefined
      }
    />
  );
}

interface ApplyFields {
  note: string;
  files?: UploadFile[];
}

export function CompletionApplyDialog(props: {
  taskId: number;
  onClose: (saved: CompletionRequest | null) => void;
}) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyFields>();
  const { busy, submit } = useFormSubmit(form, async (values: ApplyFields) => {
    const saved = await apiFetch<CompletionRequest>(
      `/api/tasks/${props.taskId}/completion-requests`,
      { method: 'POST', body: { note: values.note } },
    );
    try {
      await uploadAll(`/api/completion-requests/${saved.id}/attachments`, heldFiles(values.files));
    } finally {
      void message.success(t('completion.applied'));
      props.onClose(saved);
    }
  });
  return (
    <Modal
      open
      title={t('completion.applyTitle')}
      okText={t('completion.apply')}
      okButtonProps={{ htmlType: 'submit', form: 'completion-apply', loading: busy }}
      onCancel={() => props.onClose(null)}
      destroyOnHidden
    >
      <Form
        id="completion-apply"
        name="completionApply"
        form={form}
        layout="vertical"
        onFinish={submit}
      >
        <Form.Item
          name="note"
          label={t('completion.note')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('required', { field: t('completion.note') }),
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} placeholder={t('completion.noteHint')} />
        </Form.Item>
        <Form.Item name="files" label={t('completion.files')}>
          <HeldFiles />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CompletionDecisionDialog(props: {
  request: CompletionRequest;
  action: 'confirm' | 'return';
  onClose: (saved: CompletionRequest | null) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation(taskNs);
  const { request: c, action } = props;
  return (
    <FormModal<CompletionRequest>
      id="completion-decision"
      title={t(action === 'confirm' ? 'completion.confirmTitle' : 'completion.returnTitle')}
      path={`/api/completion-requests/${c.id}/${action}`}
      toBody={(v) => ({
        comment: typeof v.comment === 'string' && v.comment.trim() ? v.comment : undefined,
        version: c.version,
      })}
      onClose={props.onClose}
      onReload={props.onReload}
    >
      <Typography.Paragraph>{t('completion.pendingNote', { note: c.note })}</Typography.Paragraph>
      <Form.Item
        name="comment"
        label={t('completion.comment')}
        rules={
          action === 'return'
            ? [
                {
                  required: true,
                  whitespace: true,
                  message: t('required', { field: t('completion.comment') }),
                },
              ]
            : []
        }
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
