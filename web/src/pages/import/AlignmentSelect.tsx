/**
 * Links a task of a subordinate plan to a key task of its parent plan (PUT
 * /api/tasks/:id/alignment). The API reads alignments per key task, not per task, so the choice
 * shown is the one made here; a freshly imported draft has none.
 */
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useErrorReporter } from '../../app/errors';
import { importNs } from './messages';
import type { PlanDetail, Task } from './types';

interface Props {
  task: Task;
  keyTasks: PlanDetail['keyTasks'];
}

export function AlignmentSelect({ task, keyTasks }: Props) {
  const { t } = useTranslation(importNs);
  const [value, setValue] = useState<number | null>(null);
  const report = useErrorReporter();

  const change = async (keyTaskId: number | null) => {
    try {
      const saved = await apiFetch<{ keyTask: { id: number } | null }>(
        `/api/tasks/${task.id}/alignment`,
        {
          method: 'PUT',
          body: { keyTaskId },
        },
      );
      setValue(saved.keyTask?.id ?? null);
    } catch (err) {
      report(err);
    }
  };

  return (
    <Select
      aria-label={`${t('assign.alignment')} ${task.no}`}
      style={{ width: '100%' }}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      placeholder={t('assign.chooseKeyTask')}
      options={keyTasks.map((k) => ({ value: k.id, label: `${k.no}. ${k.text}` }))}
      onChange={(v: number | undefined) => void change(v ?? null)}
    />
  );
}
