// PayPal's column names and vocabulary per language. PayPal lets users pick columns and localises both
// headers and number/date formats, so every column is found by name and every layout lists only the
// columns it cannot do without. English: OCA activity/statement fixtures, hledger custom 2019, Minance
// 2024; Spanish: OCA statement_es (headers `Fecha, Hora, Zona horaria, Descripción, Divisa, Bruto, …`).
import type { DateOrder } from '../dates';
import type { DecimalMark } from '../money';
import type { TransactionStatus } from '../model';
import type { LayoutSignature } from './types';

export type PayPalField =
  | 'date' | 'time' | 'zone' | 'name' | 'type' | 'status' | 'currency' | 'gross' | 'fee' | 'net'
  | 'fromEmail' | 'toEmail' | 'id' | 'ref' | 'balance' | 'balanceImpact' | 'itemTitle' | 'subject'
  | 'note' | 'description' | 'bankName' | 'bankAccount';

/** Header names per field, English first. `Amount/Fees/Total` are the 2024 names of `Gross/Fee/Net`. */
export const PAYPAL_HEADERS: Record<PayPalField, readonly string[]> = {
  date: ['Date', 'Fecha'],
  time: ['Time', 'Hora'],
  zone: ['TimeZone', 'Time Zone', 'Zona horaria'],
  name: ['Name', 'Nombre'],
  type: ['Type', 'Tipo'],
  status: ['Status', 'Estado'],
  currency: ['Currency', 'Divisa', 'Moneda'],
  gross: ['Gross', 'Amount', 'Bruto', 'Importe bruto'],
  fee: ['Fee', 'Fees', 'Comisión', 'Tarifa'],
  net: ['Net', 'Total', 'Neto', 'Importe neto'],
  fromEmail: ['From Email Address', 'Correo electrónico del remitente', 'De la dirección de correo electrónico'],
  toEmail: ['To Email Address', 'Correo electrónico del destinatario', 'A la dirección de correo electrónico'],
  id: ['Transaction ID', 'Id. de transacción'],
  ref: ['Reference Txn ID', 'Id. de referencia de trans.', 'Id. de transacción de referencia'],
  balance: ['Balance', 'Saldo'],
  balanceImpact: ['Balance Impact', 'Impacto en el saldo'],
  itemTitle: ['Item Title', 'Título del artículo'],
  subject: ['Subject', 'Asunto'],
  note: ['Note', 'Nota'],
  description: ['Description', 'Descripción'],
  bankName: ['Bank Name', 'Nombre del banco'],
  bankAccount: ['Bank Account', 'Cuenta bancaria'],
};

export type PayPalLanguage = 'en' | 'es';

export interface PayPalLayout extends LayoutSignature {
  language: PayPalLanguage;
}

export const PAYPAL_LAYOUTS: readonly PayPalLayout[] = [
  // Activity download, classic names; custom column selections keep at least these.
  { id: 'activity', language: 'en', required: ['Date', 'Time', 'TimeZone', 'Type', 'Status', 'Currency', 'Gross', 'Transaction ID'] },
  { id: 'activity-2024', language: 'en', required: ['Date', 'Time', 'TimeZone', 'Type', 'Status', 'Currency', 'Amount', 'Total', 'Transaction ID'] },
  // Statement report: no Type/Status; the type is in Description and the zone is an IANA name.
  { id: 'statement', language: 'en', required: ['Date', 'Time', 'Time Zone', 'Description', 'Currency', 'Gross', 'Net', 'Transaction ID'] },
  { id: 'activity-es', language: 'es', required: ['Fecha', 'Hora', 'Zona horaria', 'Tipo', 'Estado', 'Divisa', 'Bruto', 'Id. de transacción'] },
  { id: 'statement-es', language: 'es', required: ['Fecha', 'Hora', 'Zona horaria', 'Descripción', 'Divisa', 'Bruto', 'Neto', 'Id. de transacción'] },
];

/**
 * Used only when no row of the file settles the question. English exports are read the US way
 * (MM/DD/YYYY, `1,234.56`), as PayPal's US default and OCA's English statement map do; Spanish ones the
 * Spanish way (D/M/YYYY, `4.626,81`). An undecided date order is also reported on the file.
 */
export const PAYPAL_DEFAULTS: Record<PayPalLanguage, { order: DateOrder; mark: DecimalMark }> = {
  en: { order: 'mdy', mark: '.' },
  es: { order: 'dmy', mark: ',' },
};

/** Status column values (lower-cased) → model status. */
export const PAYPAL_STATUSES: Record<string, TransactionStatus> = {
  completed: 'completed', cleared: 'completed', 'partially refunded': 'completed', paid: 'completed',
  pending: 'pending', held: 'pending', 'on hold': 'pending', unclaimed: 'pending', placed: 'pending',
  'temporary hold': 'pending',
  denied: 'failed', failed: 'failed', declined: 'failed',
  refunded: 'refunded',
  canceled: 'closed', cancelled: 'closed', reversed: 'closed', removed: 'closed', voided: 'closed',
  completado: 'completed', completada: 'completed', 'reembolsado parcialmente': 'completed',
  pendiente: 'pending', retenido: 'pending',
  denegado: 'failed', rechazado: 'failed', fallido: 'failed',
  reembolsado: 'refunded',
  cancelado: 'closed', revertido: 'closed', anulado: 'closed',
};

/** Currency conversion legs (`General Currency Conversion`, `User Initiated Currency Conversion`). */
export const CONVERSION_TYPE = /currency conversion|conversi[oó]n de (?:divisas?|moneda)/i;

/** Refunds and reversals: their Reference Txn ID names the original transaction. */
export const REFUND_TYPE = /refund|reversal|reembolso|devoluci[oó]n|reversi[oó]n/i;

/**
 * Funding transfers (lower-cased, trimmed: PayPal writes `Bank Deposit to PP Account ` with a trailing
 * space): a deposit from the card or bank that pays for a purchase, or a withdrawal that sweeps a refund
 * straight back. They only mirror another row, so they are not counted again when they offset one.
 */
export const FUNDING_TYPES: ReadonlySet<string> = new Set([
  'bank deposit to pp account', 'general card deposit', 'general credit card deposit', 'user initiated withdrawal',
]);

/** Undoing a funding transfer (`Reversal of ACH Deposit`): a mirror when the transfer it undoes was one. */
export const FUNDING_REVERSAL_TYPE = /^reversal of ach (?:deposit|withdrawal)/i;

/**
 * Money PayPal sets aside or gives back inside the account: `Payment Hold` / `Payment Release`, `Reserve
 * Hold` / `Reserve Release`, `Hold on Balance for Dispute Investigation`, `Cancellation of Hold…`, `Account
 * Hold for Open Authorization`, `Reversal of General Account Hold`. The available balance moves; no money
 * comes or goes. A limited account is full of them; counted as payments they would inflate its totals
 * and look to the rules like large payments to someone new. English names only (others unconfirmed).
 */
export const HOLD_TYPE = /\bhold\b|^(?:payment|reserve) release$/i;

/** `Balance Impact` = Memo marks rows that do not move the balance (authorisations, notes). */
export const MEMO_IMPACT = /^memo$/i;
