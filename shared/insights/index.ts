// Data series for the insights charts: pure, single-pass builders, run in a worker over the whole history.
export * from './counted';
export * from './monthly-flows';
export * from './heatmap';
export * from './counterparties';
export * from './findings-over-time';
export * from './fees';
export * from './balance';
export * from './coverage';
