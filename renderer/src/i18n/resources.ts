// Every namespace file under i18n/<lang>/<namespace>.json becomes one i18next namespace, so an area adds
// its strings by dropping a JSON file next to the others, without touching this code.
import type { Resource, ResourceLanguage } from 'i18next';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

type JsonModule = { default: ResourceLanguage[string] } | ResourceLanguage[string];

/** Turns `{ './en/common.json': {...} }` into `{ en: { common: {...} } }`; paths that do not fit are ignored. */
export function buildResources(modules: Record<string, JsonModule>): { resources: Resource; namespaces: string[] } {
  const resources: Resource = {};
  const namespaces = new Set<string>();
  for (const [path, mod] of Object.entries(modules)) {
    const m = /\/([A-Za-z-]+)\/([\w-]+)\.json$/.exec(path);
    if (!m) continue;
    const [, lang, ns] = m as unknown as [string, string, string];
    const content = typeof mod === 'object' && mod !== null && 'default' in mod ? mod.default : mod;
    (resources[lang] ??= {})[ns] = content;
    namespaces.add(ns);
  }
  return { resources, namespaces: [...namespaces].sort() };
}

/** Picks the app language from the system's preferred languages: any Chinese → zh-CN, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}
