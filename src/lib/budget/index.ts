/** The municipal budget model: validation, SCDL CSV, aggregation, rounding, words and export. */
export * from './model.js';
export * from './scdl-csv.js';
export * from './scdl-columns.js';
export * from './aggregate.js';
export * from './rounding.js';
export * from './words.js';
export * from './view.js';
export * from './summary.js';
export * from './csv-export.js';
export * from './glossary.js';
export * from './load.js';
export * from './key-figure.js';
export * from './french-amount.js';
export * from './html-table.js';
