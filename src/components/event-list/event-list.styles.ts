import { css } from 'lit';

export const eventListStyles = css`
  :host {
    --_min: var(--loos-event-list-columns-min, 18rem);
    --_gap: var(--loos-event-list-gap, var(--loos-space-md));
    display: block;
  }
  .filters fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loos-space-sm) var(--loos-space-lg);
    margin: 0;
    padding: var(--loos-space-md);
    border: var(--loos-border-width-thin) solid var(--loos-color-border);
    border-radius: var(--loos-radius-md);
    background: var(--loos-color-surface-sunken);
  }
  legend {
    padding-inline: var(--loos-space-xs);
  }
  legend,
  label,
  .count {
    font-weight: var(--loos-font-weight-bold);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--loos-space-2xs);
    min-inline-size: min(100%, 14rem);
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
    padding: var(--loos-space-sm) var(--loos-space-md);
    border-inline-start: var(--loos-border-width-thick) solid var(--loos-color-notice-warning-border);
    background: var(--loos-color-notice-warning-background);
    color: var(--loos-color-notice-warning-text);
  }
  .empty {
    padding: var(--loos-space-lg);
    border: var(--loos-border-width-thin) dashed var(--loos-color-border-strong);
    border-radius: var(--loos-radius-md);
    text-align: center;
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
  .show-more {
    margin-block-start: var(--loos-space-lg);
  }
`;
