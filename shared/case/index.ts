// The appeal case: model, checklists, contact log, attachments, timeline, case file and letter draft.
export * from './types';
export * from './platforms';
export * from './checklist';
export * from './contact-log';
export * from './mime';
export * from './image-info';
export * from './attachments';
export * from './timeline';
export * from './case-json';
export * from './labels';
export * from './letter';
export type { FieldProblem } from './json-checks';
