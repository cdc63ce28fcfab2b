/** A status light (红黄绿灯) as a coloured tag whose text names the light and, on hover, why. */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Light } from '../api/types';
import { sharedNs } from './messages';

export const lightColors: Record<Light, string> = {
  done: '#1677ff',
  green: '#52c41a',
  yellow: '#faad14',
  red: '#f5222d',
};

export function LightTag({ light, reason }: { light: Light; reason?: string }) {
  const { t } = useTranslation(sharedNs);
  const tag = (
    <Tag color={lightColors[light]} data-light={light} style={{ marginInlineEnd: 0 }}>
      {t(`light.${light}`)}
    </Tag>
  );
  if (!reason) return tag;
  return <Tooltip title={t(`reason.${reason}`, { defaultValue: reason })}>{tag}</Tooltip>;
}
