/**
 * Attachments on this page: a form field that holds one chosen file until the record it belongs
 * to exists (then `uploadTo` sends it), and a line of a record's files to download.
 */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiDownload, apiUpload } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useErrorReporter } from '../../app/errors';
import { myMonthNs } from './messages';
import type { Attachment } from './types';

/** Form.Item props that make a FileField hold the last file chosen. */
export const fileItemProps = {
  valuePropName: 'fileList',
  getValueFromEvent: (e: { fileList: UploadFile[] }) => e.fileList.slice(-1),
};

/** The chosen file of a FileField's value, if any. */
export function chosenFile(list: UploadFile[] | undefined): File | undefined {
  const file = list?.[0]?.originFileObj;
  return file instanceof File ? file : undefined;
}

/** Picks one file; nothing is sent until the form is submitted. */
export function FileField(props: {
  fileList?: UploadFile[];
  onChange?: (info: { fileList: UploadFile[] }) => void;
  label: string;
  testId: string;
}) {
  return (
    <Upload
      fileList={props.fileList ?? []}
      beforeUpload={() => false}
      onChange={props.onChange}
      maxCount={1}
      data-testid={props.testId}
    >
      <Button icon={<UploadOutlined />}>{props.label}</Button>
    </Upload>
  );
}

export async function uploadTo(path: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiUpload<Attachment>(path, form);
}

/** The files of one record (a ledger entry, a report), as download links. */
export function FileLinks({ path, testId }: { path: string; testId?: string }) {
  const { t } = useTranslation(myMonthNs);
  const report = useErrorReporter();
  const list = useApi<Page<Attachment>>(path);
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Space size={0} wrap data-testid={testId}>
      <Typography.Text type="secondary">{t('files')}</Typography.Text>
      {items.map((a) => (
        <Button
          key={a.id}
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          onClick={() => void apiDownload(`/api/attachments/${a.id}`).catch(report)}
        >
          {a.name}
        </Button>
      ))}
    </Space>
  );
}
