// Time-zone cells as exports write them (`PDT`, `CET`, `America/Los_Angeles`, `GMT+01:00`) → a zone for
// parseDateTime. Each distinct text is resolved once per file; a file holds only a handful.
import { parseDateTime, type Zone } from '../dates';

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
const GMT_OFFSET = /^(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;
const ABBREVIATION = /^[A-Z]{2,5}$/;

// Abbreviations parseDateTime does not know itself but PayPal and Cash App accounts outside the US use.
// Ambiguous ones (IST, AST, BST-as-Bangladesh) are left out on purpose: they would be guesses.
const EXTRA: Record<string, string> = {
  JST: '+09:00', KST: '+09:00', HKT: '+08:00', SGT: '+08:00', AWST: '+08:00', ACST: '+09:30',
  AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00', EET: '+02:00', EEST: '+03:00',
  WET: '+00:00', WEST: '+01:00', MSK: '+03:00', MEZ: '+01:00', MESZ: '+02:00',
};

const MAX_CACHED = 256;

export type ZoneReading = { ok: true; zone: Zone } | { ok: false; reason: string };

/** A per-file reader of zone cells. An empty cell gives `fallback` (the user's zone). */
export function createZoneReader(fallback: Zone): (text: string) => ZoneReading {
  const cache = new Map<string, ZoneReading>();
  return (text) => {
    if (!text) return { ok: true, zone: fallback };
    let r = cache.get(text);
    if (!r) {
      r = resolve(text);
      if (cache.size < MAX_CACHED) cache.set(text, r);
    }
    return r;
  };
}

function resolve(text: string): ZoneReading {
  let m = OFFSET.exec(text);
  if (m) return { ok: true, zone: `${m[1]}${m[2]}:${m[3]}` };
  m = GMT_OFFSET.exec(text);
  if (m) return { ok: true, zone: `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}` };
  const upper = text.toUpperCase();
  if (ABBREVIATION.test(upper)) {
    const extra = EXTRA[upper];
    if (extra) return { ok: true, zone: extra };
    // parseDateTime owns the US/European abbreviation table; ask it rather than keep a second copy.
    const probe = parseDateTime(`2000-01-01 00:00:00 ${upper}`, '+00:00');
    if (probe.ok) return { ok: true, zone: probe.iso.slice(-6) };
    // Not handed to Intl: ICU keeps legacy three-letter ids that guess (IST = Kolkata, not Dublin or Israel).
    return { ok: false, reason: `unknown time zone "${text}"` };
  }
  try {
    // Validates an IANA name (`America/Los_Angeles`, `UTC`); throws RangeError for anything else.
    new Intl.DateTimeFormat('en-US', { timeZone: text });
    return { ok: true, zone: text };
  } catch {
    return { ok: false, reason: `unknown time zone "${text}"` };
  }
}
