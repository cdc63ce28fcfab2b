/** A 待办 section of lines, one an item, shown only when there is something in it. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from './Lines';
import { todoNs } from './messages';

interface Props<T> {
  /** The section's test id (todo-<id>) and the key of its title under `sections`. */
  id: string;
  items: T[];
  /** What the badge counts, when not the number of items. */
  count?: number;
  extra?: ReactNode;
  /** Shown above the lines. */
  hint?: ReactNode;
  children: (item: T, index: number) => ReactNode;
}

export function ListSection<T>({ id, items, count, extra, hint, children }: Props<T>) {
  const { t } = useTranslation(todoNs);
  if (items.length === 0) return null;
  return (
    <Section id={id} title={t(`sections.${id}`)} count={count ?? items.length} extra={extra}>
      {hint}
      {items.map(children)}
    </Section>
  );
}
