/** The worked examples of docs/channels.md: synthetic content written for these tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../../src/channels/read.js';
import type { Brand, ChannelContent } from '../../../src/channels/types.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/channels/', import.meta.url));

export function readJson(name: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as unknown;
}

export function content(name: string): ChannelContent {
  const { content: value, problems } = readContent(readJson(name));
  if (value === undefined) throw new Error(`${name}: ${JSON.stringify(problems)}`);
  return value;
}

export const brand = readJson('brand.json') as Brand;

/** Each example, with the press release date when the content carries none (an event). */
export const EXAMPLES = [
  { name: 'road-closure', file: 'road-closure.notice.json', options: {} },
  { name: 'new-year-wishes', file: 'new-year-wishes.event.json', options: { issued: '2027-01-04' } },
  { name: 'investment', file: 'investment.key-figure.json', options: {} },
] as const;
