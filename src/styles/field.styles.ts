/**
 * Form fields every element draws the same way (select, text input, text area), at the 44 px
 * target size of one token; an element sets --_field-border for its own border colour. Its own
 * sheet, so that an element without a field does not carry this CSS.
 */
import { css } from 'lit';

export const fieldStyles = css`
  /* A fieldset is as wide as its widest field by default: at 200 % text that is wider than a phone. */
  fieldset {
    min-inline-size: 0;
  }
  /* The column around a label and its field: never wider than its container, the field shrinks inside. */
  .field {
    max-inline-size: 100%;
  }
  select,
  textarea,
  input:not([type='checkbox'], [type='radio']) {
    max-inline-size: 100%;
    min-block-size: var(--loos-target-size-min);
    padding-block: var(--loos-space-xs);
    padding-inline: var(--loos-space-sm);
    border: var(--loos-border-width-thin) solid var(--_field-border, var(--loos-color-border-strong));
    border-radius: var(--loos-radius-sm);
    background: var(--loos-color-surface);
    color: var(--loos-color-text);
    font: inherit;
  }
`;
