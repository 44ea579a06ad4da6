/** One official act as a person reads it, shared by `<loos-act>` and each item of `<loos-act-list>`. */
import { html, nothing } from 'lit';
import { formatLongDate } from '../../lib/format.js';
import type { HeadingLevel } from '../../lib/heading-level.js';
import { headingTemplate } from '../../lib/heading-template.js';
import type { Locale } from '../../lib/i18n.js';
import { documentDescription, type OfficialAct } from '../../lib/publications/acts.js';
import { actStrings } from '../../lib/strings/acts.js';

/** A calendar day (`2026-03-02`) in running text: « 2 mars 2026 », « 1er mars 2026 ». Noon UTC is the same day in Loos. */
const day = (iso: string, locale: Locale) => html`<time datetime=${iso}>${formatLongDate(new Date(`${iso}T12:00:00Z`), locale)}</time>`;

export function renderAct(act: OfficialAct, locale: Locale, level: HeadingLevel) {
  const strings = actStrings[locale];
  const description = documentDescription(act.document, locale);
  return html`<div class="act" part="act">
    <p class="act-kind">${strings.actName(act.type, act.number)}</p>
    ${headingTemplate(level, act.title, { className: 'act-title' })}
    <dl class="act-facts">
      <div><dt>${strings.signed}</dt><dd>${day(act.signed, locale)}</dd></div>
      ${act.transmitted === undefined ? nothing : html`<div><dt>${strings.transmitted}</dt><dd>${day(act.transmitted, locale)}</dd></div>`}
      <div><dt>${strings.published}</dt><dd>${day(act.published, locale)}</dd></div>
      ${act.category === undefined ? nothing : html`<div><dt>${strings.category}</dt><dd>${act.category}</dd></div>`}
    </dl>
    <a class="act-document" part="document" href=${act.document.href}
      >${strings.readAct(act.type, act.number)}${description === '' ? nothing : html` <span class="act-format">(${description})</span>`}</a
    >
  </div>`;
}

/** The notice on appeal routes: the author's text, or the usual one. */
export function renderAppeal(text: string | undefined, locale: Locale) {
  const strings = actStrings[locale];
  return html`<p class="act-appeal" part="appeal"><strong>${strings.appealHeading} :</strong> ${text ?? strings.appealText}</p>`;
}
