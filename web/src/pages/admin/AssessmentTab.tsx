/**
 * The plan's year-end assessment scheme (考核方案): a weight per task summing to 100, deductions
 * per overdue task and per missing report, and bonuses for units (GET/PUT
 * /api/plans/:id/assessment-scheme).
 */
import {
  App,
  Alert,
  Button,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiFetch } from '../../api/client';
import { useApi } from '../../api/useApi';
import { localMessage, useErrorReporter } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { adminNs } from './messages';
import type { Directory } from './useDirectory';

interface Scheme {
  stored: boolean;
  version: number;
  weights: { taskId: number; no: number; content: string; weight: number }[];
  weightTotal: number;
  overdueDeduction: number;
  missingReportDeduction: number;
  bonuses: { name: string; unitId: number; points: number; reason: string }[];
}

type Values = Omit<Scheme, 'stored' | 'version' | 'weightTotal'>;

export function AssessmentTab({ dir }: { dir: Directory }) {
  const { t } = useTranslation(adminNs);
  const { message } = App.useApp();
  const choice = usePlanChoice();
  const planId = choice.plan?.id;
  const scheme = useApi<Scheme>(planId ? `/api/plans/${planId}/assessment-scheme` : null);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  // The weights' sum has no field of its own: its error shows under the weights table.
  const [sumError, setSumError] = useState<string | null>(null);
  const report = useErrorReporter(scheme.reload);
  const weights = Form.useWatch('weights', form) ?? [];
  const total = Math.round(weights.reduce((s, w) => s + (w?.weight ?? 0) * 100, 0)) / 100;

  useEffect(() => {
    if (scheme.data) form.setFieldsValue(scheme.data);
  }, [form, scheme.data]);

  const save = async (values: Values) => {
    if (!planId || !scheme.data) return;
    setBusy(true);
    setSumError(null);
    try {
      const body = {
        // Only the weight is a form field; the task ids come from the scheme as read.
        weights: scheme.data.weights.map((w, i) => ({
          taskId: w.taskId,
          weight: values.weights[i]?.weight ?? 0,
        })),
        overdueDeduction: values.overdueDeduction,
        missingReportDeduction: values.missingReportDeduction,
        bonuses: values.bonuses ?? [],
        ...(scheme.data.stored ? { version: scheme.data.version } : {}),
      };
      await apiFetch(`/api/plans/${planId}/assessment-scheme`, { method: 'PUT', body });
      void message.success(t('assessment.saved'));
      scheme.reload();
    } catch (err) {
      const sum =
        err instanceof ApiError ? err.details.find((d) => d.field === 'body.weights') : undefined;
      setSumError(sum ? localMessage(sum.message) : null);
      report(err, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PlanPicker choice={choice} />
      {scheme.data && !scheme.data.stored && (
        <Alert type="info" showIcon title={t('assessment.defaults')} />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.List name="weights">
          {(fields) => (
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={fields}
              title={() => (
                <Typography.Text type={total === 100 ? 'success' : 'danger'}>
                  {t('assessment.weightTotal', { total })}
                </Typography.Text>
              )}
              columns={[
                {
                  title: t('assessment.no'),
                  width: 60,
                  render: (_, f) => scheme.data?.weights[f.name]?.no,
                },
                {
                  title: t('assessment.task'),
                  render: (_, f) => scheme.data?.weights[f.name]?.content,
                },
                {
                  title: t('assessment.weight'),
                  width: 140,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'weight']} noStyle>
                      <InputNumber
                        aria-label={`${t('assessment.weight')} ${scheme.data?.weights[f.name]?.no ?? ''}`}
                        min={0}
                        max={100}
                        step={0.5}
                        precision={2}
                      />
                    </Form.Item>
                  ),
                },
              ]}
            />
          )}
        </Form.List>
        {sumError && (
          <Typography.Text type="danger" role="alert" className="assessment-sum-error">
            {sumError}
          </Typography.Text>
        )}
        <Space wrap style={{ marginTop: 16 }}>
          <Form.Item
            name="overdueDeduction"
            label={t('assessment.overdue')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={100} step={0.5} />
          </Form.Item>
          <Form.Item
            name="missingReportDeduction"
            label={t('assessment.missing')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={100} step={0.5} />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('assessment.bonuses')}</Typography.Title>
        <Form.List name="bonuses">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="start">
                  <Form.Item
                    name={[f.name, 'name']}
                    label={t('assessment.bonusName')}
                    rules={[{ required: true }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'unitId']}
                    label={t('assessment.unit')}
                    rules={[{ required: true }]}
                  >
                    <Select
                      style={{ width: 200 }}
                      showSearch={{ optionFilterProp: 'label' }}
                      options={dir.unitOptions}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'points']}
                    label={t('assessment.points')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber min={0.01} max={100} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'reason']}
                    label={t('assessment.reason')}
                    rules={[{ required: true }]}
                  >
                    <Input />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)} style={{ marginTop: 30 }}>
                    {t('assessment.remove')}
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add()} style={{ display: 'block', marginBottom: 16 }}>
                {t('assessment.addBonus')}
              </Button>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!scheme.data}>
          {t('assessment.save')}
        </Button>
      </Form>
    </Space>
  );
}
