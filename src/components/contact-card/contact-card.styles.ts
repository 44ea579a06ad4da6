import { css } from 'lit';

export const contactCardStyles = css`
  :host {
    display: block;
  }
  section {
    padding: var(--loos-space-md);
    border: var(--loos-border-width-thin) solid var(--loos-contact-card-border, var(--loos-color-border));
    border-radius: var(--loos-contact-card-radius, var(--loos-radius-md));
    background: var(--loos-contact-card-background, var(--loos-color-surface-raised));
    overflow-wrap: anywhere;
  }
  #name {
    margin: 0 0 var(--loos-space-xs);
    font-family: var(--loos-font-family-heading);
    font-size: var(--loos-font-size-lg);
    line-height: var(--loos-line-height-tight);
    color: var(--loos-color-heading);
  }
  [part='status'] {
    margin: 0 0 var(--loos-space-sm);
    padding: var(--loos-space-xs) var(--loos-space-sm);
    border: var(--loos-border-width-thin) solid var(--loos-color-border-strong);
    border-inline-start-width: calc(var(--loos-border-width-thick) * 2);
    border-radius: var(--loos-radius-sm);
    background: var(--loos-color-surface-sunken);
    font-weight: var(--loos-font-weight-bold);
  }
  [data-state='open'] {
    border-color: var(--loos-color-notice-success-border);
    background: var(--loos-color-notice-success-background);
    color: var(--loos-color-notice-success-text);
  }
  [data-state='closing-soon'] {
    border-color: var(--loos-color-notice-warning-border);
    background: var(--loos-color-notice-warning-background);
    color: var(--loos-color-notice-warning-text);
  }
  dl {
    display: grid;
    gap: var(--loos-space-xs);
    margin: 0 0 var(--loos-space-sm);
  }
  dt {
    font-weight: var(--loos-font-weight-bold);
  }
  dd {
    margin: 0;
  }
  a {
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--loos-color-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--loos-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: var(--loos-font-weight-bold);
    padding-block-end: var(--loos-space-2xs);
  }
  th,
  td {
    padding: var(--loos-space-2xs) var(--loos-space-xs);
    border-block-end: var(--loos-border-width-thin) solid var(--loos-color-border);
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: var(--loos-font-weight-regular);
    text-transform: capitalize;
    /* A day name never breaks (« Mercr-edi »): the hours column wraps instead. */
    overflow-wrap: normal;
  }
  [aria-current] {
    font-weight: var(--loos-font-weight-bold);
    background: var(--loos-color-surface-sunken);
  }
  .comment,
  .upcoming-title {
    margin: var(--loos-space-sm) 0 0;
  }
  .upcoming-title {
    font-weight: var(--loos-font-weight-bold);
  }
  ul {
    margin: var(--loos-space-2xs) 0 0;
    padding-inline-start: var(--loos-space-md);
  }
  @media (forced-colors: active) {
    section,
    [part='status'] {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
