// The stored imports, newest first, with undo for the last one.
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../data/api';
import { fileSize } from './format';

export function RecentImports({ imports, busy, onUndo }: { imports: readonly ImportRecord[]; busy: boolean; onUndo: () => void }) {
  const { t, i18n } = useTranslation('import');
  const nf = new Intl.NumberFormat(i18n.language);
  if (!imports.length) return null;
  return (
    <section aria-labelledby="recent-imports-h" className="import-recent">
      <h2 id="recent-imports-h">{t('recent.heading')}</h2>
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">{t('recent.file')}</th>
            <th scope="col">{t('recent.provider')}</th>
            <th scope="col">{t('recent.account')}</th>
            <th scope="col">{t('recent.when')}</th>
            <th scope="col" className="num">{t('recent.added')}</th>
            <th scope="col" className="num">{t('recent.size')}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((r) => (
            <tr key={r.id}>
              <td>{r.container ? `${r.container} › ${r.name}` : r.name}</td>
              <td>{t(`providers.${r.importer}`, { defaultValue: r.importer })}</td>
              <td>{r.accountId}</td>
              <td>{r.importedAt.slice(0, 16).replace('T', ' ')}</td>
              <td className="num">{nf.format(r.added)}</td>
              <td className="num">{fileSize(r.size, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" disabled={busy} onClick={onUndo}>
        {t('recent.undo', { name: imports[0]!.name })}
      </button>
    </section>
  );
}
