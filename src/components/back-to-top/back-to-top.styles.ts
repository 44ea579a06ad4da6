import { css } from 'lit';

export const backToTopStyles = css`
  :host {
    display: contents;
  }
  a {
    position: fixed;
    inset-block-end: var(--loos-space-md);
    inset-inline-end: var(--loos-space-md);
    z-index: 10;
    display: inline-flex;
    align-items: center;
    gap: var(--loos-space-xs);
    min-block-size: var(--loos-target-size-min);
    padding: var(--loos-space-xs) var(--loos-space-sm);
    background: var(--loos-back-to-top-background, var(--loos-color-surface-raised));
    color: var(--loos-color-link);
    border: var(--loos-border-width-thin) solid var(--loos-color-border-strong);
    border-radius: var(--loos-radius-md);
    font-size: var(--loos-font-size-sm);
    text-decoration-line: underline;
    text-underline-offset: 0.15em;
  }
  a[hidden] {
    display: none;
  }
  a:hover {
    color: var(--loos-color-link-hover);
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  @media (forced-colors: active) {
    a {
      border-color: LinkText;
    }
  }
`;
