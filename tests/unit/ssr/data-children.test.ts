/**
 * Rich data rendered by the server reaches the browser: `renderElement` writes it as the
 * `<script type="application/json">` child that the element reads before hydrating, in a form no
 * HTML parser can end early.
 */
import { describe, expect, it } from 'vitest';
import samples from '../../fixtures/events/schema-org.json';
import { readableText } from '../../fixtures/ssr/discover.js';
import { dataChild, jsonForScript } from '../../../src/ssr/data-children.js';
import { html, renderElement, renderHtml } from '../../../src/ssr/index.js';

/** The script children of the host (light DOM), as the browser's parser would see them. */
function dataScripts(output: string): { type: string; text: string }[] {
  const light = output.replace(/<template shadowroot[\s\S]*<\/template>/, '');
  return [...light.matchAll(/<script type="([^"]+)">([\s\S]*?)<\/script/gi)].map((match) => ({ type: match[1]!, text: match[2]! }));
}

const events = [{ id: 'conseil', title: 'Conseil municipal', start: '2026-12-15T18:00', location: { name: 'Hôtel de ville', city: 'Loos' } }];

describe('renderElement writes the data the browser hydrates from', () => {
  it('puts the events of <loos-event-list> in a JSON child that reads back as the same events', async () => {
    const output = await renderElement('loos-event-list', { attributes: { now: '2026-11-01T12:00' }, properties: { events } });
    const scripts = dataScripts(output);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.type).toBe('application/json');
    expect(JSON.parse(scripts[0]!.text)).toEqual(events);
    expect(readableText(output)).toContain('Conseil municipal');
  });

  it('renders a schema.org JSON-LD agenda at once (the browser loads that reader only on demand)', async () => {
    const output = await renderElement('loos-event-list', { attributes: { now: '2026-12-01T09:00' }, properties: { events: samples.graph } });
    const text = readableText(output);
    expect(text).toContain('Jazz à La Fileuse');
    expect(text).not.toContain('Chargement');
  });

  it('puts the notices of <loos-notice-feed> in the feed format { "notices": [...] }', async () => {
    const notices = [{ id: 'eau', level: 'info', heading: 'Coupure d’eau', message: 'Rue Foch, samedi matin.', published: '2026-03-12' }];
    const output = await renderElement('loos-notice-feed', { properties: { notices } });
    expect(JSON.parse(dataScripts(output)[0]!.text)).toEqual({ notices });
    const text = readableText(output);
    expect(text).toContain('Coupure d’eau');
    expect(text).not.toContain('Chargement');
  });

  it('puts a budget given as an object, as JSON text or as SCDL CSV in a child of the right type', async () => {
    const budget = { year: 2026, stage: 'budget primitif', section: 'fonctionnement', flow: 'dépenses', lines: [{ label: 'Écoles', amount: 100 }] };
    const asObject = dataScripts(await renderElement('loos-budget-chart', { properties: { data: budget } }));
    expect(asObject.map((script) => script.type)).toEqual(['application/json']);
    expect(JSON.parse(asObject[0]!.text)).toEqual(budget);
    const asText = dataScripts(await renderElement('loos-budget-chart', { properties: { data: JSON.stringify(budget) } }));
    expect(JSON.parse(asText[0]!.text)).toEqual(budget);
    const csv = 'EXER;NOMEN;SENS;FONCTION;MTREAL\n2026;M57;D;2;100';
    expect(dataScripts(await renderElement('loos-budget-chart', { properties: { data: csv } }))).toEqual([{ type: 'text/csv', text: csv }]);
  });

  it('writes the event of <loos-event-card> as the card’s attributes, which the browser reads back', async () => {
    const event = { id: 42, title: 'Marché de Noël', start: '2026-12-12T10:00', allDay: false, location: { name: 'Place de la République', city: 'Loos' }, image: { src: '/img/marche.svg', alt: '' }, price: 0, accessibility: ['wheelchair', 'hearing-loop'] };
    const output = await renderElement('loos-event-card', { attributes: { 'heading-level': 2 }, properties: { event } });
    const host = /<loos-event-card[^>]*>/.exec(output)![0];
    for (const written of ['event-id="42"', 'event-title="Marché de Noël"', 'start="2026-12-12T10:00"', 'location-name="Place de la République"', 'location-city="Loos"', 'image-src="/img/marche.svg"', 'image-alt price="0"', 'accessibility="wheelchair hearing-loop"', 'heading-level="2"']) {
      expect(host).toContain(written);
    }
    expect(host).not.toContain('all-day');
    expect(dataScripts(output)).toEqual([]);
    const text = readableText(output);
    expect(text).toContain('Marché de Noël');
    expect(text).toContain('Gratuit');
  });

  it('refuses, in French, an event field that has no attribute form, instead of losing it', async () => {
    await expect(renderElement('loos-event-card', { properties: { event: { title: 'Fête', start: '2026-12-12', tickets: 3 } } })).rejects.toThrow(
      '<loos-event-card> : « tickets » de la propriété event n\'a pas de forme attribut ; écrivez la carte avec ses attributs (event-title, start, location-name…).',
    );
    await expect(renderElement('loos-event-card', { properties: { event: 'Fête' } })).rejects.toThrow(/la valeur de la propriété event doit être un objet/);
    await expect(renderElement('loos-event-card', { properties: { event: { title: 'Fête', start: new Date() } } })).rejects.toThrow(/« start » de la propriété event doit être un texte ou un nombre/);
  });

  it('keeps the author’s children after the data child', async () => {
    const output = await renderElement('loos-event-list', { properties: { events }, children: html`<p>Agenda complet</p>` });
    expect(output.replace(/<template shadowroot[\s\S]*<\/template>/, '')).toMatch(/<script type="application\/json">[\s\S]*<\/script>[\s\S]*<p>Agenda complet<\/p>/);
  });

  it('writes no child for an absent value, nor for a property that has no script form', async () => {
    expect(dataScripts(await renderElement('loos-event-list', { properties: { events: undefined } }))).toEqual([]);
    expect(dataScripts(await renderElement('loos-official-banner', { properties: { domain: 'loos.fr' } }))).toEqual([]);
  });
});

describe('the data child cannot become markup', () => {
  const hostile = '</script><script>alert(1)</script><!-- <script>';

  it('escapes every < of the JSON, so that a text cannot close the script', async () => {
    const output = await renderElement('loos-event-list', {
      attributes: { now: '2026-11-01T12:00' },
      properties: { events: [{ ...events[0], title: hostile }] },
    });
    expect(output).not.toContain('<script>alert(1)');
    expect(output).not.toMatch(/<script type="application\/json">[^<]*<!--/);
    const [script] = dataScripts(output);
    expect((JSON.parse(script!.text) as { title: string }[])[0]!.title).toBe(hostile);
    // The title is still shown as text by the element.
    expect(readableText(output)).toContain(hostile);
  });

  it('escapes a budget given as JSON text, which travels as written but for its < signs', async () => {
    const budget = JSON.stringify({ year: 2026, stage: 'budget primitif', section: 'fonctionnement', flow: 'dépenses', source: { text: hostile }, lines: [{ label: hostile, amount: 1 }] });
    const output = await renderElement('loos-budget-chart', { properties: { data: budget } });
    expect(output).not.toContain('<script>alert(1)');
    const [script] = dataScripts(output);
    expect(script!.type).toBe('application/json');
    expect((JSON.parse(script!.text) as { lines: { label: string }[] }).lines[0]!.label).toBe(hostile);
  });

  it('escapes < in JSON given as text too', () => {
    expect(jsonForScript(JSON.stringify({ a: '</SCRIPT>' }))).toBe('{"a":"\\u003c/SCRIPT>"}');
  });

  it('refuses a CSV that would end the script, and data that is not JSON', () => {
    expect(() => dataChild('loos-budget-chart', 'EXER;NOMEN\n</script><p>')).toThrow(/JSON/);
    expect(() => dataChild('loos-budget-chart', 'EXER;NOMEN\n<!-- x')).toThrow(TypeError);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => dataChild('loos-event-list', [circular])).toThrow(/events de <loos-event-list>/);
    expect(() => dataChild('loos-event-list', [{ id: 1n }])).toThrow(TypeError);
  });

  it('renders on the server from what the browser will read back (a date becomes its ISO text)', () => {
    const start = new Date('2026-12-15T17:00:00Z');
    const { serverValue } = dataChild('loos-event-list', [{ title: 'Conseil', start }]);
    expect(serverValue).toEqual([{ title: 'Conseil', start: '2026-12-15T17:00:00.000Z' }]);
  });
});

describe('renderHtml with a data child written by hand', () => {
  it('renders the element from the child it reads, and keeps that one child for the browser to hydrate from', async () => {
    const markup = `<loos-event-list now="2026-11-01T12:00"><script type="application/json">${JSON.stringify(events)}</script></loos-event-list>`;
    const output = await renderHtml(markup);
    expect(output).toContain('<template shadowroot');
    expect(readableText(output)).toContain('Conseil municipal');
    expect(dataScripts(output)).toHaveLength(1);
    expect(JSON.parse(dataScripts(output)[0]!.text)).toEqual(events);
  });

  it('leaves to the browser a child the server cannot read (malformed JSON), which the browser reports', async () => {
    const output = await renderHtml('<loos-event-list><script type="application/json">[{ "title": </script></loos-event-list>');
    expect(output).not.toContain('<template shadowroot');
    expect(dataScripts(output)).toHaveLength(1);
  });

  it('still renders an element fed by src on the server (it says it is loading, as the browser will)', async () => {
    const output = await renderHtml('<loos-notice-feed src="/avis.json"></loos-notice-feed>');
    expect(readableText(output)).toContain('Chargement des avis officiels…');
  });
});
