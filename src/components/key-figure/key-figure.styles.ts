import { css } from 'lit';

export const keyFigureStyles = css`
  :host {
    --_value-colour: var(--loos-key-figure-value-colour, var(--loos-color-heading));
    display: block;
  }
  .figure {
    display: grid;
    gap: var(--loos-space-2xs);
    padding: var(--loos-space-md);
    background: var(--loos-key-figure-background, var(--loos-color-surface-raised));
    border: var(--loos-border-width-thin) solid var(--loos-color-border);
    border-radius: var(--loos-radius-md);
  }
  p {
    margin: 0;
  }
  .value {
    font-family: var(--loos-font-family-heading);
    font-size: var(--loos-font-size-3xl);
    font-weight: var(--loos-font-weight-bold);
    line-height: var(--loos-line-height-tight);
    color: var(--_value-colour);
    overflow-wrap: anywhere;
  }
  .label {
    font-size: var(--loos-font-size-md);
    overflow-wrap: anywhere;
  }
  .period,
  .source {
    color: var(--loos-color-text-muted);
    font-size: var(--loos-font-size-sm);
  }
  .change {
    font-size: var(--loos-font-size-sm);
    font-weight: var(--loos-font-weight-bold);
  }
  .change.up {
    color: var(--loos-color-positive);
  }
  .change.down {
    color: var(--loos-color-negative);
  }
  .problem {
    color: var(--loos-color-notice-alert-text);
  }
  @media (forced-colors: active) {
    .figure {
      border-color: CanvasText;
    }
    .change.up,
    .change.down {
      color: CanvasText;
    }
  }
`;
