// Findings grouped by severity, strongest first. "This is normal for me" saves the payee in the rules
// config and re-runs the rules; it can be undone from the toast.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity, Transaction } from '../../../shared/model';
import { useDataApi, useDataVersion } from '../app/DataApiContext';
import { hrefFor } from '../app/routes';
import { useSettings } from '../app/SettingsContext';
import { useRerunRules } from '../app/useRerunRules';
import { EmptyState } from '../ui/EmptyState';
import { PageHeading } from '../ui/PageHeading';
import { ProgressStatus } from '../ui/ProgressStatus';
import { useToast } from '../ui/ToastProvider';
import { useLoad } from '../ui/useLoad';
import { addNormal, entriesFor, removeNormal } from './normalForMe';
import { SeverityGroup } from './SeverityGroup';
import { useMarks } from './useMarks';

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

export function FindingsPage() {
  const { t } = useTranslation('findings');
  const api = useDataApi();
  const version = useDataVersion();
  const { settings, save } = useSettings();
  const toast = useToast();
  const marks = useMarks();
  const { state: rerunState, rerun } = useRerunRules();
  // Reloaded when a re-run ends, as well as on any data change.
  const findings = useLoad(() => api.listFindings(), [api, version, rerunState.running]);
  const total = useLoad(async () => (await api.queryTransactions({}, 0, 0)).total, [api, version]);

  const onNormal = useCallback(
    async (txs: Transaction[]) => {
      if (!settings) return;
      const entries = entriesFor(txs);
      const next = addNormal(settings, entries);
      if (next === settings) {
        toast({ message: t('normal.already') });
        return;
      }
      await save(next);
      await rerun();
      const names = entries.map((e) => e.counterparty).join(', ');
      toast({
        message: t('normal.added', { names }),
        action: {
          label: t('marks.undo'),
          run: async () => {
            await save(removeNormal(next, entries));
            await rerun();
          },
        },
      });
    },
    [settings, save, rerun, toast, t],
  );

  const list = findings.state === 'ready' ? findings.data : [];
  const sorted = [...list].sort((a, b) => b.score - a.score);

  return (
    <div className="findings-page">
      <PageHeading>{t('title')}</PageHeading>
      <div className="page-actions">
        <button type="button" className="button" disabled={rerunState.running} onClick={() => void rerun()}>
          {t('rerun')}
        </button>
      </div>
      {rerunState.running && <ProgressStatus fraction={rerunState.fraction} label={rerunState.label || t('rerunning')} />}
      {rerunState.error && <p role="alert">{t('rerunFailed', { error: rerunState.error })}</p>}
      {marks.error && <p role="alert">{t('marks.failed', { error: marks.error })}</p>}
      {findings.state === 'loading' && <p role="status">{t('common:loading')}</p>}
      {findings.state === 'error' && <p role="alert">{t('common:loadFailed', { error: findings.error })}</p>}
      {findings.state === 'ready' && list.length === 0 && (
        total.state === 'ready' && total.data === 0 ? (
          <EmptyState
            title={t('empty.noData')}
            action={<a className="button button-primary" href={hrefFor('import')}>{t('empty.importAction')}</a>}
          >
            {t('empty.noDataBody')}
          </EmptyState>
        ) : (
          <EmptyState title={t('empty.none')}>{t('empty.noneBody')}</EmptyState>
        )
      )}
      {SEVERITIES.map((s) => (
        <SeverityGroup
          key={s}
          severity={s}
          findings={sorted.filter((f) => f.severity === s)}
          marks={marks}
          busy={rerunState.running || !settings}
          onNormal={(txs) => void onNormal(txs)}
        />
      ))}
    </div>
  );
}
