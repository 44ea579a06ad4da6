import { css } from 'lit';

/**
 * Styles of one card; `<loos-event-list>` reuses them for the cards it renders (one module,
 * so one copy in a bundle holding both elements).
 *
 * Why some rules are there (comments stay out of the CSS text, which ships with every card):
 * - `.card` is `position: relative` for the stretched main link: its `::after` covers the
 *   card, so the whole card is clickable through one link, without nested interactive elements;
 *   the card shows the focus ring when that link has keyboard focus.
 * - `.action` sits above the stretched link (`z-index`) so that buttons keep their own click.
 * - Pictograms are line drawings stroked with `currentColor` (see icons.ts).
 */
export const eventCardStyles = css`
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  .card {
    --_background: var(--loos-event-card-background, var(--loos-color-surface-raised));
    --_border: var(--loos-event-card-border, var(--loos-color-border));
    --_accent: var(--loos-event-card-accent, var(--loos-color-icon-accent));
    --_radius: var(--loos-event-card-radius, var(--loos-radius-md));
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    background: var(--_background);
    border: var(--loos-border-width-thin) solid var(--_border);
    border-radius: var(--_radius);
  }
  .card:hover {
    border-color: var(--loos-color-border-strong);
  }
  .card:has(.main-link:focus-visible) {
    outline: var(--loos-focus-ring-width) solid var(--loos-color-focus-ring);
    outline-offset: var(--loos-focus-ring-offset);
  }
  .main-link:focus-visible {
    outline: none;
  }
  .image {
    order: -1;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--loos-color-surface-sunken);
  }
  .body,
  .facts {
    display: flex;
    flex-direction: column;
  }
  .body {
    gap: var(--loos-space-sm);
    padding: var(--loos-space-md);
  }
  .title {
    font-size: var(--loos-font-size-lg);
    hyphens: auto;
  }
  .main-link {
    color: var(--loos-color-link);
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.15em;
  }
  .main-link:hover {
    color: var(--loos-color-link-hover);
    text-decoration-thickness: 0.12em;
  }
  .main-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .labels,
  .accessibility,
  .actions,
  .organizer {
    display: flex;
    flex-wrap: wrap;
  }
  .labels {
    order: -1;
    gap: var(--loos-space-xs);
  }
  .status,
  .category {
    padding: var(--loos-space-2xs) var(--loos-space-sm);
    border: var(--loos-border-width-thin) solid;
    border-radius: var(--loos-radius-pill);
    font-size: var(--loos-font-size-sm);
    font-weight: var(--loos-font-weight-bold);
  }
  .status {
    background: var(--loos-color-notice-warning-background);
    color: var(--loos-color-notice-warning-text);
    border-color: var(--loos-color-notice-warning-border);
  }
  [data-status='cancelled'] .status {
    background: var(--loos-color-notice-alert-background);
    color: var(--loos-color-notice-alert-text);
    border-color: var(--loos-color-notice-alert-border);
  }
  [data-status='moved-online'] .status,
  [data-status='rescheduled'] .status {
    background: var(--loos-color-notice-info-background);
    color: var(--loos-color-notice-info-text);
    border-color: var(--loos-color-notice-info-border);
  }
  .category {
    background: var(--loos-color-surface-sunken);
    border-color: var(--loos-color-border);
  }
  .date,
  .fact dd,
  .accessibility li {
    display: flex;
    gap: var(--loos-space-xs);
    align-items: flex-start;
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
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .facts {
    gap: var(--loos-space-2xs);
    overflow-wrap: anywhere;
  }
  .organizer,
  .accessibility,
  .problems {
    font-size: var(--loos-font-size-sm);
  }
  .organizer {
    gap: 0 var(--loos-space-xs);
  }
  .organizer,
  .problems {
    color: var(--loos-color-text-muted);
  }
  .organizer dt::after {
    content: ' :';
  }
  /* Shown whole: cut lines would be text nobody can read, by any means (and cut further by a
     person's own text spacing). A card that should stay short gets a shorter description. */
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .accessibility {
    gap: var(--loos-space-xs) var(--loos-space-md);
    padding: 0;
    list-style: none;
  }
  .accessibility .icon {
    color: var(--_accent);
  }
  .actions {
    gap: var(--loos-space-sm);
    margin-block-start: auto;
  }
  .action {
    position: relative;
    z-index: 1;
    font-weight: var(--loos-font-weight-bold);
  }
  .action .icon {
    color: inherit;
  }
  .primary {
    --_action-color: var(--loos-color-text-on-action);
    --_action-hover-color: var(--loos-color-text-on-action);
    --_action-background: var(--loos-color-action);
    border-color: var(--loos-color-action);
  }
  .primary:hover {
    --_action-background: var(--loos-color-action-hover);
    border-color: var(--loos-color-action-hover);
  }
  .unavailable {
    border-style: dashed;
  }
  .problems {
    padding-inline-start: var(--loos-space-lg);
  }
  @media (forced-colors: active) {
    .icon,
    .accessibility .icon {
      color: CanvasText;
    }
    .main-link {
      color: LinkText;
    }
    .action {
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
