/** The import's warnings, each marked corrected once the draft no longer contradicts itself. */
import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { Alert, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { importNs } from './messages';
import type { ImportWarning } from './types';

export function WarningList({
  warnings,
}: {
  warnings: { warning: ImportWarning; resolved: boolean }[];
}) {
  const { t } = useTranslation(importNs);
  if (warnings.length === 0)
    return <Alert type="success" showIcon title={t('review.noWarnings')} />;
  return (
    <List
      className="import-warnings"
      size="small"
      bordered
      header={<strong>{t('review.warnings', { count: warnings.length })}</strong>}
      dataSource={warnings}
      renderItem={({ warning, resolved }) => (
        <List.Item className={resolved ? 'import-warning resolved' : 'import-warning open'}>
          <span>
            {resolved ? (
              <CheckCircleFilled style={{ color: '#389e0d' }} />
            ) : (
              <WarningFilled style={{ color: '#d48806' }} />
            )}{' '}
            {currentLanguage() === 'en' ? warning.why : warning.whyZh}
          </span>
          <Tag color={resolved ? 'success' : 'warning'}>
            {resolved ? t('review.resolved') : t('review.open')}
          </Tag>
        </List.Item>
      )}
    />
  );
}
