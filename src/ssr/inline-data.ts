/**
 * `renderHtml` gets markup, and Lit's server gives elements no children: without this module, a
 * budget chart, an agenda or a feed whose data is written in the page (a `<script>` child, a
 * `<table>`, a `<ul>`) would be left to the browser, and a resident without JavaScript would see
 * nothing of it. Here each such element is read from the markup and rebuilt with `elementTemplate`
 * and its data property, so the server renders it — and writes the JSON child the browser then
 * hydrates from (./data-children.ts).
 *
 * The same goes for the content the other elements read from their light DOM: the title of an
 * event card (its heading) and the figure of a key figure (its text).
 *
 * An element is left exactly as written whenever the server could not render what the browser
 * will: data fetched from `src`, a previous year's budget in a second child, data with problems
 * (the browser reads the markup itself and reports each one through `loos-invalid`).
 */
import { html, type TemplateResult } from 'lit';
import { budgetFromTable } from '../lib/budget/html-table.js';
import { figureFromText } from '../lib/budget/figure-text.js';
import { BUDGET_GROUPINGS } from '../lib/budget/chart-settings.js';
import { budgetFromText, isJsonText, type LoadOptions } from '../lib/budget/load.js';
import { budgetFromScdl } from '../lib/budget/scdl-csv.js';
import { BUDGET_FLOWS, BUDGET_SECTIONS, type BudgetFlow, type BudgetSection } from '../lib/budget/model.js';
import { dataSourceOf } from '../lib/data-sources.js';
import { eventsFromListItems } from '../lib/events/html-list.js';
import { ATTRIBUTES_SOURCE, firstElement, listItemsFromMarkup, markupText, parseAttributes, tableCellsFromMarkup } from './markup.js';

/** What `elementTemplate` takes (./index.ts), passed in to keep the modules acyclic. */
interface Rebuilt {
  readonly attributes: Record<string, string>;
  readonly properties?: Record<string, unknown>;
  readonly inner: string;
}
type Build = (tag: string, input: { attributes: Record<string, string>; properties?: Record<string, unknown>; children: TemplateResult }) => TemplateResult;

const READ_TAGS = ['loos-budget-chart', 'loos-event-list', 'loos-notice-feed', 'loos-key-figure', 'loos-event-card'];
const SCRIPT = new RegExp(`<script${ATTRIBUTES_SOURCE}([\\s\\S]*?)</script\\s*>`, 'gi');

/** Trusted markup as a Lit template, each element of READ_TAGS that the server can render rebuilt with its data. */
export function trustedTemplate(markup: string, build: Build): TemplateResult {
  const strings: string[] = [];
  const values: TemplateResult[] = [];
  const open = new RegExp(`<(${READ_TAGS.join('|')})${ATTRIBUTES_SOURCE}`, 'gi');
  let written = 0;
  for (let match = open.exec(markup); match !== null; match = open.exec(markup)) {
    const tag = (match[1] ?? '').toLowerCase();
    const from = match.index + match[0].length;
    const close = markup.toLowerCase().indexOf(`</${tag}`, from);
    const closeEnd = close === -1 ? -1 : markup.indexOf('>', close);
    if (closeEnd === -1) break;
    const rebuilt = rebuild(tag, parseAttributes(match[2] ?? ''), markup.slice(from, close));
    if (rebuilt === undefined) continue; // left as written; the elements inside it are still looked at
    strings.push(markup.slice(written, match.index));
    values.push(build(tag, { attributes: rebuilt.attributes, ...(rebuilt.properties === undefined ? {} : { properties: rebuilt.properties }), children: trustedTemplate(rebuilt.inner, build) }));
    written = closeEnd + 1;
    open.lastIndex = written;
  }
  strings.push(markup.slice(written));
  return html(Object.assign([...strings], { raw: [...strings] }), ...values);
}

function rebuild(tag: string, attributes: Record<string, string>, inner: string): Rebuilt | undefined {
  if (tag === 'loos-key-figure') return keyFigure(attributes, inner);
  if (tag === 'loos-event-card') return eventCard(attributes, inner);
  if (Object.hasOwn(attributes, 'src')) return undefined;
  const scripts = [...inner.matchAll(SCRIPT)].map((match) => ({ whole: match[0], attributes: parseAttributes(match[1] ?? ''), text: match[2] ?? '' }));
  if (scripts.some((script) => Object.hasOwn(script.attributes, 'data-previous'))) return undefined;
  const childTypes: readonly string[] = dataSourceOf(tag)?.childTypes ?? [];
  const script = scripts.find((candidate) => childTypes.includes(candidate.attributes.type ?? ''));
  if (script !== undefined) {
    const value = scriptValue(tag, attributes, script.text);
    return value === undefined ? undefined : { attributes, properties: { [dataSourceOf(tag)?.property ?? 'data']: value }, inner: inner.replace(script.whole, '') };
  }
  if (tag === 'loos-budget-chart') return budgetTable(attributes, inner);
  if (tag === 'loos-event-list') return eventItems(attributes, inner);
  return undefined;
}

/** The property value of a data child, or `undefined` when it has problems the browser should report. */
function scriptValue(tag: string, attributes: Record<string, string>, text: string): unknown {
  if (tag === 'loos-budget-chart') {
    if (isJsonText(text)) return text;
    // SCDL CSV: its reader is loaded on demand in the browser; the server reads it at once.
    const read = budgetFromText(text, csvOptions(attributes), budgetFromScdl);
    return read.budget !== null && read.problems.length === 0 ? read.budget : undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (tag === 'loos-notice-feed') {
    return typeof json === 'object' && json !== null && Array.isArray((json as { notices?: unknown }).notices) ? (json as { notices: unknown[] }).notices : undefined;
  }
  return json;
}

function chartOptions(attributes: Record<string, string>): { section?: BudgetSection; flow?: BudgetFlow } {
  const section = BUDGET_SECTIONS.find((name) => name === attributes.section);
  const flow = BUDGET_FLOWS.find((name) => name === attributes.flow);
  return { ...(section === undefined ? {} : { section }), ...(flow === undefined ? {} : { flow }) };
}

/** The attributes the chart applies to an SCDL file, as it does in the browser (load.ts). */
function csvOptions(attributes: Record<string, string>): LoadOptions {
  const by = BUDGET_GROUPINGS.find((name) => name === attributes['group-by']);
  const population = attributes.population === undefined ? undefined : Number(attributes.population);
  return {
    ...chartOptions(attributes),
    ...(by === undefined ? {} : { by }),
    ...(attributes.budget === undefined ? {} : { budget: attributes.budget }),
    ...(population === undefined ? {} : { population }),
    ...(attributes.source === undefined ? {} : { sourceText: attributes.source }),
    ...(attributes['source-url'] === undefined ? {} : { sourceUrl: attributes['source-url'] }),
  };
}

function budgetTable(attributes: Record<string, string>, inner: string): Rebuilt | undefined {
  const table = firstElement(inner, 'table');
  if (table === undefined) return undefined;
  const read = budgetFromTable(tableCellsFromMarkup(table), chartOptions(attributes));
  if (read.problems.length > 0) return undefined;
  // The browser reads the JSON child written from `data` first: the caption must come as the heading.
  const heading = attributes.heading ?? read.heading;
  return { attributes: heading === undefined ? attributes : { ...attributes, heading }, properties: { data: read.data }, inner };
}

function eventItems(attributes: Record<string, string>, inner: string): Rebuilt | undefined {
  const list = firstElement(inner, 'ul');
  if (list === undefined) return undefined;
  const read = eventsFromListItems(listItemsFromMarkup(list.inner));
  return read.problems.length > 0 ? undefined : { attributes, properties: { events: read.events }, inner };
}

/**
 * A figure written as text gets its `value` and `unit`, and its slotted lines (`slot="label"`…)
 * their attributes, which the element renders as the slots' fallback: the same template as in the
 * browser, where the slots show the page's own text.
 */
function keyFigure(attributes: Record<string, string>, inner: string): Rebuilt | undefined {
  const lines: Record<string, string> = {};
  const SLOTTED = new RegExp(`<([a-z][a-z0-9-]*)${ATTRIBUTES_SOURCE}([\\s\\S]*?)</\\1>`, 'gi');
  const own = inner.replace(SLOTTED, (whole, _tag: string, source: string, content: string) => {
    const slot = parseAttributes(source).slot;
    if (slot === undefined) return whole;
    if (['label', 'period', 'source'].includes(slot) && !Object.hasOwn(attributes, slot)) lines[slot] = markupText(content);
    return ' ';
  });
  if (Object.hasOwn(attributes, 'value')) return Object.keys(lines).length === 0 ? undefined : { attributes: { ...attributes, ...lines }, inner };
  const figure = figureFromText(markupText(own));
  if (figure === undefined) return Object.keys(lines).length === 0 ? undefined : { attributes: { ...attributes, ...lines }, inner };
  const unit = attributes.unit === undefined || attributes.unit === '' ? figure.unit : attributes.unit;
  return { attributes: { ...attributes, ...lines, value: String(figure.value), unit }, inner };
}

/** An event card titled by its heading gets the heading's text as `event-title`. */
function eventCard(attributes: Record<string, string>, inner: string): Rebuilt | undefined {
  if (Object.hasOwn(attributes, 'event-title')) return undefined;
  const heading = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/i.exec(inner);
  return heading === null ? undefined : { attributes: { ...attributes, 'event-title': markupText(heading[2] ?? '') }, inner };
}
