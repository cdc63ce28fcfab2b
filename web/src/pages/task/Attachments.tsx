/**
 * Evidence files of a ledger entry, a report or a completion request: download each, upload more
 * (multipart); and the files picked in a form, held until the record they belong to exists.
 */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Space, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
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

/** Uploads each file to `path` (…/attachments) in turn. */
export async function uploadAll(path: string, files: File[]): Promise<void> {
  for (const file of files) {
    const form = new FormData();
    form.append('file', file, file.name);
    await apiUpload<Attachment>(path, form);
  }
}

/** The files chosen in a form before it is sent (kept in the form as an UploadFile list). */
export function HeldFiles(props: {
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  id?: string;
}) {
  const { t } = useTranslation(taskNs);
  const files = props.value ?? [];
  return (
    <Upload
      multiple
      fileList={files}
      beforeUpload={(file) => {
        props.onChange?.([...files, { uid: file.uid, name: file.name, originFileObj: file }]);
        return false;
      }}
      onRemove={(file) => props.onChange?.(files.filter((f) => f.uid !== file.uid))}
    >
      <Button id={props.id} icon={<UploadOutlined />}>
        {t('files.choose')}
      </Button>
    </Upload>
  );
}

/** The File objects of a HeldFiles value. */
export function heldFiles(value: UploadFile[] | undefined): File[] {
  return (value ?? []).flatMap((f) => (f.originFileObj ? [f.originFileObj as File] : []));
}

export function Attachments({
  path,
  canUpload,
  testId,
  compact = false,
}: {
  /** The list's path, e.g. /api/ledger/7/attachments. */
  path: string;
  canUpload: boolean;
  testId: string;
  /** Nothing at all when there are no files and none can be added. */
  compact?: boolean;
}) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const report = useErrorReporter();
  const list = useApi<Page<Attachment>>(path);

  const upload = (file: File) => {
    uploadAll(path, [file])
      .then(() => {
        void message.success(t('ledger.uploaded'));
        list.reload();
      })
      .catch(report);
    return false;
  };

  const items = list.data?.items ?? [];
  const download = (a: Attachment) => void apiDownload(`/api/attachments/${a.id}`).catch(report);
  if (compact && !canUpload) {
    // Inline under a report or a request: the file names as links, nothing when there are none.
    if (items.length === 0) return null;
    return (
      <Space wrap size={[12, 0]} data-testid={testId}>
        {items.map((a) => (
          <Button
            key={a.id}
            type="link"
            size="small"
            icon={<PaperClipOutlined />}
            onClick={() => download(a)}
            style={{ paddingInline: 0 }}
          >
            {a.name}
            <Typography.Text type="secondary">（{size(a.size)}）</Typography.Text>
          </Button>
        ))}
      </Space>
    );
  }
  if (!canUpload && items.length === 0) {
    if (list.loading) return null;
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('ledger.noAttachments')}
      </Typography.Text>
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
      <List
        size="small"
        locale={{ emptyText: t('ledger.noAttachments') }}
        dataSource={items}
        renderItem={(a) => (
          <List.Item>
            <Button type="link" icon={<PaperClipOutlined />} onClick={() => download(a)}>
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
