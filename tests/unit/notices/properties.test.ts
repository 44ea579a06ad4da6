/** Whatever a feed contains, the parsers give a list plus problems and never throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCap } from '../../../src/lib/notices/cap.js';
import { parseFeed } from '../../../src/lib/notices/detect.js';
import { parseJsonFeed } from '../../../src/lib/notices/json-feed.js';
import { validateNotice } from '../../../src/lib/notices/model.js';
import { readXml } from '../../../src/lib/notices/xml.js';
import { fixture } from './fixtures.js';

function expectWellFormed(result: ReturnType<typeof parseFeed>): void {
  expect(Array.isArray(result.notices)).toBe(true);
  expect(Array.isArray(result.problems)).toBe(true);
  for (const notice of result.notices) {
    expect(Number.isNaN(notice.published.getTime())).toBe(false);
    expect(notice.heading.length).toBeGreaterThan(0);
  }
  if (!result.readable) expect(result.problems.length).toBeGreaterThan(0);
}

/** XML-looking text: tags, entities, CDATA and junk glued together. */
const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('<alert>', '</alert>', '<info>', '</info>', '<headline>', '</headline>', '<status>Actual</status>', '<msgType>Cancel</msgType>'),
      fc.constantFrom('<feed>', '</feed>', '<entry>', '</entry>', '<![CDATA[', ']]>', '<!--', '-->', '<?x?>', '<!DOCTYPE a [', ']>'),
      fc.constantFrom('&amp;', '&#0;', '&#x110000;', '&lol;', '<a b="1">', "<a b='&'/>", '<a b=1>', '<', '>', '/'),
      fc.constantFrom('<alerts>', '</alerts>', '<rss>', '</rss>', '<channel>', '<item>', '</item>', '<title>T</title>', '<link>https://a.fr</link>'),
      fc.constantFrom('<pubDate>Sat, 14 Mar 2026 08:15:00 GMT</pubDate>', '<pubDate>Xyz, 99 Foo 26 99:99 PST</pubDate>', '<summary type="html">&lt;p&gt;a', '<description>###\r\n\r\n</description>'),
      fc.constantFrom('<event>E</event>', '<severity>Extreme</severity>', '<expires>2026-03-14T06:00:00+01:00</expires>', '<sent>2026-03-14T06:00:00+01:00</sent>'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** JSON-looking entries with every field of any type. */
const anyEntry = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    level: fc.oneof(fc.constantFrom('info', 'warning', 'alert', 'ALERT'), fc.anything()),
    heading: fc.oneof(fc.string(), fc.anything()),
    message: fc.oneof(fc.string(), fc.anything()),
    published: fc.oneof(fc.constantFrom('2026-03-14', '2026-02-30', '2026-03-14T25:00', ''), fc.string(), fc.anything()),
    expires: fc.oneof(fc.constantFrom('2026-03-15', 'demain'), fc.anything()),
    href: fc.oneof(fc.constantFrom('https://a.fr', 'javascript:x', '\tjava\nscript:x', '//x', '\\\\x'), fc.string(), fc.anything()),
    linkLabel: fc.anything(),
    area: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('feed parsers never throw', () => {
  it('parseFeed on any string and any content type', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), xmlish), fc.option(fc.string()), (body, type) => {
        expectWellFormed(parseFeed(body, type));
      }),
      { numRuns: 500 },
    );
  });

  it('parseJsonFeed on any JSON value and any list of entries', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ notices: fc.array(fc.oneof(anyEntry, fc.anything())) })), (value) => {
        expectWellFormed(parseJsonFeed(value));
        expectWellFormed(parseJsonFeed(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('parseCap on XML-like text', () => {
    fc.assert(
      fc.property(xmlish, (xml) => {
        expectWellFormed(parseCap(xml));
        expect(() => readXml(xml)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('parseCap on every cut and every one-character damage of the fixtures', () => {
    const sources = ['cap-alert.xml', 'cap-atom.xml', 'cap-cancel.xml'].map(fixture);
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.nat(), fc.nat(), fc.string({ maxLength: 3 }), (source, cut, at, insert) => {
        expectWellFormed(parseCap(source.slice(0, cut % (source.length + 1))));
        const position = at % (source.length + 1);
        expectWellFormed(parseCap(source.slice(0, position) + insert + source.slice(position + 1)));
      }),
      { numRuns: 300 },
    );
  });

  it('validateNotice either gives a notice or says why not', () => {
    fc.assert(
      fc.property(fc.oneof(anyEntry, fc.anything()), (entry) => {
        const { value, problems } = validateNotice(entry);
        expect(value !== undefined || problems.length > 0).toBe(true);
        if (value?.href !== undefined) expect(value.href).not.toMatch(/^\s*javascript:/i);
      }),
      { numRuns: 500 },
    );
  });
});
