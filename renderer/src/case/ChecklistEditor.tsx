// The checklist for the case's reason and platform (APPEALS.md §7): tick lines off, add your own, reword
// any line, and say whether a line is the platform's official requirement or only commonly reported.
// Removing a line can be undone from the toast.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistProgress } from '../../../shared/case/checklist';
import type { ChecklistItem, FactSource } from '../../../shared/case/types';
import type { CaseRow } from '../data/case-api';
import { useToast } from '../ui/ToastProvider';
import { useCaseApi } from './CaseApiContext';
import { useLang } from './lang';

export function ChecklistEditor({ row }: { row: CaseRow }) {
  const { t } = useTranslation('case');
  const { pick } = useLang();
  const api = useCaseApi();
  const toast = useToast();
  const id = useId();
  const [newText, setNewText] = useState('');
  const [newSource, setNewSource] = useState<FactSource>('commonly-reported');
  const [editing, setEditing] = useState<{ id: string; text: string }>();
  const [error, setError] = useState<string>();
  // Shown at once, stored behind: a tick must not wait for the database round trip.
  const [items, setItems] = useState(row.checklist);
  useEffect(() => setItems(row.checklist), [row.checklist]);
  const progress = checklistProgress(items);

  const change = async (f: (list: ChecklistItem[]) => ChecklistItem[]): Promise<void> => {
    setError(undefined);
    setItems((cur) => f(cur));
    try {
      await api.updateCase(row.id, (r) => ({ ...r, checklist: f(r.checklist) }));
    } catch (e) {
      setItems(row.checklist);
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const patch = (itemId: string, p: Partial<ChecklistItem>) => change((list) => list.map((i) => (i.id === itemId ? { ...i, ...p } : i)));

  const remove = async (item: ChecklistItem, index: number): Promise<void> => {
    await change((list) => list.filter((i) => i.id !== item.id));
    toast({
      message: t('checklist.removed', { text: pick(item.text) }),
      action: {
        label: t('common:actions.undo'),
        run: () => change((list) => (list.some((i) => i.id === item.id) ? list : [...list.slice(0, index), item, ...list.slice(index)])),
      },
    });
  };

  const add = async (): Promise<void> => {
    const text = newText.trim();
    if (!text) return;
    const item: ChecklistItem = { id: `own-${crypto.randomUUID()}`, text: { en: text, 'zh-CN': text }, done: false, source: newSource, custom: true };
    await change((list) => [...list, item]);
    setNewText('');
  };

  return (
    <section aria-labelledby={`${id}-h`} className="case-section">
      <h2 id={`${id}-h`}>{t('checklist.title')}</h2>
      <p className="muted">{t('checklist.intro')}</p>
      <p role="status">{t('checklist.progress', { done: progress.done, total: progress.total })}</p>
      {error && <p role="alert">{t('saveFailed', { error })}</p>}
      {items.length === 0 && <p className="muted">{t('checklist.empty')}</p>}
      <ul className="checklist">
        {items.map((item, index) => {
          const text = pick(item.text);
          const boxId = `${id}-item-${index}`;
          return (
            <li key={item.id} className={item.done ? 'checklist-item done' : 'checklist-item'}>
              {editing?.id === item.id ? (
                <form
                  className="inline-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const next = editing.text.trim();
                    if (next) void patch(item.id, { text: { en: next, 'zh-CN': next }, custom: true });
                    setEditing(undefined);
                  }}
                >
                  <label htmlFor={`${boxId}-edit`} className="visually-hidden">{t('checklist.editLabel')}</label>
                  <input id={`${boxId}-edit`} value={editing.text} autoFocus onChange={(e) => setEditing({ id: item.id, text: e.target.value })} />
                  <button type="submit" className="button">{t('checklist.saveEdit')}</button>
                  <button type="button" className="button button-quiet" onClick={() => setEditing(undefined)}>{t('common:actions.cancel')}</button>
                </form>
              ) : (
                <>
                  <input id={boxId} type="checkbox" checked={item.done} onChange={(e) => void patch(item.id, { done: e.target.checked })} />
                  <label htmlFor={boxId}>{text}</label>
                  <span className={`source-badge source-${item.source}`}>{t(`source.${item.source}`)}</span>
                  {item.goodPractice && <span className="source-badge">{t('checklist.goodPractice')}</span>}
                  {item.custom && <span className="source-badge">{t('checklist.own')}</span>}
                  <span className="checklist-actions">
                    <label className="visually-hidden" htmlFor={`${boxId}-src`}>{t('checklist.sourceLabel', { text })}</label>
                    <select id={`${boxId}-src`} value={item.source} onChange={(e) => void patch(item.id, { source: e.target.value as FactSource })}>
                      <option value="official">{t('source.official')}</option>
                      <option value="commonly-reported">{t('source.commonly-reported')}</option>
                    </select>
                    <button type="button" className="button button-quiet" aria-label={t('checklist.editNamed', { text })} onClick={() => setEditing({ id: item.id, text })}>
                      {t('checklist.edit')}
                    </button>
                    <button type="button" className="button button-quiet" aria-label={t('checklist.removeNamed', { text })} onClick={() => void remove(item, index)}>
                      {t('checklist.remove')}
                    </button>
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="field grow">
          <label htmlFor={`${id}-new`}>{t('checklist.addLabel')}</label>
          <input id={`${id}-new`} value={newText} onChange={(e) => setNewText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-new-src`}>{t('checklist.newSource')}</label>
          <select id={`${id}-new-src`} value={newSource} onChange={(e) => setNewSource(e.target.value as FactSource)}>
            <option value="commonly-reported">{t('source.commonly-reported')}</option>
            <option value="official">{t('source.official')}</option>
          </select>
        </div>
        <button type="submit" className="button" disabled={!newText.trim()}>{t('checklist.add')}</button>
      </form>
    </section>
  );
}
