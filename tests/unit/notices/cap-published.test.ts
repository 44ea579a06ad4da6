/**
 * CAP as agencies really publish it: optional description, wrappers
 * of several alerts, Atom and RSS indexes, languages other than the page's, messy text.
 */
import { describe, expect, it } from 'vitest';
import { parseCap } from '../../../src/lib/notices/cap.js';
import { parseFeed } from '../../../src/lib/notices/detect.js';
import { fixture } from './fixtures.js';

const alertXml = (info: string) =>
  `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>id-1</identifier><sender>s@loos</sender><sent>2026-03-14T06:00:00+01:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>${info}</alert>`;
const infoBlock = (language: string, headline: string) =>
  `<info><language>${language}</language><category>Met</category><event>E</event><urgency>Expected</urgency><severity>Minor</severity><certainty>Likely</certainty><headline>${headline}</headline></info>`;

describe('CAP alert without <description> (point 8)', () => {
  it('shows an Extreme/Immediate alert that only has a headline, with the headline as its message', () => {
    const result = parseCap(fixture('cap-headline-only.xml'));
    expect(result.skipped).toBe(0);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatchObject({
      level: 'alert',
      heading: 'Crue majeure de la Deûle : quittez les berges immédiatement',
      message: 'Crue majeure de la Deûle : quittez les berges immédiatement',
      area: 'Loos, Haubourdin',
      source: 'Préfecture du Nord',
    });
    expect(result.problems).toEqual([]);
  });

  it('falls back on the event when there is neither description nor headline', () => {
    const xml = alertXml('<info><language>fr</language><event>Canicule</event><urgency>Expected</urgency><severity>Moderate</severity><certainty>Likely</certainty></info>');
    const [notice] = parseCap(xml).notices;
    expect(notice).toMatchObject({ heading: 'Canicule', message: 'Canicule', level: 'warning' });
  });

  it('shows an alert without identifier that has a headline, and says which identifier it was given', () => {
    const xml = alertXml(infoBlock('fr', 'Tempête')).replace('<identifier>id-1</identifier>', '');
    const result = parseCap(xml);
    expect(result.notices[0]).toMatchObject({ id: 's@loos 2026-03-14T06:00:00+01:00 Tempête', heading: 'Tempête' });
    expect(result.problems.map((found) => found.field)).toEqual(['alert.identifier']);
  });

  it('keeps the instruction as the message when only the description is missing', () => {
    const xml = alertXml('<info><language>fr</language><event>Crue</event><severity>Severe</severity><headline>Crue</headline><instruction>Montez à l’étage.</instruction></info>');
    expect(parseCap(xml).notices[0]?.message).toBe('Montez à l’étage.');
  });
});

describe('CAP as published (point 9)', () => {
  it('reads every alert of an <alerts> wrapper', () => {
    const result = parseCap(fixture('cap-alerts-wrapper.xml'));
    expect(result.readable).toBe(true);
    expect(result.notices.map((notice) => notice.id)).toEqual([
      'loos-seisme-2026-03-14',
      'loos-vent-2026-03-14',
      'loos-canicule-2026-03-14',
    ]);
    expect(result.skipped).toBe(0);
  });

  it('accepts an alert whose expiry equals its sending time (an instant notice)', () => {
    const result = parseCap(fixture('cap-alerts-wrapper.xml'));
    const instant = result.notices.find((notice) => notice.id === 'loos-seisme-2026-03-14');
    expect(instant).toBeDefined();
    expect(instant?.published.toISOString()).toBe('2026-03-14T08:00:00.000Z');
    expect(result.problems.filter((found) => found.field.includes('expires'))).toEqual([]);
  });

  it('tidies « ### » separator lines and runs of CRLF instead of showing them raw', () => {
    const result = parseCap(fixture('cap-alerts-wrapper.xml'));
    expect(result.notices[0]?.message).toBe("Une secousse de faible magnitude a été ressentie.\n\nAucun dégât n'est signalé.");
    expect(result.notices[1]?.message).toBe('Strong winds this afternoon.\n\nSecure loose objects.');
  });

  it('prefers French, then English, then the first block when none is in the page language', () => {
    const result = parseCap(fixture('cap-alerts-wrapper.xml'));
    expect(result.notices[1]?.heading).toBe('Gusts up to 100 km/h');
    expect(result.notices[2]?.heading).toBe('Hitte');
    const bilingual = alertXml(infoBlock('en-US', 'English') + infoBlock('fr-CA', 'Français') + infoBlock('es', 'Español'));
    expect(parseCap(bilingual, { language: 'es' }).notices[0]?.heading).toBe('Español');
    expect(parseCap(bilingual, { language: 'de' }).notices[0]?.heading).toBe('Français');
    // CAP's default language is en-US: a block without <language> is English.
    const unmarked = alertXml(infoBlock('de', 'Deutsch') + infoBlock('de', 'Sans langue').replace('<language>de</language>', ''));
    expect(parseCap(unmarked, { language: 'nl' }).notices[0]?.heading).toBe('Sans langue');
  });

  it('reads an Atom index whose entries only link to CAP files, from what the entry holds', () => {
    const result = parseCap(fixture('cap-atom-links.xml'));
    expect(result.format).toBe('atom');
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatchObject({
      id: '2.49.0.1.250.0.orages-0314',
      level: 'alert',
      heading: 'Vigilance orange orages – Nord',
      message: 'Orages forts attendus & grêle possible.\n\nRentrez le mobilier de jardin.',
      area: 'Nord',
      href: 'https://alertes.example/nord/orages',
    });
    expect(result.notices[0]?.published.toISOString()).toBe('2026-03-14T11:00:00.000Z');
    expect(result.notices[0]?.expires?.toISOString()).toBe('2026-03-15T05:00:00.000Z');
    // The exercise is not shown; the entry with nothing to show is counted and explained.
    expect(result.ignored).toBe(1);
    expect(result.skipped).toBe(1);
    expect(result.problems.map((found) => found.field)).toContain('entry[2]');
  });

  it('reads an RSS feed: an embedded alert, and an item that only links to its CAP file', () => {
    const result = parseFeed(fixture('cap-rss.xml'));
    expect(result.format).toBe('rss');
    expect(result.notices.map((notice) => [notice.id, notice.level, notice.heading, notice.message])).toEqual([
      ['loos-eau-2026-03-14', 'warning', "Coupure d'eau rue Foch de 8 h à 12 h", "Coupure d'eau rue Foch de 8 h à 12 h"],
      ['loos-parc-2026-03-14', 'info', 'Fermeture du parc du Clos Mademoiselle', "Vents forts : le parc est fermé jusqu'à demain matin."],
    ]);
    expect(result.notices[1]?.published.toISOString()).toBe('2026-03-14T08:15:00.000Z');
    expect(result.notices[1]?.href).toBe('https://www.ville-loos.fr/alertes/parc');
    // No severity in a plain item: shown as information, and said.
    expect(result.problems.map((found) => found.field)).toEqual(['item[1].severity']);
  });

  it('shows the HTML of an entry as text, without its scripts', () => {
    const rss = '<rss><channel><item><title>Titre</title><guid>g-1</guid><pubDate>Sat, 14 Mar 2026 08:15:00 +0100</pubDate>'
      + '<description>&lt;p&gt;Texte &amp;amp; suite&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item></channel></rss>';
    const [notice] = parseCap(rss).notices;
    expect(notice?.message).toBe('Texte & suite');
    expect(notice?.published.toISOString()).toBe('2026-03-14T07:15:00.000Z');
  });

  it('says a wrapper without any alert is not a feed of alerts', () => {
    const result = parseCap('<alerts><note>rien</note></alerts>');
    expect(result.readable).toBe(false);
    expect(result.problems[0]?.message).toMatch(/<alerts>/);
  });
});
