import { css } from 'lit';

export const actListStyles = css`
  :host {
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
  .hint {
    color: var(--loos-color-text-muted);
    font-size: var(--loos-font-size-sm);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--loos-space-2xs);
    min-inline-size: min(100%, 12rem);
  }
  .count {
    margin-block: var(--loos-space-md);
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
  .acts {
    display: grid;
    gap: var(--loos-space-sm);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .show-more {
    margin-block-start: var(--loos-space-lg);
  }
`;
