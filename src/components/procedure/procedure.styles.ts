import { css } from 'lit';

export const procedureStyles = css`
  :host {
    display: block;
  }
  article {
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: var(--loos-space-lg) 0 var(--loos-space-xs);
    font-family: var(--loos-font-family-heading);
    line-height: var(--loos-line-height-tight);
    color: var(--loos-color-heading);
  }
  #title {
    margin-block-start: 0;
    font-size: var(--loos-font-size-2xl);
  }
  section h3,
  section h4,
  section h5,
  section h6 {
    font-size: var(--loos-font-size-lg);
  }
  p {
    margin: 0 0 var(--loos-space-xs);
  }
  [part='facts'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loos-space-sm) var(--loos-space-xl);
    margin: var(--loos-space-md) 0;
  }
  dt {
    font-size: var(--loos-font-size-sm);
  }
  dd {
    margin: 0;
    font-size: var(--loos-font-size-lg);
    font-weight: var(--loos-font-weight-bold);
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: var(--loos-space-lg);
  }
  li {
    margin-block-end: var(--loos-space-xs);
  }
  .label {
    font-weight: var(--loos-font-weight-bold);
  }
  [part='online'] {
    margin-block-start: var(--loos-space-lg);
    padding: var(--loos-space-md);
    border-radius: var(--loos-radius-md);
    background: var(--loos-procedure-online-background, var(--loos-color-surface-sunken));
  }
  [part='online'] h2,
  [part='online'] h3,
  [part='online'] h4,
  [part='online'] h5,
  [part='online'] h6 {
    margin-block-start: 0;
  }
  a {
    color: var(--loos-color-link);
    text-underline-offset: 0.15em;
  }
  [part='online-link'] {
    display: inline-block;
    min-block-size: 2.75rem;
    padding: var(--loos-space-sm) var(--loos-space-md);
    border-radius: var(--loos-radius-sm);
    background: var(--loos-color-action);
    color: var(--loos-color-text-on-action);
    font-weight: var(--loos-font-weight-bold);
    text-decoration: none;
  }
  [part='online-link']:hover {
    background: var(--loos-color-action-hover);
    text-decoration: underline;
  }
  .service {
    font-weight: var(--loos-font-weight-regular);
  }
  ::slotted(*) {
    margin-block-start: var(--loos-space-sm);
  }
  [part='updated'] {
    margin-block-start: var(--loos-space-lg);
    font-size: var(--loos-font-size-sm);
  }
  @media (forced-colors: active) {
    [part='online-link'] {
      border: var(--loos-border-width-thin) solid LinkText;
      color: LinkText;
    }
  }
`;
