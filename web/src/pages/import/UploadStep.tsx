/** Step 1: choose a notice file; it is parsed (preview) and stored as a draft plan in one go. */
import { InboxOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUpload } from '../../api/client';
import type { Page, PlanSummary } from '../../api/types';
import { useApi } from '../../api/useApi';
import { errorText } from '../../app/errors';
import { importNs } from './messages';
import type { PlanDetail, Preview } from './types';

interface Props {
  /** Preselected parent plan (a subordinate unit answering it: /import?parent=<id>). */
  parentPlanId: number | null;
  onImported: (preview: Preview, plan: PlanDetail) => void;
}

interface Values {
  file: UploadFile[];
  year?: number | null;
  parentPlanId?: number | null;
}

const accept = '.txt,.docx,.xlsx,.html,.htm,.pdf,.doc,.wps';

export function UploadStep({ parentPlanId, onImported }: Props) {
  const { t } = useTranslation(importNs);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const plans = useApi<Page<PlanSummary>>('/api/plans', { limit: 100 });
  const parents = (plans.data?.items ?? []).filter((p) => p.state === 'published');

  const submit = async ({ file, year, parentPlanId }: Values) => {
    const chosen = file[0]?.originFileObj;
    if (!chosen) return;
    const body = () => {
      const data = new FormData();
      data.append('file', chosen, chosen.name);
      return data;
    };
    const query = { year: year ?? undefined };
    setBusy(true);
    try {
      // Parse first: a file that cannot be read stores nothing and the error sits on the field.
      const preview = await apiUpload<Preview>('/api/imports/preview', body(), { query });
      const plan = await apiUpload<PlanDetail>('/api/plans/import', body(), {
        query: { ...query, parentPlanId: parentPlanId ?? undefined },
      });
      onImported(preview, plan);
    } catch (err) {
      form.setFields([{ name: 'file', errors: [errorText(err)] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 640 }}
      onFinish={(values) => void submit(values)}
      initialValues={{ file: [], parentPlanId }}
    >
      <Form.Item
        name="file"
        label={t('upload.file')}
        extra={t('upload.fileHelp')}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
        rules={[{ required: true, type: 'array', min: 1, message: t('upload.required') }]}
      >
        <Upload.Dragger accept={accept} maxCount={1} beforeUpload={() => false}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('upload.drop')}</p>
        </Upload.Dragger>
      </Form.Item>
      <Form.Item name="year" label={t('upload.year')} extra={t('upload.yearHelp')}>
        <InputNumber min={1949} max={2100} style={{ width: 160 }} />
      </Form.Item>
      {parents.length > 0 && (
        <Form.Item name="parentPlanId" label={t('upload.parent')} extra={t('upload.parentHelp')}>
          <Select
            allowClear
            options={parents.map((p) => ({ value: p.id, label: `${p.year} · ${p.title}` }))}
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={busy}>
        {busy ? t('upload.parsing') : t('upload.submit')}
      </Button>
    </Form>
  );
}
