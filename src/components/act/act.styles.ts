import { css } from 'lit';

/** One act, alone or in a list. */
export const actStyles = css`
  .act {
    display: flex;
    flex-direction: column;
    gap: var(--loos-space-2xs);
    padding: var(--loos-act-padding, var(--loos-space-md));
    border: var(--loos-border-width-thin) solid var(--loos-color-border);
    border-radius: var(--loos-radius-md);
    background: var(--loos-color-surface);
    overflow-wrap: anywhere;
  }
  .act-kind {
    margin: 0;
    font-weight: var(--loos-font-weight-bold);
    color: var(--loos-color-text-muted);
  }
  .act-title {
    margin: 0;
    font-size: var(--loos-font-size-lg);
  }
  .act-facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--loos-space-md);
    margin: 0;
  }
  .act-facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--loos-space-2xs);
  }
  .act-facts dd {
    margin: 0;
  }
  .act-document {
    align-self: flex-start;
    min-block-size: 44px;
    display: inline-flex;
    align-items: center;
    color: var(--loos-color-link);
  }
  .act-appeal {
    margin: var(--loos-space-sm) 0 0;
    font-size: var(--loos-font-size-sm);
  }
`;
