/** Official notices without any element: model, parsers, timing, storage. */
export * from './model.js';
export * from './active.js';
export * from './clock.js';
export * from './xml.js';
export * from './json-feed.js';
export * from './cap.js';
export * from './detect.js';
export * from './dismissals.js';
export * from './feed-source.js';
export * from './feed-body.js';
export * from './display.js';
