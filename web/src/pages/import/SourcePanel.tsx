/** The notice as it was read, line by line; lines a warning is about are highlighted. */
import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { importNs } from './messages';
import type { SourceLine } from './types';

interface Props {
  lines: SourceLine[];
  /** Texts whose lines to highlight, each with whether its warning is still open. */
  marks: { text: string; open: boolean }[];
}

export function SourcePanel({ lines, marks }: Props) {
  const { t } = useTranslation(importNs);
  const marked = useMemo(
    () =>
      lines.map((l) => {
        const hits = marks.filter((m) => l.text.includes(m.text));
        if (hits.length === 0) return null;
        return hits.some((m) => m.open) ? 'open' : 'resolved';
      }),
    [lines, marks],
  );
  return (
    <div className="import-source" role="region" aria-label={t('review.source')} tabIndex={0}>
      {lines.map((l, i) => (
        <div key={i} className={`import-source-line ${marked[i] ?? ''}`} data-line={l.line}>
          <Typography.Text type="secondary" className="import-source-no">
            {l.line}
          </Typography.Text>
          <span className="import-source-text">{l.text.replace(/\t/g, ' │ ') || ' '}</span>
        </div>
      ))}
    </div>
  );
}
