/**
 * A list a person filters (the agenda, the register of acts): the filters' framed fieldset, the
 * bold labels and result count, the column around each filter, the notice of rejected entries,
 * the empty state and the « show more » button. One sheet, so both lists look like one family.
 * An element sets --_filter-min for the narrowest a filter column may get.
 */
import { css } from 'lit';

export const filteredListStyles = css`
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
    min-inline-size: min(100%, var(--_filter-min, 14rem));
  }
  .rejected {
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
  .show-more {
    margin-block-start: var(--loos-space-lg);
  }
`;
