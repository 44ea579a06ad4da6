import { css } from 'lit';

export const quoteStyles = css`
  :host {
    --_accent: var(--loos-quote-accent, var(--loos-color-surface-brand));
    display: block;
  }
  figure {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--loos-space-sm);
    margin: 0;
    padding: var(--loos-space-md);
    padding-inline-start: var(--loos-space-lg);
    background: var(--loos-quote-background, var(--loos-color-surface-raised));
    border-inline-start: var(--loos-border-width-thick) solid var(--_accent);
    border-radius: var(--loos-radius-md);
  }
  figure.with-photo {
    grid-template-columns: auto minmax(0, 1fr);
  }
  .photo {
    grid-row: span 2;
    inline-size: 4rem;
    block-size: 4rem;
    border-radius: 50%;
    object-fit: cover;
  }
  blockquote {
    margin: 0;
    font-size: var(--loos-font-size-lg);
    overflow-wrap: anywhere;
  }
  ::slotted(p) {
    margin-block: 0 var(--loos-space-xs);
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--loos-space-xs);
    font-size: var(--loos-font-size-sm);
    overflow-wrap: anywhere;
  }
  .author {
    font-weight: var(--loos-font-weight-bold);
  }
  .author + .role::before {
    content: ', ';
  }
  .role {
    color: var(--loos-color-text-muted);
  }
  .source {
    flex-basis: 100%;
    color: var(--loos-color-text-muted);
  }
  a {
    color: var(--loos-color-link);
  }
  @media (forced-colors: active) {
    figure {
      border: var(--loos-border-width-thin) solid CanvasText;
      border-inline-start-width: var(--loos-border-width-thick);
    }
  }
`;
