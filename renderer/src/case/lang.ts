// The case model's labels are bilingual objects (shared/case/labels); views pick the side that matches
// the UI language.
import { useTranslation } from 'react-i18next';
import type { Localised } from '../../../shared/case/types';
import type { Lang } from '../../../shared/rules/types';

export function toLang(language: string | undefined): Lang {
  return language?.startsWith('zh') ? 'zh-CN' : 'en';
}

/** The UI language as the shared model names it, and a picker for bilingual labels. */
export function useLang(): { lang: Lang; pick: (text: Localised) => string } {
  const { i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return { lang, pick: (text) => text[lang] };
}
