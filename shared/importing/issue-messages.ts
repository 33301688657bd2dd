// Row-issue wording in one place. Each message has an English template that gives the issue's `detail` (what
// the CLI prints and its JSON carries) and an id with the numbers and names behind it, so the app can word
// the same issue in the user's language. The renderer's `issues` namespace holds the same templates under
// the same ids (a test keeps the English file equal to this table and the Chinese one complete).
import type { IssueMessage } from '../model';

export const ISSUE_TEMPLATES = {
  'duplicate-id': 'transaction {{id}} already appears on line {{first}}; this row was not imported again',
  'nul-removed': 'NUL bytes were removed from the file',
  // papaparse's own sentence ("Quoted field unterminated", …) is the English detail.
  'quote-unterminated': '{{reason}}',
  'quote-malformed': '{{reason}}',
  'count-mismatch': 'the export says 共{{declared}}笔记录 but {{read}} data rows were read',
  'ragged-row': 'the row has {{cells}} cells; the header has {{columns}}',
  'empty-time': 'the transaction time is empty',
  // The date reader's reason ("impossible date …") is the English detail; `text` is the cell.
  'bad-time': '{{reason}}',
  'lossy-id': 'order number "{{text}}" was shortened by a spreadsheet; the row is kept without it',
  'unknown-status': 'unknown status "{{text}}"; rows with it are imported as pending',
  'unknown-direction': 'unknown 收/支 value "{{text}}"; rows with it are imported as neutral',
  'amount-empty': '{{column}} is empty',
  'amount-currency': '{{column}} "{{text}}" is in {{currency}}, not CNY',
  // The amount reader's reason is the English detail; `text` is the cell.
  'amount-invalid': '{{column}}: {{reason}}',
  'currency-invalid': 'currency "{{text}}" is not an ISO 4217 code',
  'mapping-empty-date': 'the date cell is empty',
  'mapping-currency-invalid': 'currency "{{text}}" is not an ISO 4217 code; add it to "currencyAliases" in the mapping',
  'mapping-no-currency': 'no currency: the mapping names no currency column and no default "currency"',
  'mapping-unknown-direction': 'direction "{{text}}" is not one of the mapping\'s "directionValues"',
  'mapping-unknown-status': 'unknown status "{{text}}", imported as pending; add it to "statusMap" in the mapping',
  'ambiguous-date-paypal-dmy':
    'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as ' +
    'day/month/year (the default for {{language}} PayPal exports)',
  'ambiguous-date-paypal-mdy':
    'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as ' +
    'month/day/year (the default for {{language}} PayPal exports)',
  'ambiguous-date-cashapp':
    'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as ' +
    'month/day/year, as Cash App (a US service) writes them',
} as const;

export type IssueMessageId = keyof typeof ISSUE_TEMPLATES;

/** The `{{name}}` slots of a template, so a call must give every number or name its sentence uses. */
type Slots<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | Slots<Rest> : never;
type Params<K extends IssueMessageId> = Record<Slots<(typeof ISSUE_TEMPLATES)[K]>, string | number> &
  Record<string, string | number>;

/** What an importer hands to `ctx.issue`: the English detail and the message it was built from. */
export interface IssueText {
  detail: string;
  message: IssueMessage;
}

const SLOT = /\{\{(\w+)\}\}/g;

/** Fills `{{name}}` slots the way i18next does with escaping off (the app's setting). */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(SLOT, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function issueText<K extends IssueMessageId>(id: K, params: Params<K>): IssueText {
  return { detail: fillTemplate(ISSUE_TEMPLATES[id], params), message: { id, params } };
}
