/**
 * The outlined action button every element draws the same way: a real <button> or <a> with the
 * class "action", at the 44 px target size of one token (`--loos-target-size-min`), borders kept
 * in forced colours. An element changes its colours through --_action-color and
 * --_action-background, and lists `actionStyles` after `sharedStyles`.
 */
import { css } from 'lit';

export const actionStyles = css`
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
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
