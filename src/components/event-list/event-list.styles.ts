import { css } from 'lit';

/** What the agenda adds to the shared filtered-list sheet (src/styles/filtered-list.styles.ts). */
export const eventListStyles = css`
  :host {
    --_min: var(--loos-event-list-columns-min, 18rem);
    --_gap: var(--loos-event-list-gap, var(--loos-space-md));
    display: block;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--loos-space-sm);
    margin-block: var(--loos-space-md);
  }
  .rejected {
    margin-block-end: var(--loos-space-md);
  }
  .month + .month {
    margin-block-start: var(--loos-space-xl);
  }
  .month-heading {
    margin-block: 0 var(--loos-space-md);
    font-size: var(--loos-font-size-xl);
  }
  .events {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min)), 1fr));
    gap: var(--_gap);
    padding: 0;
    list-style: none;
  }
`;
