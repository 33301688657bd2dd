// For a CSV no importer knows: the user says which column holds what, sees the first rows parsed that
// way as they edit (a quick parse of the file's start), saves the mapping as a reusable profile and
// imports with it.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingProfile } from '../../../shared/importers/generic';
import { parseMappingProfile } from '../../../shared/importing/mapping-profile';
import type { DataApi, ImportPreview, PeekResult } from '../data/api';
import { EMPTY_FORM, fromProfile, guessHeaderLine, ROLES, toProfile, withProfile, type MappingForm, type Role } from './mapping-form';
import { IssueTable, SampleTable } from './PreviewTables';

const LIVE_DELAY_MS = 350;

type Live = { state: 'idle' } | { state: 'problems'; problems: string[] } | { state: 'ok'; preview: ImportPreview } | { state: 'error'; message: string };

export function MappingEditor({ api, file, onApply, onCancel }: { api: DataApi; file: File; onApply: (p: MappingProfile) => void; onCancel?: () => void }) {
  const { t } = useTranslation('import');
  const id = useId();
  const [peek, setPeek] = useState<PeekResult>();
  const [saved, setSaved] = useState<MappingProfile[]>([]);
  const [form, setForm] = useState<MappingForm>({ ...EMPTY_FORM, name: file.name.replace(/\.[^.]+$/, '') });
  const [live, setLive] = useState<Live>({ state: 'idle' });
  const [note, setNote] = useState<string>();

  useEffect(() => {
    let on = true;
    api.peek?.(file, {}).then(
      (p) => {
        if (!on) return;
        setPeek(p);
        setForm((f) => ({ ...f, headerLine: guessHeaderLine(p.rows) }));
      },
      () => undefined,
    );
    api.getSettings().then((s) => on && setSaved(s.mappings), () => undefined);
    return () => {
      on = false;
    };
  }, [api, file]);

  const header = peek?.rows.find((r) => r.line === form.headerLine);
  const width = Math.max(0, ...(peek?.rows.map((r) => r.cells.length) ?? [0]));
  const sampleRow = peek?.rows.find((r) => r.line > form.headerLine && r.cells.length === width);
  const choices = useMemo(
    () =>
      Array.from({ length: width }, (_, i) => {
        const name = header?.cells[i];
        const value = form.headerLine && name ? name : `#${i}`;
        const example = sampleRow?.cells[i] ?? '';
        return { value, label: `${form.headerLine && name ? name : t('mapping.position', { n: i + 1 })}${example ? ` — ${example}` : ''}` };
      }),
    [header, sampleRow, width, form.headerLine, t],
  );
  const profile = useMemo(() => toProfile(form), [form]);

  useEffect(() => {
    const checked = parseMappingProfile(profile);
    if (!checked.ok) return setLive({ state: 'problems', problems: checked.problems });
    let on = true;
    const timer = setTimeout(() => {
      api.preview(file, { mapping: checked.profile, headOnly: true }).then(
        (preview) => on && setLive({ state: 'ok', preview }),
        (e: unknown) => on && setLive({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    }, LIVE_DELAY_MS);
    return () => {
      on = false;
      clearTimeout(timer);
    };
  }, [api, file, profile]);

  const set = (patch: Partial<MappingForm>) => setForm((f) => ({ ...f, ...patch }));
  const setColumn = (role: Role, value: string) => set({ columns: { ...form.columns, [role]: value || undefined } });
  const save = async () => {
    const s = await api.getSettings();
    const mappings = withProfile(s.mappings, profile);
    await api.saveSettings({ ...s, mappings });
    setSaved(mappings);
    setNote(t('mapping.saved', { name: profile.name }));
  };
  const valid = live.state === 'ok';

  return (
    <section className="import-mapping" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('mapping.heading')}</h3>
      <p className="muted">{t('mapping.intro')}</p>
      {saved.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-saved`}>{t('mapping.useSaved')}</label>
          <select id={`${id}-saved`} value="" onChange={(e) => {
            const p = saved.find((x) => x.name === e.target.value);
            if (p) setForm(fromProfile(p, guessHeaderLine(peek?.rows ?? [])));
          }}>
            <option value="">{t('mapping.pickSaved')}</option>
            {saved.map((p) => <option key={p.name} value={p.name}>{p.name}</option>)}
          </select>
        </div>
      )}
      <div className="import-mapping-grid">
        <div className="field">
          <label htmlFor={`${id}-header`}>{t('mapping.headerRow')}</label>
          <select id={`${id}-header`} value={form.headerLine} onChange={(e) => set({ headerLine: Number(e.target.value), columns: {} })}>
            <option value={0}>{t('mapping.noHeader')}</option>
            {peek?.rows.map((r) => (
              <option key={r.line} value={r.line}>{t('mapping.lineOption', { line: r.line, text: r.cells.join(', ').slice(0, 60) })}</option>
            ))}
          </select>
        </div>
        {ROLES.map((role) => (
          <div className="field" key={role}>
            <label htmlFor={`${id}-${role}`}>{t(`mapping.roles.${role}`)}</label>
            <select id={`${id}-${role}`} value={form.columns[role] ?? ''} onChange={(e) => setColumn(role, e.target.value)}>
              <option value="">{t('mapping.none')}</option>
              {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-fmt`}>{t('mapping.dateFormat')}</label>
          <input id={`${id}-fmt`} value={form.dateFormat} placeholder="YYYY-MM-DD HH:mm:ss" onChange={(e) => set({ dateFormat: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-order`}>{t('mapping.dateOrder')}</label>
          <select id={`${id}-order`} value={form.dateOrder} onChange={(e) => set({ dateOrder: e.target.value as MappingForm['dateOrder'] })}>
            <option value="">{t('mapping.orderAuto')}</option>
            {(['ymd', 'dmy', 'mdy'] as const).map((o) => <option key={o} value={o}>{t(`mapping.order.${o}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-dec`}>{t('mapping.decimalMark')}</label>
          <select id={`${id}-dec`} value={form.decimalMark} onChange={(e) => set({ decimalMark: e.target.value as MappingForm['decimalMark'] })}>
            <option value=".">1,234.56</option>
            <option value=",">1.234,56</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-cur`}>{t('mapping.currency')}</label>
          <input id={`${id}-cur`} value={form.currency} maxLength={3} placeholder="CNY" onChange={(e) => set({ currency: e.target.value })} />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={form.negateAmounts} onChange={(e) => set({ negateAmounts: e.target.checked })} />
          {t('mapping.negate')}
        </label>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('mapping.name')}</label>
          <input id={`${id}-name`} value={form.name} onChange={(e) => set({ name: e.target.value })} />
        </div>
      </div>
      <div aria-live="polite" className="import-mapping-live">
        {live.state === 'problems' && (
          <ul className="import-mapping-problems">{live.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        )}
        {live.state === 'error' && <p role="alert">{live.message}</p>}
        {live.state === 'ok' && (
          <>
            <p>{t('mapping.livePreview', { n: live.preview.rows })}</p>
            <SampleTable rows={live.preview.sample} />
            <IssueTable issues={live.preview.issues} total={live.preview.issueCount ?? live.preview.issues.length} />
          </>
        )}
      </div>
      {note && <p role="status">{note}</p>}
      <div className="import-actions">
        <button type="button" className="button" disabled={!valid} onClick={() => void save()}>{t('mapping.save')}</button>
        <button type="button" className="button button-primary" disabled={!valid} onClick={() => onApply(profile)}>{t('mapping.apply')}</button>
        {onCancel && <button type="button" className="button button-quiet" onClick={onCancel}>{t('mapping.cancel')}</button>}
      </div>
    </section>
  );
}
