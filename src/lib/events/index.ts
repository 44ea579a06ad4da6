/** Civic events: model, French dates, iCalendar, schema.org JSON-LD out and in, agenda filters. */
export * from './model.js';
export * from './format-event.js';
export * from './ics.js';
export * from './json-ld.js';
export * from './schema-org.js';
export * from './filter.js';
export { slugify } from './text.js';
export * from './sources.js';
export * from './card-input.js';
