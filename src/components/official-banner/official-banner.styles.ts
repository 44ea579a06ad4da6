import { css } from 'lit';

export const officialBannerStyles = css`
  :host {
    --_background: var(--loos-official-banner-background, var(--loos-color-surface-sunken));
    --_text: var(--loos-official-banner-text, var(--loos-color-text));
    --_accent: var(--loos-official-banner-accent, var(--loos-color-icon-accent));
    display: block;
    /* The strip's layout follows the banner's own width, so it is the same in a sidebar or a page. */
    container-type: inline-size;
    background: var(--_background);
    color: var(--_text);
    font-size: var(--loos-font-size-sm);
    border-block-end: var(--loos-border-width-thin) solid var(--loos-color-border);
  }
  /* The geometry below is mirrored by src/styles/elements.css for the moment before upgrade:
     change both together, or the page jumps when the element upgrades. */
  .strip {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: var(--loos-space-xs) var(--loos-space-sm);
    max-inline-size: var(--loos-official-banner-max-width, 80rem);
    margin-inline: auto;
    padding-block: var(--loos-space-xs);
    padding-inline: var(--loos-space-md);
  }
  .emblem {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--_accent);
  }
  .label {
    display: flex;
    align-items: center;
    min-block-size: 1.5rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  ::slotted(*) {
    margin: 0;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--loos-space-2xs);
    min-block-size: 1.5rem;
    margin: 0;
    padding-block: 0;
    padding-inline: var(--loos-space-2xs);
    border: 0;
    background: none;
    color: var(--loos-color-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  button:hover {
    color: var(--loos-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  .chevron {
    inline-size: 0.75em;
    block-size: 0.75em;
    transition: transform var(--loos-motion-duration-fast) var(--loos-motion-easing-standard);
  }
  @container (max-width: 30rem) {
    .strip {
      grid-template-columns: auto 1fr;
    }
    button {
      grid-column: 2;
      justify-self: start;
    }
  }
  button[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .explanation {
    max-inline-size: var(--loos-official-banner-max-width, 80rem);
    margin-inline: auto;
    padding-block: var(--loos-space-sm) var(--loos-space-md);
    padding-inline: var(--loos-space-md);
  }
  .explanation[hidden] {
    display: none;
  }
  .points {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--loos-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .point {
    display: flex;
    gap: var(--loos-space-sm);
    align-items: flex-start;
  }
  .point svg {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    color: var(--_accent);
  }
  .point-title {
    display: block;
    margin: 0;
    font-weight: var(--loos-font-weight-bold);
  }
  .point-text {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    :host {
      border-block-end-color: CanvasText;
    }
    .emblem,
    .point svg {
      color: CanvasText;
    }
    button {
      color: LinkText;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;
