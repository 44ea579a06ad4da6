import { css } from 'lit';

// Kept short on purpose: this text ships as is (minifiers do not touch CSS in templates).
// No grid and no container query: a wrapping flex row puts the dismiss button under the text
// on narrow screens for much less layout work per notice.
export const noticeStyles = css`
  :host {
    display: block;
  }
  [data-level='info'] {
    --_bg: var(--loos-color-notice-info-background);
    --_fg: var(--loos-color-notice-info-text);
    --_bd: var(--loos-color-notice-info-border);
    --_ic: var(--loos-color-notice-info-icon);
  }
  [data-level='warning'] {
    --_bg: var(--loos-color-notice-warning-background);
    --_fg: var(--loos-color-notice-warning-text);
    --_bd: var(--loos-color-notice-warning-border);
    --_ic: var(--loos-color-notice-warning-icon);
  }
  [data-level='alert'] {
    --_bg: var(--loos-color-notice-alert-background);
    --_fg: var(--loos-color-notice-alert-text);
    --_bd: var(--loos-color-notice-alert-border);
    --_ic: var(--loos-color-notice-alert-icon);
  }
  section {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--loos-space-xs) var(--loos-space-sm);
    padding: var(--loos-space-md);
    border: var(--loos-border-width-thin) solid var(--loos-notice-border, var(--_bd));
    border-inline-start-width: calc(var(--loos-border-width-thick) * 2);
    border-radius: var(--loos-notice-radius, var(--loos-radius-sm));
    background: var(--loos-notice-background, var(--_bg));
    color: var(--loos-notice-text, var(--_fg));
    overflow-wrap: anywhere;
  }
  .body {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  p {
    margin: var(--loos-space-xs) 0 0;
  }
  #level {
    display: flex;
    align-items: center;
    gap: var(--loos-space-xs);
    margin: 0;
    font-size: var(--loos-font-size-sm);
    font-weight: var(--loos-font-weight-bold);
    /* Small capitals rather than text-transform, which screen readers would spell out (« VIGILANCE »
       in the notice's name); no letter-spacing, so that a person's own spacing applies. */
    font-variant-caps: all-small-caps;
  }
  svg {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  #level svg {
    color: var(--loos-notice-icon, var(--_ic));
  }
  #heading {
    margin-block: var(--loos-space-xs);
    font-size: var(--loos-font-size-lg);
    color: inherit;
  }
  ::slotted(*) {
    margin-block: 0 var(--loos-space-xs);
  }
  a,
  b {
    color: inherit;
    font-weight: var(--loos-font-weight-bold);
  }
  a {
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  [part='meta'] {
    font-size: var(--loos-font-size-sm);
  }
  /* The shared action button, in the notice's own colours. */
  .action {
    --_action-color: inherit;
    --_action-hover-color: inherit;
    --_action-background: none;
    gap: var(--loos-space-2xs);
    padding-inline: var(--loos-space-sm);
    font-size: var(--loos-font-size-sm);
  }
  @media (forced-colors: active) {
    section {
      border-color: CanvasText;
    }
    #level svg {
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;
