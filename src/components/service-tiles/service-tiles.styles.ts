import { css } from 'lit';

export const serviceTilesStyles = css`
  :host {
    display: block;
  }
  #heading {
    margin: 0 0 var(--loos-space-sm);
    font-family: var(--loos-font-family-heading);
    font-size: var(--loos-font-size-xl);
    line-height: var(--loos-line-height-tight);
    color: var(--loos-color-heading);
  }
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--loos-service-tiles-min, 14rem)), 1fr));
    gap: var(--loos-space-sm);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
  }
  [part='tile'] {
    display: grid;
    grid-template-columns: auto 1fr;
    align-content: start;
    gap: var(--loos-space-2xs) var(--loos-space-sm);
    flex: 1;
    min-block-size: 2.75rem;
    padding: var(--loos-space-sm) var(--loos-space-md);
    border: var(--loos-border-width-thin) solid var(--loos-color-border);
    border-radius: var(--loos-radius-md);
    background: var(--loos-service-tiles-background, var(--loos-color-surface-raised));
    color: var(--loos-color-text);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  [part='tile']:hover {
    border-color: var(--loos-color-action);
  }
  [part='tile']:hover .label {
    text-decoration: underline;
  }
  svg {
    grid-row: span 2;
    inline-size: 2rem;
    block-size: 2rem;
    fill: none;
    stroke: var(--loos-service-tiles-icon, var(--loos-color-action));
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .label {
    align-self: center;
    font-weight: var(--loos-font-weight-bold);
    color: var(--loos-color-link);
  }
  .description {
    grid-column: 2;
    font-size: var(--loos-font-size-sm);
    color: var(--loos-color-text);
  }
  p {
    margin: var(--loos-space-md) 0 0;
  }
  [part='all'] {
    display: inline-block;
    min-block-size: 2.75rem;
    padding-block: var(--loos-space-xs);
    color: var(--loos-color-link);
    font-weight: var(--loos-font-weight-bold);
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    [part='tile'] {
      border-color: LinkText;
    }
    svg {
      stroke: LinkText;
    }
  }
`;
