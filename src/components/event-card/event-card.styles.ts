import { css } from 'lit';

/** Styles of one card; `<loos-event-list>` reuses them for the cards it renders. */
export const eventCardStyles = css`
  .card {
    --_background: var(--loos-event-card-background, var(--loos-color-surface-raised));
    --_border: var(--loos-event-card-border, var(--loos-color-border));
    --_accent: var(--loos-event-card-accent, var(--loos-color-surface-brand));
    --_radius: var(--loos-event-card-radius, var(--loos-radius-md));
    /* The stretched link's ::after is positioned against the card. */
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    background: var(--_background);
    color: var(--loos-color-text);
    border: var(--loos-border-width-thin) solid var(--_border);
    border-radius: var(--_radius);
  }
  .card:hover {
    border-color: var(--loos-color-border-strong);
  }
  /* The whole card shows the focus ring when its main link has keyboard focus. */
  .card:has(.main-link:focus-visible) {
    outline: var(--loos-focus-ring-width) solid var(--loos-color-focus-ring);
    outline-offset: var(--loos-focus-ring-offset);
  }
  .main-link:focus-visible {
    outline: none;
  }
  .image {
    order: -1;
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--loos-color-surface-sunken);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--loos-space-sm);
    padding: var(--loos-space-md);
    min-inline-size: 0;
  }
  .title {
    margin: 0;
    font-family: var(--loos-font-family-heading);
    font-size: var(--loos-font-size-lg);
    font-weight: var(--loos-font-weight-bold);
    line-height: var(--loos-line-height-tight);
    color: var(--loos-color-heading);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .main-link {
    color: var(--loos-color-link);
    text-decoration: underline;
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.15em;
  }
  .main-link:hover {
    color: var(--loos-color-link-hover);
    text-decoration-thickness: 0.12em;
  }
  /* Stretched link: one link, the whole card clickable, no nested interactive elements. */
  .main-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loos-space-xs);
    order: -1;
  }
  .labels:empty {
    display: none;
  }
  .status,
  .category {
    margin: 0;
    padding-block: var(--loos-space-2xs);
    padding-inline: var(--loos-space-sm);
    border-radius: var(--loos-radius-pill);
    font-size: var(--loos-font-size-sm);
    font-weight: var(--loos-font-weight-bold);
  }
  .status {
    background: var(--loos-color-notice-warning-background);
    color: var(--loos-color-notice-warning-text);
    border: var(--loos-border-width-thin) solid var(--loos-color-notice-warning-border);
  }
  .card[data-status='cancelled'] .status {
    background: var(--loos-color-notice-alert-background);
    color: var(--loos-color-notice-alert-text);
    border-color: var(--loos-color-notice-alert-border);
  }
  .card[data-status='moved-online'] .status,
  .card[data-status='rescheduled'] .status {
    background: var(--loos-color-notice-info-background);
    color: var(--loos-color-notice-info-text);
    border-color: var(--loos-color-notice-info-border);
  }
  .category {
    background: var(--loos-color-surface-sunken);
    color: var(--loos-color-text);
    border: var(--loos-border-width-thin) solid var(--loos-color-border);
  }
  .date,
  .fact dd,
  .accessibility li {
    display: flex;
    gap: var(--loos-space-xs);
    align-items: flex-start;
    margin: 0;
  }
  .date {
    font-weight: var(--loos-font-weight-bold);
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.1em;
    color: var(--loos-color-text-muted);
  }
  .facts {
    display: grid;
    gap: var(--loos-space-2xs);
    margin: 0;
  }
  .fact {
    overflow-wrap: anywhere;
  }
  .organizer {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--loos-space-xs);
    color: var(--loos-color-text-muted);
    font-size: var(--loos-font-size-sm);
  }
  .organizer dt::after {
    content: ' :';
  }
  .description {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--loos-event-card-description-lines, 4);
    overflow: hidden;
  }
  .accessibility {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loos-space-xs) var(--loos-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--loos-font-size-sm);
  }
  .accessibility .icon {
    color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loos-space-sm);
    margin-block-start: auto;
  }
  .actions:empty {
    display: none;
  }
  /* Above the stretched link, so that they keep their own click. */
  .action {
    position: relative;
    z-index: 1;
    display: inline-flex;
    align-items: center;
    gap: var(--loos-space-xs);
    min-block-size: 2.75rem;
    padding-block: var(--loos-space-xs);
    padding-inline: var(--loos-space-md);
    border: var(--loos-border-width-thin) solid var(--loos-color-action);
    border-radius: var(--loos-radius-sm);
    background: var(--loos-color-surface);
    color: var(--loos-color-action);
    font: inherit;
    font-weight: var(--loos-font-weight-bold);
    text-decoration: none;
    cursor: pointer;
  }
  .action .icon {
    color: currentColor;
  }
  .action:hover {
    border-color: var(--loos-color-action-hover);
    color: var(--loos-color-action-hover);
  }
  .action.primary {
    background: var(--loos-color-action);
    color: var(--loos-color-text-on-action);
  }
  .action.primary:hover {
    background: var(--loos-color-action-hover);
    color: var(--loos-color-text-on-action);
  }
  .unavailable {
    border-style: dashed;
  }
  .problem,
  .problems {
    margin: 0;
  }
  .problems {
    padding-inline-start: var(--loos-space-lg);
    font-size: var(--loos-font-size-sm);
    color: var(--loos-color-text-muted);
  }
  @media (forced-colors: active) {
    .card,
    .status,
    .category,
    .action {
      border-color: CanvasText;
    }
    .icon,
    .accessibility .icon {
      color: CanvasText;
    }
    .main-link {
      color: LinkText;
    }
    .action,
    .action.primary {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .card:has(.main-link:focus-visible) {
      outline-color: Highlight;
    }
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;

/** Host styles of the standalone element. */
export const eventCardHostStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
`;
