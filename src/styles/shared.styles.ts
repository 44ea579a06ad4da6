/**
 * Styles every element shares: box model, focus ring, headings, text for assistive technology
 * only, and the reduced-motion rule. Elements add `sharedStyles` first in their `styles` array.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--loos-font-family-body);
    line-height: var(--loos-line-height-normal);
    color: var(--loos-color-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Controls reset spacing in the browser's own styles: they follow the text around them, and so
     a person's text-spacing override (WCAG 1.4.12), which reaches shadow roots by inheritance only. */
  button,
  input,
  select,
  textarea {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  /* Visible focus for keyboard users only, thick enough for WCAG 2.2 focus appearance. */
  :focus-visible {
    outline: var(--loos-focus-ring-width) solid var(--loos-color-focus-ring);
    outline-offset: var(--loos-focus-ring-offset);
  }
  /* Headings of every element: the brand's heading face, tight but relative line height (a user's
     text-spacing override still applies), long words wrapped rather than overflowing. Elements set
     the size and margins that fit them. */
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-family: var(--loos-font-family-heading);
    font-weight: var(--loos-font-weight-bold);
    line-height: var(--loos-line-height-tight);
    color: var(--loos-color-heading);
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
