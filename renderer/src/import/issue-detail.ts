// A row issue in the user's language: importers attach a message id with its values next to the English
// detail, and the `issues` namespace words it. An issue without a message (or with an id this build does not
// know) shows the English detail as before.
import type { i18n as I18n } from 'i18next';
import type { RowIssue } from '../../../shared/model';

export function issueDetail(issue: RowIssue, i18n: I18n): string {
  const m = issue.message;
  if (!m || !i18n.exists(m.id, { ns: 'issues' })) return issue.detail;
  // Values go in `replace`, so a value named like an option (`count`, `lng`) cannot change the lookup.
  const local = i18n.t(m.id, { ns: 'issues', replace: m.params });
  // A ZIP's combined preview puts the part's name before the English detail; that prefix is kept.
  const english = i18n.t(m.id, { ns: 'issues', lng: 'en', replace: m.params });
  const prefix = issue.detail.endsWith(english) ? issue.detail.slice(0, issue.detail.length - english.length) : '';
  return prefix + local;
}
