/**
 * 通报设置 of a unit (its administrators): the 简称 in the 发文机关标志, the 编发机关, the 抄送 units
 * and the 印发机关, with the masthead as it will read. GET/PUT /api/units/:id/bulletin-settings;
 * the server's field errors land on their fields.
 */
import { Alert, App, Form, Input, Modal, Select, Spin, Typography, type FormRule } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiFetch } from '../../api/client';
import { useApi } from '../../api/useApi';
import { errorText } from '../../app/errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { bulletinsNs } from './messages';
import { mastheadSuffix, type BulletinSettings, type BulletinSettingsInput } from './types';

const maxName = 40;
const maxCopyTo = 30;

/** "body.copyTo.2" → "body.copyTo": a tag's problem shows under the whole field. */
function onWholeFields(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const details = err.details.map((d) => {
    const field = (d.field ?? d.path ?? '').replace(/(copyTo)\.\d+.*$/, '$1');
    return { ...d, field };
  });
  return new ApiError(err.status, err.code, err.message, details);
}

export function SettingsForm({
  unitId,
  onClose,
}: {
  unitId: number;
  onClose: (saved: BulletinSettings | null) => void;
}) {
  const { t } = useTranslation(bulletinsNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<BulletinSettingsInput>();
  const path = `/api/units/${unitId}/bulletin-settings`;
  const settings = useApi<BulletinSettings>(path);
  const name = Form.useWatch('mastheadName', form);

  useEffect(() => {
    const s = settings.data;
    if (s)
      form.setFieldsValue({
        mastheadName: s.mastheadName,
        issuingOffice: s.issuingOffice,
        copyTo: s.copyTo,
        printedBy: s.printedBy,
      });
  }, [settings.data, form]);

  const { busy, submit } = useFormSubmit(
    form,
    async (values: BulletinSettingsInput) => {
      const body: BulletinSettingsInput = {
        mastheadName: values.mastheadName.trim(),
        issuingOffice: values.issuingOffice.trim(),
        copyTo: (values.copyTo ?? []).map((c) => c.trim()).filter(Boolean),
        printedBy: values.printedBy.trim(),
      };
      const ifMatch = settings.data?.version;
      const options = ifMatch === undefined ? { body } : { body, ifMatch };
      const saved = await apiFetch<BulletinSettings>(path, { method: 'PUT', ...options }).catch(
        (err: unknown) => {
          throw onWholeFields(err);
        },
      );
      void message.success(t('settingsSaved'));
      onClose(saved);
    },
    settings.reload,
  );

  const nameRules: FormRule[] = [
    { required: true, whitespace: true, message: t('nameRule') },
    { max: maxName, message: t('nameRule') },
  ];
  const copyToRules: FormRule[] = [
    {
      validator: (_, value: string[] | undefined) => {
        const list = value ?? [];
        const bad =
          list.length > maxCopyTo || list.some((c) => !c.trim() || c.trim().length > maxName);
        return bad ? Promise.reject(new Error(t('copyToRule'))) : Promise.resolve();
      },
    },
  ];
  const masthead = `${(name ?? '').trim()}${mastheadSuffix['key-work']}`;

  return (
    <Modal
      open
      className="bulletin-settings-dialog"
      title={t('settingsTitle', { unit: settings.data?.unitName ?? '' })}
      okButtonProps={{
        htmlType: 'submit',
        form: 'bulletin-settings',
        loading: busy,
        disabled: !settings.data,
      }}
      onCancel={() => onClose(null)}
      destroyOnHidden
      width="min(640px, 96vw)"
    >
      {settings.error ? (
        <Alert type="error" showIcon message={errorText(settings.error)} />
      ) : !settings.data ? (
        <Spin />
      ) : null}
      <Form
        id="bulletin-settings"
        form={form}
        layout="vertical"
        onFinish={submit}
        hidden={!settings.data}
      >
        <Form.Item
          name="mastheadName"
          label={t('mastheadName')}
          extra={t('mastheadNameHelp')}
          rules={nameRules}
        >
          <Input maxLength={maxName} showCount />
        </Form.Item>
        <div className="bulletin-masthead-preview" aria-label={t('mastheadPreview')}>
          <Typography.Text type="secondary">{t('mastheadPreview')}</Typography.Text>
          <div
            data-testid="masthead-preview"
            style={{
              color: '#FF0000',
              fontFamily: '"Noto Serif CJK SC", "Songti SC", SimSun, serif',
              fontWeight: 700,
              fontSize: 22,
              textAlign: 'center',
              padding: '8px 0',
              borderBottom: '2px solid #FF0000',
              marginBottom: 16,
              overflowWrap: 'anywhere',
            }}
          >
            {masthead}
          </div>
        </div>
        <Form.Item
          name="issuingOffice"
          label={t('issuingOffice')}
          extra={t('issuingOfficeHelp')}
          rules={nameRules}
        >
          <Input maxLength={maxName} />
        </Form.Item>
        <Form.Item name="copyTo" label={t('copyTo')} extra={t('copyToHelp')} rules={copyToRules}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '、']} />
        </Form.Item>
        <Form.Item
          name="printedBy"
          label={t('printedBy')}
          extra={t('printedByHelp')}
          rules={nameRules}
        >
          <Input maxLength={maxName} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
