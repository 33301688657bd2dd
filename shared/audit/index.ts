// Periodic self-audits: what changed in the period, a security checklist, snapshots and reminders.
export * from './review';
export * from './security-checklist';
export * from './schedule';
export * from './snapshot';
