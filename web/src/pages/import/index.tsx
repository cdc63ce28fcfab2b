/**
 * 导入向导: upload a notice → check the stored draft beside its source → assign people and units →
 * publish. The draft is stored at step 1 (POST /api/plans/import) and edited in place, so leaving
 * the wizard keeps the work; ?plan=<id> reopens a draft at step 2 (without the source text), and
 * ?parent=<id> preselects the plan a subordinate unit's notice answers.
 */
import { Alert, Card, Space, Spin, Steps, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { errorText } from '../../app/errors';
import { AssignStep } from './AssignStep';
import { DuplicateWarning, useDuplicates } from './duplicates';
import './import.css';
import { importNs } from './messages';
import { PublishStep } from './PublishStep';
import { ReviewStep } from './ReviewStep';
import type { PlanDetail, Preview } from './types';
import { UploadStep } from './UploadStep';
import { useDraft } from './useDraft';

type Step = 0 | 1 | 2 | 3;

function DraftSteps({
  planId,
  preview,
  step,
  setStep,
  restart,
}: {
  planId: number;
  preview: Preview | null;
  step: Step;
  setStep: (s: Step) => void;
  restart: () => void;
}) {
  const { plan, tasks, error, reload } = useDraft(planId);
  const duplicates = useDuplicates(plan, preview);
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!plan) return <Spin />;
  const warned = (content: ReactNode) => (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {plan.state === 'draft' && <DuplicateWarning duplicates={duplicates} />}
      {content}
    </Space>
  );
  if (step === 1)
    return warned(
      <ReviewStep
        preview={preview}
        plan={plan}
        tasks={tasks}
        onChanged={reload}
        onNext={() => setStep(2)}
      />,
    );
  if (step === 2)
    return warned(
      <AssignStep
        plan={plan}
        tasks={tasks}
        onChanged={reload}
        onBack={() => setStep(1)}
        onNext={() => setStep(3)}
      />,
    );
  return warned(
    <PublishStep
      plan={plan}
      tasks={tasks}
      duplicates={duplicates}
      onChanged={reload}
      onBack={() => setStep(2)}
      onRestart={restart}
    />,
  );
}

export default function ImportPage() {
  const { t } = useTranslation(importNs);
  const [params, setParams] = useSearchParams();
  const reopened = Number(params.get('plan')) || null;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [step, setStep] = useState<Step>(reopened ? 1 : 0);

  const imported = (p: Preview, plan: PlanDetail) => {
    setPreview(p);
    setParams({ plan: String(plan.id) });
    setStep(1);
  };
  const restart = () => {
    setPreview(null);
    setParams({});
    setStep(0);
  };

  return (
    <Card className="import-wizard">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={(['upload', 'review', 'assign', 'publish'] as const).map((k) => ({
          title: t(`steps.${k}`),
        }))}
      />
      {step === 0 || !reopened ? (
        <UploadStep parentPlanId={Number(params.get('parent')) || null} onImported={imported} />
      ) : (
        <DraftSteps
          planId={reopened}
          preview={preview}
          step={step}
          setStep={setStep}
          restart={restart}
        />
      )}
    </Card>
  );
}
