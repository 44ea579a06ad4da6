import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from './heading-level.js';

/** Attributes of a heading; those left out are not written. */
export interface HeadingAttributes {
  readonly id?: string;
  readonly part?: string;
  readonly className?: string;
}

/**
 * A title as a real `<h2>`…`<h6>`, so that it takes its place in the page outline (never
 * `role="heading"`). The tag is part of a template, hence one template per level: a handful of
 * bytes, where Lit's static-html module would add more to every page, and no markup is ever built
 * from a string.
 */
export function headingTemplate(level: HeadingLevel, content: unknown, { id, part, className }: HeadingAttributes = {}): TemplateResult {
  const attributes = { id: id ?? nothing, part: part ?? nothing, class: className ?? nothing };
  switch (level) {
    case 3:
      return html`<h3 id=${attributes.id} part=${attributes.part} class=${attributes.class}>${content}</h3>`;
    case 4:
      return html`<h4 id=${attributes.id} part=${attributes.part} class=${attributes.class}>${content}</h4>`;
    case 5:
      return html`<h5 id=${attributes.id} part=${attributes.part} class=${attributes.class}>${content}</h5>`;
    case 6:
      return html`<h6 id=${attributes.id} part=${attributes.part} class=${attributes.class}>${content}</h6>`;
    default:
      return html`<h2 id=${attributes.id} part=${attributes.part} class=${attributes.class}>${content}</h2>`;
  }
}
