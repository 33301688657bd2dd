// Row-issue wording in one place. Each message has an English template that gives the issue's `detail` (what
// the CLI prints and its JSON carries) and an id with the numbers and names behind it, so the app can word
// the same issue in the user's language. The renderer's `issues` namespace holds the same templates under
// the same ids (a test keeps the English file equal to this table and the Chinese one complete).
import type { DateOrder } from '../dates';
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
  // The mapping importer's cells. Its own sentences quote the cell as `text`; where a reader (parseAmount)
  // gives the reason, that reason is the English detail and the Chinese sentence quotes the cell instead,
  // naming the column by its role in the mapping form (支出, 收入, 余额). An unreadable date or amount cell
  // reuses bad-time / amount-unreadable, and a fee cell fee-unreadable: the sentences are the same.
  'mapping-ambiguous-date':
    '"{{text}}" could be day/month or month/day; set "dateOrder" (dmy or mdy) or "dateFormat" in the mapping',
  'mapping-date-format': '"{{text}}" does not match the date format {{format}}',
  'mapping-time-format': 'time "{{text}}" does not match the time format {{format}}',
  // A placeholder such as `-` counts as empty, so the Chinese sentence does not quote the cell.
  'mapping-amount-empty': 'the amount cell is empty',
  'mapping-debit-unreadable': 'debit: {{reason}}',
  'mapping-credit-unreadable': 'credit: {{reason}}',
  'mapping-debit-credit-empty': 'both the debit and the credit cell are empty',
  'mapping-debit-credit-both': 'both debit "{{debit}}" and credit "{{credit}}" are filled',
  'mapping-balance-unreadable': 'balance: {{reason}} (the row was imported without its balance)',
  'ambiguous-date-paypal-dmy':
    'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as ' +
    'day/month/year (the default for {{language}} PayPal exports)',
  'ambiguous-date-paypal-mdy':
    'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as ' +
    'month/day/year (the default for {{language}} PayPal exports)',
  'ambiguous-date-cashapp':
    'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as ' +
    'month/day/year, as Cash App (a US service) writes them',
  // The Western importers (Cash App, Monzo, PayPal, Revolut, Venmo, Wise). As with bad-time and amount-invalid,
  // a reader's English reason is the detail and `text` is the cell, which the Chinese sentence quotes instead.
  // An empty amount has its own id only because the Chinese sentence would quote an empty cell.
  'amount-missing': '{{reason}}',
  'amount-unreadable': '{{reason}}',
  'net-amount-unreadable': 'net amount: {{reason}}',
  'fee-unreadable': 'fee: {{reason}}',
  'total-fees-unreadable': 'total fees: {{reason}}',
  'balance-unreadable': 'balance: {{reason}}',
  'balance-unreadable-omitted': 'balance: {{reason}}; the row was imported without it',
  'running-balance-unreadable': 'running balance: {{reason}}',
  'bad-time-dmy': '{{reason}} (dates in this file are read as day/month/year)',
  'bad-time-mdy': '{{reason}} (dates in this file are read as month/day/year)',
  // The zone reader's reason; `text` is the zone cell and `zone` the user's zone the time was read in.
  'unknown-zone': '{{reason}}; the time was read in {{zone}}',
  'unknown-status-pending': 'unknown status "{{text}}", imported as pending',
  'unknown-state-pending': 'unknown state "{{text}}", imported as pending',
  // `column` is the export's own header (ID, TransferWise ID).
  'missing-id': 'the row has no {{column}}; it was imported under a content-derived id',
  'amount-split-mismatch': 'Money Out/Money In "{{split}}" differs from Amount "{{amount}}"; Amount was used',
  'no-time-of-day':
    '{{dates}} date(s) have no time of day (the file was probably re-saved by a spreadsheet); they were placed at ' +
    '00:00 in {{zone}}',
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

/** An amount cell parseAmount refused, worded by its reason in English and by the cell in Chinese. */
export function amountUnreadable(text: string, reason: string): IssueText {
  return text === '' ? issueText('amount-missing', { reason }) : issueText('amount-unreadable', { text, reason });
}

/** A date the reader refused in a file whose day/month order was learnt or assumed: the sentence names the order. */
export function badTimeInOrder(order: DateOrder, text: string, reason: string): IssueText {
  const params = { text, reason };
  if (order === 'dmy') return issueText('bad-time-dmy', params);
  if (order === 'mdy') return issueText('bad-time-mdy', params);
  return issueText('bad-time', params);
}
