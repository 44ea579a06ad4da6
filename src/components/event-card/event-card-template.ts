/**
 * The markup of one event card, shared by `<loos-event-card>` and `<loos-event-list>` (which
 * renders its cards in its own shadow root: one shadow root for 1,000 events, not 1,000).
 */
import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../../lib/events/card-input.js';
import { eventDateSegments, formatLocation, formatPrice } from '../../lib/events/format-event.js';
import type { CivicEvent } from '../../lib/events/model.js';
import { eventFileName } from '../../lib/events/text.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { partLang, type Locale } from '../../lib/i18n.js';
import { inLanguage } from '../../lib/lang-template.js';
import { headingTemplate } from '../../lib/heading-template.js';
import type { InputProblem } from '../../lib/invalid.js';
import { eventStrings } from '../../lib/strings/events.js';
import { startCalendarDownload } from './calendar-button.js';
import { accessibilityIcons, calendarIcon, downloadIcon, onlineIcon, placeIcon, priceIcon } from './icons.js';

export interface CardContext {
  readonly locale: Locale;
  readonly headingLevel: HeadingLevel;
}

/** The card's title: a real heading at the level that fits the page outline. */
function heading(level: HeadingLevel, content: TemplateResult): TemplateResult {
  return headingTemplate(level, content, { className: 'title' });
}

/** A pictogram, hidden from assistive technology: a text label always goes with it. */
export function icon(content: SVGTemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${content}</svg>`;
}

function renderDate(event: CivicEvent, locale: Locale): TemplateResult {
  return html`<p class="date" part="date">
    ${icon(calendarIcon)}<span
      >${eventDateSegments(event, locale).map((segment) =>
        segment.datetime === undefined ? segment.text : html`<time datetime=${segment.datetime}>${segment.text}</time>`,
      )}</span
    >
  </p>`;
}

function placeText(event: CivicEvent, locale: Locale): string | undefined {
  const strings = eventStrings[locale];
  const online = event.attendance === 'online' || (event.status === 'moved-online' && event.attendance !== 'mixed');
  if (online) return strings.online;
  if (event.location === undefined) return event.attendance === 'mixed' ? strings.mixed : undefined;
  const place = formatLocation(event.location);
  return event.attendance === 'mixed' ? `${place} — ${strings.mixed}` : place;
}

function renderFacts(event: CivicEvent, locale: Locale): TemplateResult {
  const strings = eventStrings[locale];
  const place = placeText(event, locale);
  const isOnline = place === strings.online;
  return html`<dl class="facts">
    ${place === undefined
      ? nothing
      : html`<div class="fact">
          <dt class="visually-hidden">${strings.placeLabel}</dt>
          <dd>${icon(isOnline ? onlineIcon : placeIcon)}<span>${place}</span></dd>
        </div>`}
    ${event.price === undefined
      ? nothing
      : html`<div class="fact">
          <dt class="visually-hidden">${strings.priceLabel}</dt>
          <dd>${icon(priceIcon)}<span>${formatPrice(event.price, locale)}</span></dd>
        </div>`}
    ${event.organizer === undefined
      ? nothing
      : html`<div class="fact organizer">
          <dt>${strings.organizerLabel}</dt>
          <dd>${event.organizer}</dd>
        </div>`}
  </dl>`;
}

function renderAccessibility(event: CivicEvent, locale: Locale): TemplateResult | typeof nothing {
  if (event.accessibility.length === 0) return nothing;
  const strings = eventStrings[locale];
  return html`<ul class="accessibility" part="accessibility" aria-label=${strings.accessibilityHeading}>
    ${event.accessibility.map(
      (feature) => html`<li>${icon(accessibilityIcons[feature])}<span>${strings.accessibility[feature]}</span></li>`,
    )}
  </ul>`;
}

/**
 * The buttons and links, or nothing at all: an empty wrapper would still take a row and a gap
 * (Lit's markers keep `:empty` from matching). A cancelled event offers no action; any other
 * can at least be added to a calendar, so the row is never empty when it is rendered.
 */
function renderActions(event: CivicEvent, context: CardContext): TemplateResult | typeof nothing {
  if (event.status === 'cancelled') return nothing;
  const strings = eventStrings[context.locale];
  const open = event.status !== 'full' && event.status !== 'postponed';
  const showOnline = event.onlineUrl !== undefined && (event.attendance !== 'in-person' || event.status === 'moved-online');
  // The visible words stay first in each accessible name (WCAG 2.5.3); the title, hidden,
  // tells the links of a list apart.
  const named = (label: string) => html`${label}<span class="visually-hidden"> : ${event.title}</span>`;
  return html`<div class="actions" part="actions">
    ${open && event.registrationUrl !== undefined
      ? html`<a class="action primary" part="registration" href=${event.registrationUrl}>${named(strings.register)}</a>`
      : nothing}
    ${showOnline ? html`<a class="action" href=${event.onlineUrl ?? ''}>${icon(onlineIcon)}${named(strings.joinOnline)}</a>` : nothing}
    <button
      type="button"
      class="action"
      part="add-to-calendar"
      @click=${() => {
        startCalendarDownload(eventFileName(event), [event], context.locale);
      }}
    >
      ${icon(downloadIcon)}${named(strings.addToCalendar)}
    </button>
  </div>`;
}

/** The status and category pills, or nothing when there are neither (no empty row, no extra gap). */
function renderLabels(event: CivicEvent, statusLabel: string | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (statusLabel === undefined && event.category === undefined) return nothing;
  return html`<div class="labels">
    ${statusLabel === undefined ? nothing : html`<p class="status" part="status" aria-hidden="true">${statusLabel}</p>`}
    ${event.category === undefined
      ? nothing
      : html`<p class="category" part="category"><span class="visually-hidden">${eventStrings[locale].categoryLabel} : </span>${event.category}</p>`}
  </div>`;
}

/** One event as a card: heading (with the stretched main link), date, facts, accessibility, actions. */
export function renderEventCard(event: CivicEvent, context: CardContext): TemplateResult {
  const { locale } = context;
  const strings = eventStrings[locale];
  const statusLabel = event.status === undefined || event.status === 'scheduled' ? undefined : strings.status[event.status];
  // The data's language (the city's French unless it says another): parts in another language than the rendering's say so (WCAG 3.1.2).
  const lang = partLang(locale, event.lang);
  const descriptionLang = partLang(locale, event.descriptionLang ?? event.lang);
  const title = html`${inLanguage(event.title, lang)}${statusLabel === undefined ? nothing : html`<span class="visually-hidden"> (${statusLabel})</span>`}`;
  return html`<article class="card" part="card" data-status=${event.status ?? 'scheduled'} data-event-id=${event.id}>
    <div class="body">
      ${heading(
        context.headingLevel,
        event.href === undefined ? html`<span class="main">${title}</span>` : html`<a class="main main-link" part="link" href=${event.href}>${title}</a>`,
      )}
      ${renderLabels(event, statusLabel, locale)}
      ${renderDate(event, locale)} ${renderFacts(event, locale)}
      ${event.description === undefined ? nothing : html`<p class="description" lang=${ifDefined(descriptionLang)}>${event.description}</p>`}
      ${renderAccessibility(event, locale)} ${renderActions(event, context)}
    </div>
    ${event.image === undefined
      ? nothing
      : html`<img class="image" part="image" src=${event.image.src} alt=${event.image.alt} loading="lazy" decoding="async" />`}
  </article>`;
}

/** What a card shows when an event has no title or no valid start: it says so instead of vanishing. */
export function renderUnavailableCard(
  title: string | undefined,
  problems: readonly InputProblem[],
  context: CardContext,
): TemplateResult {
  const strings = eventStrings[context.locale];
  const blocking = problems.filter((item) => /(^|\.)(title|start|event)$/.test(item.field));
  return html`<article class="card unavailable" part="card">
    <div class="body">
      ${heading(context.headingLevel, html`<span class="main">${title ?? strings.untitled}</span>`)}
      <p class="problem">${strings.cannotShow}</p>
      ${blocking.length === 0 ? nothing : html`<ul class="problems">${blocking.map((item) => html`<li>${item.message}</li>`)}</ul>`}
    </div>
  </article>`;
}
