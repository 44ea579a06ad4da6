import { css } from 'lit';

export const noticeStyles = css`
  :host {
    display: block;
  }
  .notice {
    --_background: var(--loos-notice-background, var(--loos-color-notice-info-background));
    --_text: var(--loos-notice-text, var(--loos-color-notice-info-text));
    --_border: var(--loos-notice-border, var(--loos-color-notice-info-border));
    --_icon: var(--loos-notice-icon, var(--loos-color-notice-info-icon));
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--loos-space-xs) var(--loos-space-sm);
    padding: var(--loos-space-md);
    border: var(--loos-border-width-thin) solid var(--_border);
    border-inline-start-width: calc(var(--loos-border-width-thick) * 2);
    border-radius: var(--loos-notice-radius, var(--loos-radius-sm));
    background: var(--_background);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .notice[data-level='warning'] {
    --_background: var(--loos-notice-background, var(--loos-color-notice-warning-background));
    --_text: var(--loos-notice-text, var(--loos-color-notice-warning-text));
    --_border: var(--loos-notice-border, var(--loos-color-notice-warning-border));
    --_icon: var(--loos-notice-icon, var(--loos-color-notice-warning-icon));
  }
  .notice[data-level='alert'] {
    --_background: var(--loos-notice-background, var(--loos-color-notice-alert-background));
    --_text: var(--loos-notice-text, var(--loos-color-notice-alert-text));
    --_border: var(--loos-notice-border, var(--loos-color-notice-alert-border));
    --_icon: var(--loos-notice-icon, var(--loos-color-notice-alert-icon));
  }
  .body {
    grid-column: 1;
    min-inline-size: 0;
  }
  .level {
    display: inline-flex;
    align-items: center;
    gap: var(--loos-space-xs);
    margin: 0;
    font-size: var(--loos-font-size-sm);
    font-weight: var(--loos-font-weight-bold);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .level svg {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_icon);
  }
  .heading {
    margin-block: var(--loos-space-2xs) var(--loos-space-xs);
    margin-inline: 0;
    font-family: var(--loos-font-family-heading);
    font-size: var(--loos-font-size-lg);
    line-height: var(--loos-line-height-tight);
    color: inherit;
  }
  .message {
    margin: 0;
  }
  ::slotted(*) {
    margin-block: 0 var(--loos-space-xs);
  }
  .area,
  .link,
  .meta {
    margin-block: var(--loos-space-xs) 0;
    margin-inline: 0;
  }
  a {
    color: inherit;
    font-weight: var(--loos-font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  .meta {
    font-size: var(--loos-font-size-sm);
  }
  .official {
    font-weight: var(--loos-font-weight-bold);
  }
  .dismiss {
    grid-column: 2;
    grid-row: 1;
    align-self: start;
    display: inline-flex;
    align-items: center;
    gap: var(--loos-space-2xs);
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    margin: calc(var(--loos-space-xs) * -1);
    padding-block: var(--loos-space-xs);
    padding-inline: var(--loos-space-sm);
    border: var(--loos-border-width-thin) solid currentColor;
    border-radius: var(--loos-radius-sm);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: var(--loos-font-size-sm);
    cursor: pointer;
  }
  .dismiss:hover {
    text-decoration: underline;
  }
  .dismiss svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  /* On narrow screens the dismiss button goes under the text instead of squeezing it. */
  @container (max-width: 24rem) {
    .dismiss {
      grid-column: 1;
      grid-row: auto;
      justify-self: start;
      margin: 0;
    }
  }
  .wrapper {
    container-type: inline-size;
  }
  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
    .level svg {
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
    .dismiss {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    .dismiss {
      display: none;
    }
  }
`;
