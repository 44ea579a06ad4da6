import { css } from 'lit';

export const noticeFeedStyles = css`
  :host {
    display: block;
  }
  /* While the feed answers, keep the room of one typical notice (the same as elements.css keeps
     before upgrade), so the page does not collapse and then grow back when the notices arrive.
     Not for a server-rendered feed: its first layout is the server's, and must stay so at hydration. */
  :host([state='loading']:not([data-loos-ssr])) {
    min-block-size: var(--loos-notice-feed-loading-size, 11.75rem);
  }
  @media (max-width: 40rem) {
    :host([state='loading']:not([data-loos-ssr])) {
      min-block-size: var(--loos-notice-feed-loading-size, 19rem);
    }
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
