/**
 * 通报: generate a plan's monthly bulletin (key work, information work, grassroots days) as a
 * draft, preview and download it, 签发 it as 第N期 on a chosen date; the unit's 通报设置 (版头 and
 * 版记) for its administrators.
 */
import { Button, Card, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload, apiUrl } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../app/auth';
import { useErrorReporter } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { sharedNs } from '../../components/messages';
import { GenerateForm } from './GenerateForm';
import { IssueDialog } from './IssueDialog';
import { isCorrection, issueLabel, longDate, shortTime } from './labels';
import { bulletinsNs } from './messages';
import { SettingsForm } from './SettingsForm';
import type { Bulletin } from './types';

/** Drafts on top, then as the server orders the issues (newest 期 first). */
function draftsFirst(items: Bulletin[]): Bulletin[] {
  return [...items].sort((a, b) => Number(b.state === 'draft') - Number(a.state === 'draft'));
}

export default function BulletinsPage() {
  const { t } = useTranslation(bulletinsNs);
  const { user } = useAuth();
  const choice = usePlanChoice();
  const plan = choice.plan;
  const admin = user?.role === 'admin';
  const list = useApi<Page<Bulletin>>(plan ? `/api/plans/${plan.id}/bulletins` : null);
  const [preview, setPreview] = useState<Bulletin | null>(null);
  const [issuing, setIssuing] = useState<Bulletin | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const report = useErrorReporter();
  const docPath = (b: Bulletin) => `/api/bulletins/${b.id}/document`;
  const download = (b: Bulletin, format: 'docx' | 'xlsx') =>
    apiDownload(docPath(b), { format }).catch((err: unknown) => report(err));
  const previewTitle = (b: Bulletin) =>
    t('previewTitle', {
      month: b.month,
      kind: t(`kinds.${b.kind}`),
      issue: b.state === 'draft' ? t('issueDraft', { n: b.issueNo }) : issueLabel(t, b),
    });
  /** When it was issued, or for a draft when it was generated. */
  const when = (b: Bulletin) =>
    b.state === 'issued' && b.issuedAt
      ? t('issuedAt', { at: shortTime(b.issuedAt) })
      : t('generatedAt', { at: shortTime(b.createdAt) });
  const unitId = plan?.issuingUnitId ?? null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('title')}
            </Typography.Title>
            {plan && admin && unitId !== null && (
              <Button onClick={() => setSettingsOpen(true)}>{t('settings')}</Button>
            )}
          </Space>
          <PlanPicker choice={choice} />
          {plan && admin && (
            <>
              <Typography.Text type="secondary">{t('frozen')}</Typography.Text>
              {unitId === null && <Typography.Text type="secondary">{t('noUnit')}</Typography.Text>}
              <GenerateForm planId={plan.id} year={plan.year} onDone={list.reload} />
            </>
          )}
        </Space>
      </Card>
      {plan && (
        <Card title={t('list')}>
          <Table<Bulletin>
            size="small"
            rowKey="id"
            tableLayout="fixed"
            loading={list.loading}
            dataSource={draftsFirst(list.data?.items ?? [])}
            locale={{ emptyText: t('empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            rowClassName={(b) => `bulletin-row bulletin-${b.state}`}
            columns={[
              {
                title: t('issue'),
                key: 'issue',
                width: 140,
                render: (_, b) => (
                  <Space size={4} wrap>
                    <span>{t('issueN', { n: b.issueNo })}</span>
                    {isCorrection(b) && <Tag color="orange">{t('correction')}</Tag>}
                    {b.state === 'draft' && <Tag color="blue">{t('draft')}</Tag>}
                  </Space>
                ),
              },
              { title: t('month'), dataIndex: 'month', width: 90 },
              {
                title: t('kind'),
                key: 'kind',
                ellipsis: true,
                render: (_, b) => t(`kinds.${b.kind}`),
              },
              {
                title: t('state'),
                key: 'state',
                width: 80,
                responsive: ['xl'],
                render: (_, b) => t(`states.${b.state}`),
              },
              {
                title: t('issueDate'),
                key: 'issueDate',
                width: 170,
                render: (_, b) => (
                  <Space orientation="vertical" size={0}>
                    <span>{b.issueDate ? longDate(t, b.issueDate) : '—'}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {when(b)}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('actions', { ns: sharedNs }),
                key: 'actions',
                width: 300,
                render: (_, b) => (
                  <Space size={4} wrap>
                    <Button size="small" onClick={() => setPreview(b)}>
                      {t('preview')}
                    </Button>
                    <Button size="small" onClick={() => void download(b, 'docx')}>
                      {t('docx')}
                    </Button>
                    <Button size="small" onClick={() => void download(b, 'xlsx')}>
                      {t('xlsx')}
                    </Button>
                    {b.state === 'draft' && admin && (
                      <Button size="small" type="primary" onClick={() => setIssuing(b)}>
                        {t('issueAction')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
      {preview && (
        <Modal
          open
          width="min(1000px, 96vw)"
          title={previewTitle(preview)}
          footer={null}
          onCancel={() => setPreview(null)}
        >
          <iframe
            title={previewTitle(preview)}
            src={apiUrl(docPath(preview), { format: 'html' })}
            style={{ width: '100%', height: '72vh', border: '1px solid #f0f0f0' }}
          />
        </Modal>
      )}
      {issuing && (
        <IssueDialog
          draft={issuing}
          onClose={(issued) => {
            setIssuing(null);
            if (issued) list.reload();
          }}
        />
      )}
      {settingsOpen && unitId !== null && (
        <SettingsForm
          unitId={unitId}
          onClose={(saved) => {
            setSettingsOpen(false);
            if (saved) list.reload();
          }}
        />
      )}
    </Space>
  );
}
