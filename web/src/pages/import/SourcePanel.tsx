/** The notice as it was read, line by line; lines a warning is about are highlighted. */
import { Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { centerIn } from './centerIn';
import { useTranslation } from 'react-i18next';
import { importNs } from './messages';
import type { SourceLine } from './types';

interface Props {
  lines: SourceLine[];
  /** Texts whose lines to highlight, each with whether its warning is still open. */
  marks: { text: string; open: boolean }[];
  /** Text whose first line is scrolled into the middle of the panel. */
  focus: string | null;
}

export function SourcePanel({ lines, marks, focus }: Props) {
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
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    const index = lines.findIndex((l) => l.text.includes(focus));
    centerIn(panel.current, panel.current?.children[index]);
  }, [focus, lines]);
  return (
    <div
      ref={panel}
      className="import-source"
      role="region"
      aria-label={t('review.source')}
      tabIndex={0}
    >
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
