/** A ledger entry's evidence files: download each, upload more (multipart). */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiDownload, apiUpload } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useErrorReporter } from '../../app/errors';
import { taskNs } from './messages';
import type { Attachment } from './types';

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function Attachments({ entryId, canUpload }: { entryId: number; canUpload: boolean }) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const report = useErrorReporter();
  const list = useApi<Page<Attachment>>(`/api/ledger/${entryId}/attachments`);

  const upload = (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    apiUpload<Attachment>(`/api/ledger/${entryId}/attachments`, form)
      .then(() => {
        void message.success(t('ledger.uploaded'));
        list.reload();
      })
      .catch(report);
    return false;
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`attachments-${entryId}`}>
      <List
        size="small"
        locale={{ emptyText: t('ledger.noAttachments') }}
        dataSource={list.data?.items ?? []}
        renderItem={(a) => (
          <List.Item>
            <Button
              type="link"
              icon={<PaperClipOutlined />}
              onClick={() => void apiDownload(`/api/attachments/${a.id}`).catch(report)}
            >
              {a.name}
            </Button>
            <Typography.Text type="secondary">{size(a.size)}</Typography.Text>
          </List.Item>
        )}
      />
      {canUpload && (
        <Upload beforeUpload={upload} showUploadList={false}>
          <Button icon={<UploadOutlined />}>{t('ledger.upload')}</Button>
        </Upload>
      )}
    </Space>
  );
}
