// A large Revolut-layout statement for the app benchmark, written in streaming fashion so generating a
// million rows needs little memory. Deterministic: the same count always gives the same bytes (and ids).
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';

const HEADER = 'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n';
const PAYEES = ['Coffee Bar', 'Grocer', 'Rail Pass', 'Books & Co', 'Pharmacy', 'Cinema', 'Bakery', 'Taxi Co', 'Gym', 'Florist'];
const TYPES = ['CARD_PAYMENT', 'CARD_PAYMENT', 'CARD_PAYMENT', 'TRANSFER', 'TOPUP'];

function pad(n, w = 2) {
  return String(n).padStart(w, '0');
}

/** Row i: one transaction every ~2 minutes from 2021-01-01, 2,000 distinct payees (10 common ones). */
export function rowText(i) {
  const t = new Date(Date.UTC(2021, 0, 1) + i * 127_000);
  const ts = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  const type = TYPES[i % TYPES.length];
  const payee = i % 7 === 0 ? `Merchant ${i % 1990}` : PAYEES[(i * 31) % PAYEES.length];
  const cents = ((i * 7919) % 25_000) + 99;
  const amount = type === 'TOPUP' ? (cents * 3) / 100 : -cents / 100;
  const state = i % 97 === 0 ? 'PENDING' : i % 211 === 0 ? 'REVERTED' : 'COMPLETED';
  return `${type},Current,${ts},${ts},${type === 'TOPUP' ? 'Top-up' : payee},${amount.toFixed(2)},0.00,EUR,${state},\n`;
}

export async function generateStatement(path, rows) {
  if (existsSync(path) && statSync(path).size > 0) return path;
  const out = createWriteStream(path);
  out.write(HEADER);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += rowText(i);
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return path;
}
