/** Counts of done / green / yellow / red tasks as a row of tags, zeros left out. */
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Light } from '../../api/types';
import { lightColors } from '../../components/LightTag';
import { sharedNs } from '../../components/messages';
import type { Counts } from './types';

const order: Light[] = ['red', 'yellow', 'green', 'done'];

export function LightCounts({ counts, empty }: { counts: Counts; empty: string }) {
  const { t } = useTranslation(sharedNs);
  const shown = order.filter((l) => counts[l] > 0);
  if (shown.length === 0) return <span className="cascade-none">{empty}</span>;
  return (
    <Space size={4} wrap>
      {shown.map((l) => (
        <Tag key={l} color={lightColors[l]} data-light={l}>
          {t(`light.${l}`)} {counts[l]}
        </Tag>
      ))}
    </Space>
  );
}
