// Options per rule: defaults from the rule's meta, overridden by the user's numbers where they are numbers.

export function mergeOptions<O extends object>(defaults: O, given: Record<string, number> | undefined): O {
  if (!given) return defaults;
  const out = { ...defaults } as Record<string, unknown>;
  for (const [k, v] of Object.entries(given)) {
    if (k in defaults && typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  return out as O;
}
