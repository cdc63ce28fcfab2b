/**
 * 进展情况: the task's monthly reports as a timeline, newest first, each with its files. The owner
 * submits; the supervising leader accepts (with an optional 批示) or returns (with a comment) what
 * awaits review; a returned report shows why and is edited and sent again (修改后重新报送).
 */
import {
  App,
  Button,
  Col,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Space,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../components/label';
import { apiFetch } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useErrorReporter } from '../../app/errors';
import { Attachments } from './Attachments';
import { taskNs } from './messages';
import { ReportForm } from './ReportForm';
import type { ProgressReport } from './types';

const stateColors: Record<ProgressReport['state'], string> = {
  submitted: 'blue',
  accepted: 'green',
  returned: 'red',
};

function ReportBody({ r }: { r: ProgressReport }) {
  const { t } = useTranslation(taskNs);
  const label = useLabel();
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong>{r.month}</Typography.Text>
        <Tag color={stateColors[r.state]}>{t(`reports.states.${r.state}`)}</Tag>
        {r.selfReview && (
          <Tooltip title={t('reports.selfReviewHint')}>
            <Tag color="orange">{t('reports.selfReview')}</Tag>
          </Tooltip>
        )}
      </Space>
      <Typography.Paragraph style={{ margin: 0 }}>
        <Typography.Text type="secondary">{label(t('reports.done'))}</Typography.Text>
        {r.done}
      </Typography.Paragraph>
      {r.problems && (
        <Typography.Paragraph style={{ margin: 0 }}>
          <Typography.Text type="secondary">{label(t('reports.problems'))}</Typography.Text>
          {r.problems}
        </Typography.Paragraph>
      )}
      {r.nextSteps && (
        <Typography.Paragraph style={{ margin: 0 }}>
          <Typography.Text type="secondary">{label(t('reports.nextSteps'))}</Typography.Text>
          {r.nextSteps}
        </Typography.Paragraph>
      )}
      {r.reviewComment && (
        <Typography.Text
          type={r.state === 'returned' ? 'danger' : 'success'}
          data-testid={`report-comment-${r.id}`}
        >
          {t(r.state === 'accepted' ? 'reports.instruction' : 'reports.reviewComment', {
            comment: r.reviewComment,
          })}
        </Typography.Text>
      )}
      <Attachments
        path={`/api/reports/${r.id}/attachments`}
        testId={`report-attachments-${r.id}`}
        canUpload={false}
        compact
      />
    </Space>
  );
}

/** 批示 (optional) typed in place, then 通过; 退回 asks for its comment in a dialog. */
function ReviewActions(props: {
  r: ProgressReport;
  onAccept: (comment: string) => void;
  onReturn: (comment: string) => void;
}) {
  const { t } = useTranslation(taskNs);
  const [comment, setComment] = useState('');
  return (
    <Space wrap data-testid={`review-${props.r.id}`}>
      <Input
        aria-label={t('reports.instructionLabel')}
        placeholder={t('reports.instructionHint')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        maxLength={2000}
        style={{ width: 260 }}
      />
      <Button size="small" type="primary" onClick={() => props.onAccept(comment.trim())}>
        {t('reports.accept')}
      </Button>
      <Button size="small" danger onClick={() => props.onReturn(comment.trim())}>
        {t('reports.return')}
      </Button>
    </Space>
  );
}

interface Props {
  taskId: number;
  /** The plan's year: the report month stays inside it. */
  year: number;
  canSubmit: boolean;
  canReview: boolean;
}

export function Reports({ taskId, year, canSubmit, canReview }: Props) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const reports = useApi<Page<ProgressReport>>(`/api/tasks/${taskId}/reports`, { limit: 100 });
  const report = useErrorReporter(reports.reload);
  const [returning, setReturning] = useState<ProgressReport | null>(null);
  const [editing, setEditing] = useState<ProgressReport | null>(null);
  const [form] = Form.useForm<{ comment: string }>();

  const accept = (r: ProgressReport, comment: string) => {
    apiFetch<ProgressReport>(`/api/reports/${r.id}/accept`, {
      method: 'POST',
      ifMatch: r.version,
      body: comment ? { comment } : {},
    })
      .then(() => {
        void message.success(t('reports.accepted'));
        reports.reload();
      })
      .catch((err: unknown) => report(err));
  };

  const sendBack = async () => {
    if (!returning) return;
    // An invalid form shows its own field errors.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const { comment } = values;
    try {
      await apiFetch(`/api/reports/${returning.id}/return`, {
        method: 'POST',
        ifMatch: returning.version,
        body: { comment },
      });
      void message.success(t('reports.returned'));
      setReturning(null);
      form.resetFields();
      reports.reload();
    } catch (err) {
      report(err, form);
    }
  };

  const items = (reports.data?.items ?? []).map((r) => ({
    key: r.id,
    color: stateColors[r.state],
    children: (
      <Space direction="vertical" style={{ width: '100%' }} data-testid={`report-${r.month}`}>
        <ReportBody r={r} />
        {canReview && r.state === 'submitted' && (
          <ReviewActions
            r={r}
            onAccept={(comment) => accept(r, comment)}
            onReturn={(comment) => {
              form.setFieldsValue({ comment });
              setReturning(r);
            }}
          />
        )}
        {canSubmit && r.state === 'returned' && (
          <Button size="small" type="primary" ghost onClick={() => setEditing(r)}>
            {t('reports.resubmit')}
          </Button>
        )}
      </Space>
    ),
  }));

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={canSubmit ? 14 : 24}>
        {items.length === 0 ? (
          <Empty description={t('reports.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Timeline items={items} data-testid="report-timeline" />
        )}
      </Col>
      {canSubmit && (
        <Col xs={24} xl={10}>
          <Typography.Title level={5}>{t('reports.newReport')}</Typography.Title>
          <ReportForm taskId={taskId} year={year} onSubmitted={reports.reload} />
        </Col>
      )}
      <Modal
        open={editing !== null}
        title={editing ? t('reports.resubmitTitle', { month: editing.month }) : ''}
        footer={null}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        width={640}
      >
        {editing && (
          <>
            {editing.reviewComment && (
              <Typography.Paragraph type="danger">
                {t('reports.reviewComment', { comment: editing.reviewComment })}
              </Typography.Paragraph>
            )}
            <ReportForm
              taskId={taskId}
              year={year}
              resubmit={editing}
              onSubmitted={() => {
                setEditing(null);
                reports.reload();
              }}
              onReload={() => {
                setEditing(null);
                reports.reload();
              }}
            />
          </>
        )}
      </Modal>
      <Modal
        open={returning !== null}
        title={t('reports.returnTitle')}
        okText={t('reports.return')}
        okButtonProps={{ danger: true }}
        onOk={() => void sendBack()}
        onCancel={() => setReturning(null)}
        forceRender
      >
        <Form form={form} name="reportReturn" layout="vertical">
          <Form.Item
            name="comment"
            label={t('reports.comment')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('required', { field: t('reports.comment') }),
              },
            ]}
          >
            <Input.TextArea rows={3} autoFocus maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Row>
  );
}
