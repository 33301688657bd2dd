// Every filter is a labelled native control, so each is reachable by Tab and announced by name.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../data/api';
import type { FilterErrors, TxFilters } from './filters';

const DIRECTIONS = ['out', 'in', 'neutral'] as const;
const STATUSES = ['completed', 'pending', 'refunded', 'closed', 'failed'] as const;

interface Props {
  filters: TxFilters;
  accounts: AccountSummary[];
  errors: FilterErrors;
  onChange(next: TxFilters): void;
  onReset(): void;
}

export function FilterBar({ filters, accounts, errors, onChange, onReset }: Props) {
  const { t } = useTranslation('transactions');
  const id = useId();
  const set = <K extends keyof TxFilters>(k: K, v: TxFilters[K]): void => onChange({ ...filters, [k]: v });
  const errorText = (code: string | undefined): string | undefined => (code ? t(`filters.errors.${code}`) : undefined);

  const field = (key: 'search' | 'counterparty' | 'minAmount' | 'maxAmount', type: 'search' | 'text', error?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`filters.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        inputMode={key.endsWith('Amount') ? 'decimal' : undefined}
        value={filters[key]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-${key}-error` : undefined}
        onChange={(e) => set(key, e.target.value)}
      />
      {error && (
        <span id={`${id}-${key}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );

  return (
    <form role="search" aria-label={t('filters.label')} className="filter-bar" onSubmit={(e) => e.preventDefault()}>
      {field('search', 'search')}
      <div className="field">
        <label htmlFor={`${id}-account`}>{t('filters.account')}</label>
        <select id={`${id}-account`} value={filters.accountId} onChange={(e) => set('accountId', e.target.value)}>
          <option value="">{t('filters.all')}</option>
          {accounts.map((a) => (
            <option key={a.accountId} value={a.accountId}>
              {a.accountId} ({a.provider})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
        <input id={`${id}-from`} type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to}
          aria-invalid={errors.period ? true : undefined}
          aria-describedby={errors.period ? `${id}-to-error` : undefined}
          onChange={(e) => set('to', e.target.value)}
        />
        {errors.period && (
          <span id={`${id}-to-error`} className="field-error">
            {errorText(errors.period)}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-direction`}>{t('filters.direction')}</label>
        <select id={`${id}-direction`} value={filters.direction} onChange={(e) => set('direction', e.target.value as TxFilters['direction'])}>
          <option value="">{t('filters.all')}</option>
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`direction.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
        <select id={`${id}-status`} value={filters.status} onChange={(e) => set('status', e.target.value as TxFilters['status'])}>
          <option value="">{t('filters.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {field('counterparty', 'text')}
      {field('minAmount', 'text', errorText(errors.minAmount))}
      {field('maxAmount', 'text', errorText(errors.maxAmount))}
      <div className="field field-action">
        <button type="button" className="button" onClick={onReset}>
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}
