import { css } from 'lit';

export const toneCheckerStyles = css`
  :host {
    --_surface: var(--loos-tone-checker-surface, var(--loos-color-surface-raised));
    --_border: var(--loos-tone-checker-border, var(--loos-color-border-strong));
    --_field-border: var(--_border);
    --_error: var(--loos-tone-checker-error, var(--loos-color-notice-alert-border));
    --_warning: var(--loos-tone-checker-warning, var(--loos-color-notice-warning-border));
    --_info: var(--loos-tone-checker-info, var(--loos-color-notice-info-border));
    display: block;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--loos-space-sm) var(--loos-space-lg);
    margin-block-end: var(--loos-space-md);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--loos-space-2xs);
  }
  label,
  .title {
    font-weight: var(--loos-font-weight-bold);
    color: var(--loos-color-heading);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--loos-space-xs);
  }
  .check label {
    font-weight: var(--loos-font-weight-regular);
    color: var(--loos-color-text);
  }
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--loos-color-action);
  }
  .help {
    margin-block: var(--loos-space-2xs) var(--loos-space-xs);
    color: var(--loos-color-text-muted);
    font-size: var(--loos-font-size-sm);
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 12rem;
    padding-block: var(--loos-space-sm);
    line-height: var(--loos-line-height-normal);
    resize: vertical;
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loos-space-2xs) var(--loos-space-lg);
    margin-block: var(--loos-space-sm);
    font-size: var(--loos-font-size-sm);
  }
  .stats p {
    margin: 0;
  }
  .over {
    font-weight: var(--loos-font-weight-bold);
  }
  .title {
    margin-block: var(--loos-space-md) var(--loos-space-xs);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--loos-space-xs);
  }
  .finding {
    display: grid;
    gap: var(--loos-space-2xs);
    inline-size: 100%;
    text-align: start;
    font: inherit;
    color: var(--loos-color-text);
    background: var(--_surface);
    border: var(--loos-border-width-thin) solid var(--loos-color-border);
    border-inline-start: var(--loos-border-width-thick) solid var(--_info);
    border-radius: var(--loos-radius-sm);
    padding: var(--loos-space-xs) var(--loos-space-sm);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .finding:hover {
    border-color: var(--_border);
  }
  .finding.error {
    border-inline-start-color: var(--_error);
  }
  .finding.warning {
    border-inline-start-color: var(--_warning);
  }
  .severity {
    font-weight: var(--loos-font-weight-bold);
  }
  .excerpt,
  .suggestion {
    font-size: var(--loos-font-size-sm);
    color: var(--loos-color-text-muted);
  }
  .empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    .finding {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .finding.error,
    .finding.warning {
      border-inline-start-color: Highlight;
    }
    .excerpt,
    .suggestion {
      color: ButtonText;
    }
  }
`;
