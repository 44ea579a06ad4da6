import { css } from 'lit';

export const shareStyles = css`
  :host {
    display: block;
  }
  .heading {
    margin: 0 0 var(--loos-space-xs);
    font-weight: var(--loos-font-weight-bold);
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loos-share-gap, var(--loos-space-xs));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .action {
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .feedback,
  .unavailable {
    margin: var(--loos-space-xs) 0 0;
  }
  .address {
    margin: var(--loos-space-2xs) 0 0;
    font-family: var(--loos-font-family-mono, monospace);
    overflow-wrap: anywhere;
    user-select: all;
  }
`;
