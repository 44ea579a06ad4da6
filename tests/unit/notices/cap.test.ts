import { describe, expect, it } from 'vitest';
import { parseCap } from '../../../src/lib/notices/cap.js';
import { fixture } from './fixtures.js';

const alertXml = (body: string, head = '<status>Actual</status><msgType>Alert</msgType>') =>
  `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>id-1</identifier><sender>s@loos</sender><sent>2026-03-14T06:00:00+01:00</sent>${head}${body}</alert>`;
const info = (severity: string, extra = '') =>
  `<info><language>fr-FR</language><event>E</event><severity>${severity}</severity><headline>Titre</headline><description>Texte</description>${extra}</info>`;

describe('parseCap — a single alert', () => {
  it('maps every CAP field to the notice', () => {
    const result = parseCap(fixture('cap-alert.xml'));
    expect(result).toMatchObject({ format: 'cap', readable: true, skipped: 0, ignored: 0 });
    expect(result.problems).toEqual([]);
    const [notice] = result.notices;
    expect(notice).toMatchObject({
      id: 'loos-2026-03-14-orages',
      level: 'alert',
      heading: 'Orages violents cet après-midi',
      href: 'https://www.ville-loos.fr/orages',
      source: 'Ville de Loos – cellule de crise',
      area: 'Loos',
    });
    // description + instruction, entities decoded, CDATA kept as text (never markup).
    expect(notice?.message).toBe(
      "Des orages avec grêle et rafales sont attendus à partir de 14 h & jusqu’en soirée.\n\nNe vous abritez pas sous les arbres.\nMettez à l'abri les objets sensibles au vent <surtout les trampolines>.",
    );
    // effective wins over sent.
    expect(notice?.published.toISOString()).toBe('2026-03-14T06:00:00.000Z');
    expect(notice?.expires?.toISOString()).toBe('2026-03-15T05:00:00.000Z');
  });

  it.each([
    ['Extreme', 'alert'],
    ['Severe', 'alert'],
    ['Moderate', 'warning'],
    ['Minor', 'info'],
    ['Unknown', 'info'],
  ])('maps severity %s to %s', (severity, level) => {
    expect(parseCap(alertXml(info(severity))).notices[0]?.level).toBe(level);
  });

  it('shows an unknown severity as information and reports it', () => {
    const result = parseCap(alertXml(info('Catastrophique')));
    expect(result.notices[0]?.level).toBe('info');
    expect(result.problems[0]?.field).toBe('alert.info.severity');
  });

  it('uses sent when there is no effective time', () => {
    expect(parseCap(alertXml(info('Minor'))).notices[0]?.published.toISOString()).toBe('2026-03-14T05:00:00.000Z');
  });

  it.each(['Test', 'Exercise', 'System', 'Draft'])('does not show a %s message', (status) => {
    const result = parseCap(alertXml(info('Extreme'), `<status>${status}</status><msgType>Alert</msgType>`));
    expect(result.notices).toEqual([]);
    expect(result.ignored).toBe(1);
    expect(result.problems).toEqual([]);
  });

  it('does not show the Test fixture', () => {
    expect(parseCap(fixture('cap-test-status.xml')).notices).toEqual([]);
  });

  it('refuses an alert declared in another namespace, whatever it holds', () => {
    const forged = alertXml(info('Extreme')).replace('urn:oasis:names:tc:emergency:cap:1.2', 'http://evil.example/not-cap');
    const result = parseCap(forged);
    expect(result.notices).toEqual([]);
    expect(result.problems).toContainEqual(expect.objectContaining({ field: 'alert', value: 'http://evil.example/not-cap' }));
    // The namespace may be declared with a prefix, on an ancestor: it is resolved there.
    const prefixed = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:cap="http://evil.example/not-cap"><entry><title>T</title><content>${alertXml(info('Minor'))
      .replace(' xmlns="urn:oasis:names:tc:emergency:cap:1.2"', '')
      .replace(/<(\/?)([a-zA-Z]+)/g, '<$1cap:$2')}</content></entry></feed>`;
    expect(parseCap(prefixed).notices).toEqual([]);
    // CAP's own namespace, by prefix on an ancestor, is read.
    const good = prefixed.replace('http://evil.example/not-cap', 'urn:oasis:names:tc:emergency:cap:1.2');
    expect(parseCap(good).notices).toHaveLength(1);
  });

  it('names the CAP element at fault when an alert is unusable', () => {
    const result = parseCap(alertXml('<info><severity>Minor</severity><description>Texte</description></info>'));
    expect(result.notices).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(result.problems.map((p) => p.field)).toContain('alert.info.headline');
  });

  it('refuses a javascript: web link but keeps the alert', () => {
    const result = parseCap(alertXml(info('Severe', '<web>javascript:alert(1)</web>')));
    expect(result.notices[0]?.href).toBeUndefined();
    expect(result.problems.map((p) => p.field)).toContain('alert.info.web');
  });

  it('says an XML document that is not CAP is unreadable', () => {
    expect(parseCap('<html><body>Erreur 500</body></html>').readable).toBe(false);
    expect(parseCap('<alert><oups></alert>').readable).toBe(false);
  });
});

describe('parseCap — an Atom feed', () => {
  it('prefers the French info block and reads prefixed and default namespaces', () => {
    const result = parseCap(fixture('cap-atom.xml'));
    expect(result).toMatchObject({ format: 'atom', readable: true, skipped: 0 });
    expect(result.notices.map((n) => [n.id, n.level, n.heading])).toEqual([
      ['loos-crue-2026-03-14', 'warning', 'Risque de crue le long de la Deûle'],
      ['loos-pollen-2026-03-13', 'info', 'Pollens de bouleau en hausse'],
    ]);
    expect(result.notices[0]?.area).toBe('Berges de la Deûle, Quartier du Marais');
    expect(result.notices[0]?.message).toBe('La Deûle peut déborder cette nuit.\n\nNe stationnez pas le long des berges.');
  });

  it('takes the English block when asked for English', () => {
    expect(parseCap(fixture('cap-atom.xml'), { language: 'en' }).notices[0]?.heading).toBe('Risk of flooding along the Deûle');
  });

  it('removes the alerts that a Cancel message references, whatever the order', () => {
    const result = parseCap(fixture('cap-cancel.xml'));
    expect(result.notices.map((n) => n.id)).toEqual(['loos-collecte-2026-03-14']);
    expect(result.ignored).toBe(2); // the Cancel itself and the cancelled alert
    expect(result.problems).toEqual([]);
  });

  it('lets an Update replace the alert it references', () => {
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom">
      <entry>${alertXml(info('Moderate'))}</entry>
      <entry>${alertXml(info('Severe'), '<status>Actual</status><msgType>Update</msgType><references>s@loos,id-1,2026-03-14T06:00:00+01:00</references>').replace('<identifier>id-1</identifier>', '<identifier>id-2</identifier>')}</entry>
    </feed>`;
    expect(parseCap(feed).notices.map((n) => [n.id, n.level])).toEqual([['id-2', 'alert']]);
  });

  it('counts an entry that only links to a CAP file (links are not followed)', () => {
    const result = parseCap('<feed><entry><link href="https://ailleurs.example/alerte.xml"/></entry></feed>');
    expect(result.readable).toBe(true);
    expect(result.skipped).toBe(1);
    expect(result.problems[0]?.field).toBe('entry[0]');
  });
});

describe('parseCap — an entity flood', () => {
  it('gives a bounded list of problems, one per kind with its count', () => {
    const flood = alertXml(`<info><language>fr-FR</language><event>E</event><severity>Severe</severity><headline>Titre</headline><description>${'&x;'.repeat(130_000)}</description></info>`);
    expect(flood.length).toBeGreaterThan(390_000);
    const result = parseCap(flood);
    expect(result.problems.length).toBeLessThan(10);
    expect(result.problems[0]).toEqual({ field: 'xml', message: '130000 entités inconnues laissées telles quelles (la première : « &x; »).' });
    // The problems can be spread into a call (what an element does) without overflowing the stack.
    expect(() => [].concat(...(result.problems as never[]))).not.toThrow();
  });
});
