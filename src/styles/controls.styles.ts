/**
 * Controls every element draws the same way: the outlined action button and the form field.
 * Both reach the 44 px target size of one token (`--loos-target-size-min`), and keep their
 * borders in forced colours. An element lists `controlStyles` after `sharedStyles`.
 */
import { css } from 'lit';

export const controlStyles = css`
  /* A real <button> or <a> with the class "action": outlined, action colour on the surface.
     An element changes its colours through --_action-color and --_action-background. */
  .action {
    display: inline-flex;
    align-items: center;
    gap: var(--loos-space-xs);
    min-block-size: var(--loos-target-size-min);
    padding-block: var(--loos-space-xs);
    padding-inline: var(--loos-space-md);
    border: var(--loos-border-width-thin) solid;
    border-radius: var(--loos-radius-sm);
    background: var(--_action-background, var(--loos-color-surface));
    color: var(--_action-color, var(--loos-color-action));
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    color: var(--_action-hover-color, var(--loos-color-action-hover));
    text-decoration: underline;
  }
  .action svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
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
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
