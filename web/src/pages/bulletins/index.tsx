/**
 * 通报: generate a plan's monthly bulletin (key work, information work, grassroots days), list its
 * versions, preview the print view and download the .docx / .xlsx.
 */
import { Button, Card, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload, apiUrl } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../app/auth';
import { useErrorReporter } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { GenerateForm } from './GenerateForm';
import { sharedNs } from '../../components/messages';
import { bulletinsNs } from './messages';
import type { Bulletin } from './types';

export default function BulletinsPage() {
  const { t } = useTranslation(bulletinsNs);
  const { user } = useAuth();
  const choice = usePlanChoice();
  const plan = choice.plan;
  const list = useApi<Page<Bulletin>>(plan ? `/api/plans/${plan.id}/bulletins` : null);
  const [preview, setPreview] = useState<Bulletin | null>(null);
  const report = useErrorReporter();
  const docPath = (b: Bulletin) => `/api/bulletins/${b.id}/document`;
  const download = (b: Bulletin, format: 'docx' | 'xlsx') =>
    apiDownload(docPath(b), { format }).catch((err: unknown) => report(err));
  const label = (b: Bulletin) => ({
    month: b.month,
    kind: t(`kinds.${b.kind}`),
    version: b.version,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <PlanPicker choice={choice} />
          {plan && user?.role === 'admin' && (
            <>
              <Typography.Text type="secondary">{t('frozen')}</Typography.Text>
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
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('month'), dataIndex: 'month', width: 100 },
              { title: t('kind'), render: (_, b) => t(`kinds.${b.kind}`) },
              { title: t('version'), width: 90, render: (_, b) => t('versionN', { n: b.version }) },
              {
                title: t('createdAt'),
                render: (_, b) => b.createdAt.slice(0, 16).replace('T', ' '),
              },
              {
                title: t('actions', { ns: sharedNs }),
                render: (_, b) => (
                  <Space wrap>
                    <Button size="small" onClick={() => setPreview(b)}>
                      {t('preview')}
                    </Button>
                    <Button size="small" onClick={() => void download(b, 'docx')}>
                      {t('docx')}
                    </Button>
                    <Button size="small" onClick={() => void download(b, 'xlsx')}>
                      {t('xlsx')}
                    </Button>
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
          title={t('previewTitle', label(preview))}
          footer={null}
          onCancel={() => setPreview(null)}
        >
          <iframe
            title={t('previewTitle', label(preview))}
            src={apiUrl(docPath(preview), { format: 'html' })}
            style={{ width: '100%', height: '72vh', border: '1px solid #f0f0f0' }}
          />
        </Modal>
      )}
    </Space>
  );
}
