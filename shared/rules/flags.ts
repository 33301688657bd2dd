// Per-transaction facts, one bit each, so rules test them in tight loops without touching the objects.

/** A parseable time: everything else is ignored by every rule. */
export const VALID = 1;
/** Money left the account (completed, pending or later refunded), not a mirror. */
export const SPEND = 2;
/** Money came in, not a mirror. */
export const INCOME = 4;
/** An outgoing attempt that failed or was closed. */
export const ATTEMPT = 8;
/** A funding mirror, conversion leg or fee row: never counted. */
export const MIRROR = 16;
/** Matches the user's "normal for me" list: counted in statistics, never flagged. */
export const TRUSTED = 32;
/** Person-to-person: a transfer type or a private person's name. */
export const PERSON = 64;
/** Incoming money that reverses an earlier payment. */
export const REFUND = 128;
/** A payment that was later refunded (status `refunded` on an outgoing row). */
export const REFUNDED = 256;
