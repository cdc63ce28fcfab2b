/** "完成情况：" in Chinese, "Done: " in English — a label before its value in running text. */
import { useTranslation } from 'react-i18next';
import { sharedNs } from './messages';

export function useLabel(): (label: string) => string {
  const { t } = useTranslation(sharedNs);
  return (label) => t('labelled', { label });
}
