import { useTranslation } from 'react-i18next';
import { useDataVersion } from '../app/DataApiContext';
import { useLoad } from '../ui/useLoad';

/** How much the browser says this app stores, where the Storage API exists. */
export function StorageEstimate() {
  const { t, i18n } = useTranslation('settings');
  const version = useDataVersion();
  const estimate = useLoad(
    async () => (typeof navigator !== 'undefined' && navigator.storage?.estimate ? navigator.storage.estimate() : undefined),
    [version],
  );
  if (estimate.state !== 'ready' || !estimate.data || estimate.data.usage === undefined) return null;
  const mb = (bytes: number): string =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  const { usage, quota } = estimate.data;
  return (
    <p className="storage-estimate">
      {quota ? t('data.storage', { usage: mb(usage), quota: mb(quota) }) : t('data.storageUsage', { usage: mb(usage) })}
    </p>
  );
}
