import { css } from 'lit';

/** What the register of acts adds to the shared filtered-list sheet (src/styles/filtered-list.styles.ts). */
export const actListStyles = css`
  :host {
    --_filter-min: 12rem;
    display: block;
  }
  .hint {
    color: var(--loos-color-text-muted);
    font-size: var(--loos-font-size-sm);
  }
  .count {
    margin-block: var(--loos-space-md);
  }
  .acts {
    display: grid;
    gap: var(--loos-space-sm);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
