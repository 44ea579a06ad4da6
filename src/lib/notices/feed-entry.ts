/**
 * An Atom `<entry>` or RSS `<item>` that does not embed a CAP `<alert>` but only links to one
 * (the usual index of national alerting services). The linked file is never fetched — a feed
 * element requests nothing but its own `src` — so the notice is built from what the entry itself
 * holds: its title and summary, and the CAP extension elements such services repeat in it
 * (`cap:identifier`, `cap:severity`, `cap:effective`, `cap:expires`, `cap:areaDesc`, `cap:status`…).
 */
import { problem, type InputProblem } from '../invalid.js';
import { alertMessage, isNeverShown, levelOfSeverity, type AlertOutcome } from './cap-fields.js';
import { validateNotice } from './model.js';
import { childText, childrenNamed, decodeEntities, type XmlElement } from './xml.js';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const ZONES: Record<string, string> = {
  GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

/** An RSS date (RFC 822: `Sat, 14 Mar 2026 08:15:00 +0100`) as ISO 8601; `undefined` when it is not one. */
export function rfc822ToIso(text: string): string | undefined {
  const match = /^\s*(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?\s*$/i.exec(text);
  if (match === null) return undefined;
  const [, day = '', monthName = '', year = '', hour = '', minute = '', second = '00', zone = ''] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase()) / 3 + 1;
  const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES[zone.toUpperCase()];
  if (!Number.isInteger(month) || (zone !== '' && offset === undefined)) return undefined;
  const two = (value: string | number) => String(value).padStart(2, '0');
  const fullYear = year.length === 2 ? `20${year}` : year;
  return `${fullYear}-${two(month)}-${two(day)}T${two(hour)}:${minute}:${second}${offset ?? ''}`;
}

/** Entry text that may be HTML (`type="html"`, RSS descriptions): tags removed, paragraphs kept. */
function entryText(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const type = element.attributes.get('type') ?? '';
  if (type === 'text' || !/[<&]/.test(element.text)) return element.text;
  const html = element.text.replace(/<\s*(script|style)\b[\s\S]*?<\s*\/\s*\1\s*>/gi, '');
  return decodeEntities(html.replace(/<\s*(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '\n\n').replace(/<[^>]*>/g, ''));
}

/** The page about the alert: a text/html link first, else a link that is not an XML file. */
function entryLink(entry: XmlElement): string | undefined {
  const links = childrenNamed(entry, 'link');
  const rss = links.find((link) => link.attributes.size === 0)?.text.trim();
  if (rss !== undefined && rss !== '') return rss;
  const html = links.find((link) => link.attributes.get('type') === 'text/html');
  const other = links.find((link) => !/xml/i.test(link.attributes.get('type') ?? '') && !/\.xml$/i.test(link.attributes.get('href') ?? ''));
  return (html ?? other)?.attributes.get('href');
}

/** Reads an entry without an embedded alert. `field` names it in problems (`entry[2]`, `item[0]`). */
export function readFeedEntry(entry: XmlElement, field: string): AlertOutcome {
  const problems: InputProblem[] = [];
  if (isNeverShown(childText(entry, 'status'), childText(entry, 'msgType')) || childText(entry, 'msgType') === 'Cancel') {
    return { kind: 'ignored', problems, withdraws: [] };
  }
  const event = childText(entry, 'event');
  const heading = childText(entry, 'title') ?? childText(entry, 'headline') ?? event;
  if (heading === undefined) {
    problems.push(problem(field, "L'entrée n'a ni titre ni événement CAP : rien à afficher (le fichier CAP lié n'est pas lu)."));
    return { kind: 'invalid', problems, withdraws: [] };
  }
  const summary = ['summary', 'description', 'content'].map((name) => entryText(entry.children.find((child) => child.name === name)));
  const dated = childText(entry, 'effective') ?? childText(entry, 'sent') ?? childText(entry, 'published') ?? childText(entry, 'updated');
  const pubDate = childText(entry, 'pubDate') ?? childText(entry, 'date');
  const level = levelOfSeverity(childText(entry, 'severity'), `${field}.severity`, problems);
  const { value, problems: noticeProblems } = validateNotice(
    {
      id: childText(entry, 'identifier') ?? childText(entry, 'id') ?? childText(entry, 'guid') ?? entryLink(entry),
      level,
      heading,
      message: alertMessage([summary.find((text) => text !== undefined && text.trim() !== '')], [heading, event]),
      published: dated ?? (pubDate === undefined ? undefined : rfc822ToIso(pubDate) ?? pubDate),
      expires: childText(entry, 'expires'),
      href: entryLink(entry),
      area: childText(entry, 'areaDesc'),
      source: childText(entry, 'senderName'),
    },
    field,
  );
  problems.push(...noticeProblems);
  return value === undefined
    ? { kind: 'invalid', problems, withdraws: [] }
    : { kind: 'notice', notice: value, sender: undefined, problems, withdraws: [] };
}
