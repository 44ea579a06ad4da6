import { css } from 'lit';

export const noticeFeedStyles = css`
  :host {
    display: block;
  }
  .list {
    display: grid;
    gap: var(--loos-notice-feed-gap, var(--loos-space-sm));
  }
  .message {
    margin: 0;
    /* The message is plain text: its line breaks are the author's. */
    white-space: pre-line;
  }
  .status {
    margin: 0;
    padding-block: var(--loos-space-xs);
    color: var(--loos-color-text-muted);
    font-size: var(--loos-font-size-sm);
  }
  .status[data-kind='error'] {
    color: var(--loos-color-text);
    padding: var(--loos-space-sm) var(--loos-space-md);
    border: var(--loos-border-width-thin) solid var(--loos-color-border-strong);
    border-radius: var(--loos-radius-sm);
  }
  @media (forced-colors: active) {
    .status[data-kind='error'] {
      border-color: CanvasText;
    }
  }
`;
