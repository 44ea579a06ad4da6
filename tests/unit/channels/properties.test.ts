/**
 * Whatever valid content comes in, every channel is within its hard limit or says what to shorten;
 * nothing throws, nothing becomes markup, and the same input gives the same bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/channels/read.js';
import { toChannels } from '../../../src/channels/to-channels.js';
import { OUTPUT_CHANNELS, type ChannelOutput } from '../../../src/channels/types.js';
import { graphemeCount } from '../../../src/tone/segment.js';
import { brand } from './fixtures.js';

/** French-looking words, typographic marks, markup, emoji and arbitrary graphemes. */
const piece = fc.oneof(
  fc.constantFrom('Rue', 'fermée', 'vœux', 'Œuvre', 'à', 'été', 'ça', 'l’école', '« marché »', 'Noël', '12 €', '<b>', '</script>', '*', '#', '[a](b)', '🎄', '👩‍👩‍👧', '\u00a0', ':', '!', '\n'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const text = (max: number) => fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(' ').slice(0, max));
const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });
const url = fc.oneof(fc.constant(undefined), fc.constant('https://www.ville-loos.fr/a'), fc.webUrl().filter((u) => u.startsWith('https://')));

const rawNotice = fc.record({
  id: fc.constant('n'), level: fc.constantFrom('info', 'warning', 'alert'), heading: text(300), message: text(10_000),
  published: day.map((d) => d.toISOString()), expires: fc.option(day.map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
  href: url, area: fc.option(text(300), { nil: undefined }),
});
const rawEvent = fc.record({
  id: fc.constant('e'), title: text(300), start: day.map((d) => d.toISOString()), end: fc.option(day.map((d) => d.toISOString()), { nil: undefined }),
  allDay: fc.boolean(), location: fc.option(fc.record({ name: text(300), city: fc.constant('Loos') }), { nil: undefined }),
  description: fc.option(text(5000), { nil: undefined }), price: fc.option(fc.oneof(fc.nat(100), text(40)), { nil: undefined }),
  category: fc.option(text(60), { nil: undefined }), href: url,
});
const rawFigure = fc.record({
  label: text(200), value: fc.double({ min: -1e12, max: 1e12, noNaN: true }), unit: fc.constantFrom('EUR', '%', 'habitants', ''),
  previous: fc.option(fc.double({ min: 1, max: 1e12, noNaN: true }), { nil: undefined }), period: fc.option(text(200), { nil: undefined }),
});

function expectWithinOrReported(output: ChannelOutput): void {
  expect(output.overLimit).toBe(output.measures.some((m) => m.over));
  for (const m of output.measures) {
    if (m.limit === undefined) continue;
    const counted = m.segments ?? m.length;
    expect(m.over).toBe(counted > m.limit);
  }
  if (output.overLimit) expect(output.notes.join(' ')).toMatch(/[Rr]accourcissez/u);
}

describe('any valid content in every channel', () => {
  it('is within each hard limit, or over it with a note saying what to shorten', () => {
    fc.assert(
      fc.property(fc.oneof(rawNotice, rawEvent, rawFigure), url, (raw, pageUrl) => {
        const { content } = readContent(raw);
        fc.pre(content !== undefined);
        const result = toChannels(content, { brand, ...(pageUrl === undefined ? {} : { url: pageUrl }) });
        expect(result.outputs).toHaveLength(OUTPUT_CHANNELS.length);
        for (const output of result.outputs) expectWithinOrReported(output);
        const byChannel = Object.fromEntries(result.outputs.map((o) => [o.channel, o]));
        // Push parts are the city's own limits, counted in graphemes.
        const push = byChannel.push;
        if (push !== undefined && !push.overLimit) {
          expect(graphemeCount(push.title ?? '')).toBeLessThanOrEqual(50);
          expect(graphemeCount(push.body ?? '')).toBeLessThanOrEqual(120);
        }
        // Instagram never carries a link it cannot make clickable (unless the author wrote one).
        expect(byChannel.instagram?.text).toContain('lien en bio');
        // Markup written in the content stays text in the press release.
        expect(byChannel.press?.html).not.toMatch(/<(?!\/?(?:article|h[123]|p|strong|ul|li|time|a)[\s>])/u);
        expect(JSON.stringify(toChannels(content, { brand, ...(pageUrl === undefined ? {} : { url: pageUrl }) }))).toBe(JSON.stringify(result));
      }),
      { numRuns: 30 },
    );
    // Each run lints seven texts of up to 10,000 characters twice, on a shared CI machine.
  }, 120_000);

  it('never throws on any input or options, and explains what it refused', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (content, options) => {
        const result = toChannels(content, (typeof options === 'object' && options !== null ? options : {}));
        expect(Array.isArray(result.outputs)).toBe(true);
        if (result.outputs.length === 0) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
