/**
 * 延期申请: the owner asks for a later due date with a reason; the supervising leader approves
 * (the due date moves, the original one stays in view) or rejects with a comment. The pending
 * request shows above the tabs with its decision buttons; every request in the 延期 tab.
 */
import {
  Alert,
  Button,
  DatePicker,
  Empty,
  Form,
  Input,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useLabel } from '../../components/label';
import { taskNs } from './messages';
import type { Extension } from './types';

const stateColors: Record<Extension['state'], string> = {
  pending: 'blue',
  approved: 'green',
  rejected: 'red',
};

const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

/** The due date a task had before its first approved extension; null when none was approved. */
export function originalDue(extensions: Extension[]): string | null {
  const approved = extensions
    .filter((e) => e.state === 'approved')
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  const first = approved[0];
  return first ? (first.originalDue ?? first.currentDue) : null;
}

export function ExtensionList({ items }: { items: Extension[] }) {
  const { t } = useTranslation(taskNs);
  const label = useLabel();
  if (items.length === 0)
    return <Empty description={t('extensions.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="extension-list"
      items={items.map((e) => ({
        key: e.id,
        color: stateColors[e.state],
        children: (
          <Space direction="vertical" size={2}>
            <Space wrap>
              <Tag color={stateColors[e.state]}>{t(`extensions.states.${e.state}`)}</Tag>
              <Typography.Text strong>
                {t('extensions.dates', { from: e.currentDue, to: e.requestedDue })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('extensions.requestedAt', { at: at(e.requestedAt) })}
              </Typography.Text>
            </Space>
            <span>
              <Typography.Text type="secondary">{label(t('extensions.reason'))}</Typography.Text>
              {e.reason}
            </span>
            {e.decidedAt && (
              <Typography.Text type={e.state === 'rejected' ? 'danger' : 'success'}>
                {t('extensions.decided', {
                  state: t(`extensions.states.${e.state}`),
                  at: at(e.decidedAt),
                })}
                {e.decisionComment ? label('') + e.decisionComment : ''}
              </Typography.Text>
            )}
          </Space>
        ),
      }))}
    />
  );
}

/** The pending request, above the tabs: what was asked and, for the reviewer, the decision. */
export function ExtensionPending(props: {
  request: Extension;
  canDecide: boolean;
  onDecide: (action: 'approve' | 'reject') => void;
}) {
  const { t } = useTranslation(taskNs);
  const { request: e } = props;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="extension-pending"
      message={t('extensions.pending', { from: e.currentDue, to: e.requestedDue })}
      description={t('extensions.pendingReason', { reason: e.reason })}
      action={
        props.canDecide ? (
          <Space direction="vertical" size={4}>
            <Button size="small" type="primary" onClick={() => props.onDecide('approve')}>
              {t('extensions.approve')}
            </Button>
            <Button size="small" danger onClick={() => props.onDecide('reject')}>
              {t('extensions.reject')}
            </Button>
          </Space>
        ) : undefined
      }
    />
  );
}

export function ExtensionRequestDialog(props: {
  taskId: number;
  due: string;
  onClose: (saved: Extension | null) => void;
}) {
  const { t } = useTranslation(taskNs);
  return (
    <FormModal<Extension>
      id="extension-request"
      title={t('extensions.requestTitle')}
      path={`/api/tasks/${props.taskId}/extensions`}
      toBody={(v) => ({
        requestedDue: (v.requestedDue as Dayjs).format('YYYY-MM-DD'),
        reason: v.reason,
      })}
      onClose={props.onClose}
    >
      <Typography.Paragraph type="secondary">
        {t('extensions.currentDue', { due: props.due })}
      </Typography.Paragraph>
      <Form.Item
        name="requestedDue"
        label={t('extensions.requestedDue')}
        rules={[
          { required: true, message: t('required', { field: t('extensions.requestedDue') }) },
        ]}
      >
        <DatePicker disabledDate={(d) => !d.isAfter(props.due, 'day')} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('extensions.reason')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('required', { field: t('extensions.reason') }),
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

export function ExtensionDecisionDialog(props: {
  request: Extension;
  action: 'approve' | 'reject';
  onClose: (saved: Extension | null) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation(taskNs);
  const { request: e, action } = props;
  return (
    <FormModal<Extension>
      id="extension-decision"
      title={t(action === 'approve' ? 'extensions.approveTitle' : 'extensions.rejectTitle', {
        to: e.requestedDue,
      })}
      path={`/api/extensions/${e.id}/${action}`}
      toBody={(v) => ({
        comment: typeof v.comment === 'string' && v.comment.trim() ? v.comment : undefined,
        version: e.version,
      })}
      onClose={props.onClose}
      onReload={props.onReload}
    >
      <Typography.Paragraph>
        {t('extensions.dates', { from: e.currentDue, to: e.requestedDue })}
        <br />
        {t('extensions.pendingReason', { reason: e.reason })}
      </Typography.Paragraph>
      <Form.Item
        name="comment"
        label={t('extensions.comment')}
        rules={
          action === 'reject'
            ? [
                {
                  required: true,
                  whitespace: true,
                  message: t('required', { field: t('extensions.comment') }),
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
