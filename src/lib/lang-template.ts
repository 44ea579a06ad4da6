import { html, type TemplateResult } from 'lit';

/** A text in a language other than the rendering's, in a `<span lang>`; as is otherwise. */
export function inLanguage(text: string, lang: string | undefined): string | TemplateResult {
  return lang === undefined ? text : html`<span lang=${lang}>${text}</span>`;
}
