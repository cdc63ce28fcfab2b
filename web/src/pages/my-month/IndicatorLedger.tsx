/**
 * A task's indicators — actual against target and, in words, how the ledger counts toward it —
 * with the month's entries and one open form to add an entry and its attachment in place.
 */
import {
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Progress,
  Row,
  Segmented,
  Space,
  Typography,
} from 'antd';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { errorText } from '../../app/errors';
import { outsideYear } from '../../components/as-of';
import { useFormSubmit } from '../../components/useFormSubmit';
import { chosenFile, FileField, fileItemProps, FileLinks, uploadTo } from './files';
import { myMonthNs } from './messages';
import { dayIn } from './month';
import type { Indicator, LedgerEntry } from './types';

/** Whether an entry's quantity counts, and whether it must name its subject. */
export function countingOf(i: Pick<Indicator, 'aggregation'>) {
  return {
    quantityCounts: i.aggregation === 'sum' || i.aggregation === 'per_person',
    subjectRequired: i.aggregation === 'distinct_subjects' || i.aggregation === 'per_person',
  };
}

function HowItCounts({ i }: { i: Indicator }) {
  const { t } = useTranslation(myMonthNs);
  return (
    <Typography.Text type="secondary" className="my-month-counts">
      {t(`counts.${i.aggregation}`, {
        unit: i.unit,
        subject: i.subject,
        threshold: i.perPersonThreshold ?? '',
      })}
    </Typography.Text>
  );
}

function MonthEntries({ indicator, month }: { indicator: Indicator; month: string }) {
  const { t } = useTranslation(myMonthNs);
  const entries = useApi<Page<LedgerEntry>>(`/api/indicators/${indicator.id}/ledger`, {
    limit: 500,
  });
  const mine = (entries.data?.items ?? []).filter(
    (e) => !e.voided && e.entryDate.startsWith(month),
  );
  const { quantityCounts } = countingOf(indicator);
  return (
    <div className="my-month-entries" data-testid={`month-entries-${indicator.id}`}>
      <Typography.Text type="secondary">{t('ledger.thisMonth')}</Typography.Text>
      {mine.length === 0 ? (
        <Typography.Text type="secondary">{t('ledger.none')}</Typography.Text>
      ) : (
        mine.map((e) => (
          <div key={e.id} className="my-month-entry" data-testid="month-entry">
            <Typography.Text>
              {e.entryDate}
              {e.subject ? ` · ${e.subject}` : ''}
              {quantityCounts ? ` · ${e.quantity}${indicator.unit}` : ''}
            </Typography.Text>
            <FileLinks path={`/api/ledger/${e.id}/attachments`} />
          </div>
        ))
      )}
    </div>
  );
}

interface Fields {
  indicatorId: number;
  entryDate: Dayjs;
  quantity: number;
  subject?: string;
  file?: UploadFile[];
}

function EntryForm(props: {
  indicators: Indicator[];
  month: string;
  year: number;
  taskNo: number;
  onAdded: () => void;
}) {
  const { t } = useTranslation(myMonthNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const first = props.indicators[0];
  const chosenId = Form.useWatch('indicatorId', form) ?? first?.id;
  const indicator = props.indicators.find((i) => i.id === chosenId) ?? first;

  const { busy, submit } = useFormSubmit(form, async (values: Fields) => {
    if (!indicator) return;
    const counting = countingOf(indicator);
    const entry = await apiFetch<LedgerEntry>(`/api/indicators/${indicator.id}/ledger`, {
      method: 'POST',
      body: {
        entryDate: values.entryDate.format('YYYY-MM-DD'),
        quantity: counting.quantityCounts ? values.quantity : 1,
        subject: values.subject?.trim() || undefined,
      },
    });
    const file = chosenFile(values.file);
    let uploaded = false;
    if (file) {
      try {
        await uploadTo(`/api/ledger/${entry.id}/attachments`, file);
        uploaded = true;
      } catch (err) {
        void message.warning(t('ledger.fileFailed', { message: errorText(err) }));
      }
    }
    if (!file || uploaded) void message.success(t(file ? 'ledger.addedWithFile' : 'ledger.added'));
    form.setFieldsValue({ subject: undefined, file: [], quantity: 1 });
    props.onAdded();
  });

  if (!indicator) return null;
  const { quantityCounts, subjectRequired } = countingOf(indicator);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('ledger.required', { field }) },
  ];
  return (
    <Form
      form={form}
      name={`ledger-${props.taskNo}`}
      layout="vertical"
      onFinish={submit}
      initialValues={{ indicatorId: first?.id, entryDate: dayIn(props.month), quantity: 1 }}
      className="my-month-ledger-form"
      data-testid={`ledger-form-${props.taskNo}`}
      requiredMark
    >
      {props.indicators.length > 1 && (
        <Form.Item name="indicatorId" label={t('ledger.indicator')}>
          <Segmented
            options={props.indicators.map((i) => ({ value: i.id, label: i.targetText }))}
          />
        </Form.Item>
      )}
      <Row gutter={8} wrap>
        <Col flex="140px">
          <Form.Item
            name="entryDate"
            label={t('ledger.date')}
            rules={[{ required: true, message: t('ledger.required', { field: t('ledger.date') }) }]}
          >
            <DatePicker
              allowClear={false}
              disabledDate={outsideYear(props.year)}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col flex="96px">
          <Form.Item
            name="quantity"
            label={t('ledger.quantity')}
            rules={
              quantityCounts
                ? [
                    {
                      required: true,
                      message: t('ledger.required', { field: t('ledger.quantity') }),
                    },
                  ]
                : []
            }
          >
            <InputNumber min={0} disabled={!quantityCounts} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col flex="1 1 160px">
          <Form.Item
            name="subject"
            label={t('ledger.subject')}
            rules={subjectRequired ? required(t('ledger.subject')) : []}
          >
            <Input
              maxLength={200}
              placeholder={subjectRequired ? t('ledger.subjectHint') : t('ledger.subjectOptional')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap align="start" className="my-month-form-actions">
        <Form.Item name="file" {...fileItemProps} noStyle>
          <FileField label={t('ledger.chooseFile')} testId={`ledger-file-${props.taskNo}`} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('ledger.add')}
        </Button>
      </Space>
    </Form>
  );
}

export function IndicatorLedger(props: {
  indicators: Indicator[];
  month: string;
  year: number;
  taskNo: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation(myMonthNs);
  const [tick, setTick] = useState(0);
  if (props.indicators.length === 0)
    return <Typography.Text type="secondary">{t('noIndicators')}</Typography.Text>;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {props.indicators.map((i) => (
        <div key={i.id} className="my-month-indicator" data-testid={`indicator-${i.id}`}>
          <div className="my-month-indicator-head">
            <Typography.Text strong>{i.targetText}</Typography.Text>
            <Progress
              percent={Math.round(i.progress * 100)}
              size="small"
              aria-label={i.targetText}
              className="my-month-progress"
            />
            <Typography.Text data-testid={`indicator-actual-${i.id}`}>
              {t('actual', { actual: i.actual, unit: i.unit })}
            </Typography.Text>
          </div>
          <HowItCounts i={i} />
          <MonthEntries key={tick} indicator={i} month={props.month} />
        </div>
      ))}
      <EntryForm
        indicators={props.indicators}
        month={props.month}
        year={props.year}
        taskNo={props.taskNo}
        onAdded={() => {
          setTick((n) => n + 1);
          props.onChanged();
        }}
      />
    </Space>
  );
}
