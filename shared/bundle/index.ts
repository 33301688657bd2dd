// The evidence bundle: BagIt bag in a deterministic zip, its validator, CSV writer and report.
export * from './types';
export * from './bundle';
export * from './bagit-writer';
export * from './bagit-validate';
export * from './csv-writer';
export * from './names';
export * from './report-html';
export * from './money-summary';
export * from './zip-read';
export * from './encrypted-copy';
