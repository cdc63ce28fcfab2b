/** The year's information-work assessment scheme (信息工作考核方案): GET/PUT /api/info-schemes/:year. */
import { App, Alert, Button, Form, InputNumber } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useFormSubmit } from '../../components/useFormSubmit';
import { infoWorkNs } from './messages';
import { adoptionLevels, type Scheme } from './types';

export function SchemeTab({ year }: { year: number }) {
  const { t } = useTranslation(infoWorkNs);
  const { message } = App.useApp();
  const scheme = useApi<Scheme>(`/api/info-schemes/${year}`);
  const [form] = Form.useForm<Scheme>();

  useEffect(() => {
    if (scheme.data) form.setFieldsValue(scheme.data);
  }, [form, scheme.data]);

  const { busy, submit: save } = useFormSubmit(
    form,
    async (values: Scheme) => {
      const { stored, version } = scheme.data ?? { stored: false, version: 0 };
      const body = {
        submissionPoints: values.submissionPoints,
        adoptionPoints: values.adoptionPoints,
        instructionPoints: values.instructionPoints,
        yearlyQuota: values.yearlyQuota,
        deductionPerMissing: values.deductionPerMissing,
        topUnitBonus: values.topUnitBonus,
        ...(stored ? { version } : {}),
      };
      await apiFetch(`/api/info-schemes/${year}`, { method: 'PUT', body });
      void message.success(t('scheme.saved', { year }));
      scheme.reload();
    },
    scheme.reload,
  );

  const points = (name: string | string[], label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} max={1000} precision={0} style={{ width: 120 }} />
    </Form.Item>
  );

  return (
    <Form form={form} layout="vertical" onFinish={save} style={{ maxWidth: 720 }}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          scheme.data?.stored ? t('scheme.intro') : `${t('scheme.intro')} ${t('scheme.defaults')}`
        }
      />
      {points('submissionPoints', t('scheme.submissionPoints'))}
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('scheme.adoptionPoints')}</legend>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
          {adoptionLevels.map((l) => (
            <div key={l}>{points(['adoptionPoints', l], t(`levels.${l}`))}</div>
          ))}
        </div>
      </fieldset>
      {points('instructionPoints', t('scheme.instructionPoints'))}
      {points('yearlyQuota', t('scheme.yearlyQuota'))}
      {points('deductionPerMissing', t('scheme.deductionPerMissing'))}
      {points('topUnitBonus', t('scheme.topUnitBonus'))}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('scheme.save')}
      </Button>
    </Form>
  );
}
