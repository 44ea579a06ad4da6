import { html, type TemplateResult } from 'lit';
import type { HeadingLevel } from './heading-level.js';

/**
 * An element's title as a real `<h2>`…`<h6>`, so that it takes its place in the page outline.
 * The tag is part of a template, hence one template per level (a handful of bytes, where Lit's
 * static-html module would add more to every page). Styled and referred to as `#heading`, and
 * `::part(heading)` for integrators.
 */
export function headingTemplate(level: HeadingLevel, text: string): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 id="heading" part="heading">${text}</h3>`;
    case 4:
      return html`<h4 id="heading" part="heading">${text}</h4>`;
    case 5:
      return html`<h5 id="heading" part="heading">${text}</h5>`;
    case 6:
      return html`<h6 id="heading" part="heading">${text}</h6>`;
    default:
      return html`<h2 id="heading" part="heading">${text}</h2>`;
  }
}
