// The payees the user called "normal for me". Removing one re-runs the rules so its findings come back.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NormalEntry } from '../../../shared/rules/types';
import { useSettings } from '../app/SettingsContext';
import { useRerunRules } from '../app/useRerunRules';
import { addNormal, removeNormal } from '../findings/normalForMe';
import { Money } from '../ui/Money';
import { ProgressStatus } from '../ui/ProgressStatus';
import { useToast } from '../ui/ToastProvider';

export function NormalListSection() {
  const { t } = useTranslation('settings');
  const { settings, save } = useSettings();
  const { state, rerun } = useRerunRules();
  const toast = useToast();
  const id = useId();
  const entries = settings?.rules.normal ?? [];

  const remove = async (entry: NormalEntry): Promise<void> => {
    if (!settings) return;
    const next = removeNormal(settings, [entry]);
    await save(next);
    await rerun();
    toast({
      message: t('normal.removed', { name: entry.counterparty }),
      action: {
        label: t('common:actions.undo'),
        run: async () => {
          await save(addNormal(next, [entry]));
          await rerun();
        },
      },
    });
  };

  const band = (e: NormalEntry) =>
    e.minAmountMinor === undefined && e.maxAmountMinor === undefined ? (
      t('normal.anyAmount')
    ) : (
      <>
        {e.minAmountMinor !== undefined ? <Money minor={e.minAmountMinor} currency={e.currency ?? 'CNY'} /> : '…'}
        {' – '}
        {e.maxAmountMinor !== undefined ? <Money minor={e.maxAmountMinor} currency={e.currency ?? 'CNY'} /> : '…'}
      </>
    );

  return (
    <section aria-labelledby={`${id}-h`} className="settings-section">
      <h2 id={`${id}-h`}>{t('normal.title')}</h2>
      <p className="muted">{t('normal.help')}</p>
      {state.running && <ProgressStatus fraction={state.fraction} label={state.label || t('rules.rerunning')} />}
      {state.error && <p role="alert">{state.error}</p>}
      {entries.length === 0 ? (
        <p>{t('normal.empty')}</p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">{t('normal.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('normal.counterparty')}</th>
              <th scope="col">{t('normal.account')}</th>
              <th scope="col">{t('normal.amount')}</th>
              <th scope="col">{t('normal.hours')}</th>
              <th scope="col">{t('normal.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('normal.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.counterparty}-${e.accountId ?? ''}-${i}`}>
                <td>{e.counterparty}</td>
                <td>{e.accountId ?? t('normal.anyAccount')}</td>
                <td>{band(e)}</td>
                <td>{e.hours ? `${e.hours.from}:00–${e.hours.to}:59` : t('normal.anyTime')}</td>
                <td>{e.note ?? ''}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={state.running}
                    aria-label={t('normal.removeLabel', { name: e.counterparty })}
                    onClick={() => void remove(e)}
                  >
                    {t('normal.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
