import { css } from 'lit';

export const videoStyles = css`
  :host {
    display: block;
  }
  video,
  iframe {
    display: block;
    aspect-ratio: var(--loos-video-ratio, 16 / 9);
    inline-size: 100%;
    block-size: auto;
    border: 0;
    border-radius: var(--loos-radius-md);
    background: var(--loos-color-surface-sunken);
  }
  .consent {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: var(--loos-space-sm);
    box-sizing: border-box;
    min-block-size: 12rem;
    background: var(--loos-color-surface-sunken);
    padding: var(--loos-space-md);
    border: var(--loos-border-width-thin) solid var(--loos-color-border);
    border-radius: var(--loos-radius-md);
    overflow-wrap: anywhere;
  }
  .consent p {
    margin: 0;
  }
  .consent a {
    color: var(--loos-color-link);
    min-block-size: 44px;
    display: inline-flex;
    align-items: center;
  }
  .chapters-heading {
    margin: var(--loos-space-md) 0 var(--loos-space-xs);
    font-weight: var(--loos-font-weight-bold);
  }
  .chapters ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chapter {
    min-block-size: 44px;
    padding: var(--loos-space-2xs) var(--loos-space-xs);
    border: 0;
    background: none;
    color: var(--loos-color-link);
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-weight: var(--loos-font-weight-bold);
  }
  ::slotted([slot='transcript']) {
    margin-block-start: var(--loos-space-md);
  }
`;
