// Builds the editable checklist of a case from its reason and platform, and keeps the owner's ticks and
// own lines when the reason or platform changes later.
import { PLATFORM_ITEMS, REASON_ITEMS, type ItemTemplate } from './checklist-items';
import type { CasePlatform, ChecklistItem, ReasonCategory } from './types';

function toItem(tpl: ItemTemplate, platform: CasePlatform): ChecklistItem {
  return {
    id: tpl.id,
    text: { ...tpl.text },
    done: false,
    source: tpl.official?.includes(platform) ? 'official' : 'commonly-reported',
    ...(tpl.goodPractice ? { goodPractice: true } : {}),
  };
}

/** The built-in list for a reason on a platform: the reason's lines first, then the platform's own steps. */
export function buildChecklist(reason: ReasonCategory, platform: CasePlatform): ChecklistItem[] {
  const seen = new Set<string>();
  const out: ChecklistItem[] = [];
  const platformItems = reason === 'legal-freeze' ? [] : (PLATFORM_ITEMS[platform] ?? []);
  for (const tpl of [...REASON_ITEMS[reason], ...platformItems]) {
    if (tpl.only && !tpl.only.includes(platform)) continue;
    if (seen.has(tpl.id)) continue;
    seen.add(tpl.id);
    out.push(toItem(tpl, platform));
  }
  return out;
}

/**
 * Rebuilds the list for a (possibly new) reason or platform. Ticks carry over by id; lines the owner
 * added or edited stay; built-in lines that no longer apply are dropped unless they were ticked, since a
 * ticked line records work already done.
 */
export function mergeChecklist(existing: readonly ChecklistItem[], reason: ReasonCategory, platform: CasePlatform): ChecklistItem[] {
  const fresh = buildChecklist(reason, platform);
  const old = new Map(existing.map((i) => [i.id, i]));
  const out = fresh.map((item) => {
    const prev = old.get(item.id);
    if (!prev) return item;
    return prev.custom ? { ...prev } : { ...item, done: prev.done };
  });
  const ids = new Set(out.map((i) => i.id));
  for (const prev of existing) {
    if (!ids.has(prev.id) && (prev.custom || prev.done)) out.push({ ...prev });
  }
  return out;
}

export interface ChecklistProgress {
  done: number;
  total: number;
}

export function checklistProgress(items: readonly ChecklistItem[]): ChecklistProgress {
  return { done: items.filter((i) => i.done).length, total: items.length };
}
