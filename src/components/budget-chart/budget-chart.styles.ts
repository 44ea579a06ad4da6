import { css } from 'lit';

/*
 * Each category has a colour AND a pattern (the order of the design tokens' `chartPatterns`:
 * solid, diagonal, dots, cross, horizontal, vertical, checker, zigzag), and a direct text label.
 * Patterns are CSS gradients drawn in the chart surface colour over the category colour. In forced
 * colours, gradients would be dropped, so marks opt out of forcing and use system colours only.
 */
export const budgetChartStyles = css`
  :host {
    --_surface: var(--loos-budget-chart-surface, var(--loos-color-chart-surface));
    --_thickness: var(--loos-budget-chart-bar-thickness, 1.5rem);
    --_gap: var(--_surface);
    display: block;
    container-type: inline-size;
  }
  .block {
    display: grid;
    gap: var(--loos-space-md);
    padding: var(--loos-space-md);
    background: var(--_surface);
    color: var(--loos-color-chart-text);
    border: var(--loos-border-width-thin) solid var(--loos-color-border);
    border-radius: var(--loos-radius-md);
  }
  /* Face, weight, colour and margins: the shared heading rules (sharedStyles). */
  #heading {
    font-size: var(--loos-font-size-xl);
  }
  p,
  ul,
  dl {
    margin: 0;
  }
  .summary {
    font-size: var(--loos-font-size-md);
    max-inline-size: 70ch;
  }
  .description,
  .legend,
  .source {
    color: var(--loos-color-text-muted);
    font-size: var(--loos-font-size-sm);
  }
  .source a {
    color: var(--loos-color-link);
  }
  .chart {
    display: grid;
    gap: var(--loos-space-sm);
    padding: var(--loos-space-xs);
    border-radius: var(--loos-radius-sm);
  }
  .item {
    display: grid;
    min-inline-size: 0;
    gap: var(--loos-space-2xs);
    padding: var(--loos-space-2xs) var(--loos-space-xs);
    border-radius: var(--loos-radius-sm);
    cursor: default;
  }
  .chart:focus .item.active,
  .item.active:hover {
    outline: var(--loos-focus-ring-width) solid var(--loos-color-focus-ring);
    outline-offset: 1px;
  }
  .label {
    overflow-wrap: anywhere;
  }
  .count,
  .year {
    color: var(--loos-color-text-muted);
  }
  .year {
    flex: none;
    min-inline-size: 3em;
    font-size: var(--loos-font-size-sm);
  }
  /* On a narrow screen, with large text or a person's own text spacing, the value goes under its
     bar rather than past the edge of the page (each amount keeps its no-break spaces). */
  .bar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--loos-space-xs);
  }
  .value {
    flex: 0 1 auto;
    min-inline-size: 0;
    font-weight: var(--loos-font-weight-bold);
    overflow-wrap: anywhere;
  }
  .share {
    font-weight: var(--loos-font-weight-regular);
    color: var(--loos-color-text-muted);
  }
  .mark {
    --_fill: var(--loos-color-chart-1);
    background-color: var(--_fill);
    background-image: var(--_pattern, none);
    background-size: var(--_pattern-size, auto);
    border: var(--loos-border-width-thin) solid var(--loos-color-chart-text);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .bar-row .mark {
    flex: none;
    block-size: var(--_thickness);
    inline-size: calc(var(--_size) * 0.68%);
    min-inline-size: 2px;
  }
  .p2 {
    --_fill: var(--loos-color-chart-2);
    --_pattern: repeating-linear-gradient(45deg, transparent 0 5px, var(--_gap) 5px 7px);
  }
  .p3 {
    --_fill: var(--loos-color-chart-3);
    --_pattern: radial-gradient(circle, var(--_gap) 1.5px, transparent 2px);
    --_pattern-size: 6px 6px;
  }
  .p4 {
    --_fill: var(--loos-color-chart-4);
    --_pattern: repeating-linear-gradient(45deg, transparent 0 5px, var(--_gap) 5px 6px),
      repeating-linear-gradient(-45deg, transparent 0 5px, var(--_gap) 5px 6px);
  }
  .p5 {
    --_fill: var(--loos-color-chart-5);
    --_pattern: repeating-linear-gradient(0deg, transparent 0 4px, var(--_gap) 4px 6px);
  }
  .p6 {
    --_fill: var(--loos-color-chart-6);
    --_pattern: repeating-linear-gradient(90deg, transparent 0 4px, var(--_gap) 4px 6px);
  }
  .p7 {
    --_fill: var(--loos-color-chart-7);
    --_pattern: conic-gradient(var(--_gap) 25%, transparent 0 50%, var(--_gap) 0 75%, transparent 0);
    --_pattern-size: 8px 8px;
  }
  .p8 {
    --_fill: var(--loos-color-chart-8);
    --_pattern: linear-gradient(135deg, var(--_gap) 25%, transparent 25%), linear-gradient(225deg, var(--_gap) 25%, transparent 25%);
    --_pattern-size: 8px 8px;
  }
  .previous-mark {
    --_fill: var(--loos-color-text-muted);
    --_pattern: repeating-linear-gradient(-45deg, transparent 0 3px, var(--_gap) 3px 6px);
  }
  .change {
    font-size: var(--loos-font-size-sm);
  }
  .share-figure {
    display: grid;
    gap: var(--loos-space-xs);
  }
  .share-heading {
    font-weight: var(--loos-font-weight-bold);
    font-size: var(--loos-font-size-lg);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(10, 1fr);
    gap: 3px;
    inline-size: min(100%, 18rem);
  }
  .cell {
    aspect-ratio: 1;
  }
  .cell.highlighted {
    outline: var(--loos-border-width-thick) solid var(--loos-color-chart-text);
    outline-offset: 1px;
  }
  .type-share .item {
    display: flex;
    align-items: center;
    gap: var(--loos-space-sm);
  }
  .swatch {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  .euros {
    display: inline-block;
    min-inline-size: 3.5ch;
  }
  .balance-group {
    display: grid;
    gap: var(--loos-space-2xs);
  }
  .group-name {
    font-weight: var(--loos-font-weight-bold);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loos-space-xs);
  }
  /* The shared outlined buttons (actionStyles), a little narrower: five of them share a line. */
  .action {
    padding-inline: var(--loos-space-sm);
  }
  .help ul,
  .problems ul {
    padding-inline-start: var(--loos-space-lg);
  }
  .table-region {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--loos-font-size-sm);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: var(--loos-font-weight-bold);
    padding-block-end: var(--loos-space-xs);
  }
  th,
  td {
    padding: var(--loos-space-2xs) var(--loos-space-xs);
    border-block-end: var(--loos-border-width-thin) solid var(--loos-color-border);
    text-align: end;
    vertical-align: top;
  }
  th[scope='row'],
  th[scope='col']:first-child {
    text-align: start;
  }
  tfoot th,
  tfoot td {
    font-weight: var(--loos-font-weight-bold);
    border-block-end: 0;
  }
  .problems {
    padding: var(--loos-space-sm);
    border-inline-start: var(--loos-border-width-thick) solid var(--loos-color-notice-warning-border);
    background: var(--loos-color-notice-warning-background);
    color: var(--loos-color-notice-warning-text);
  }
  .problems-title {
    font-weight: var(--loos-font-weight-bold);
  }
  summary {
    cursor: pointer;
    color: var(--loos-color-link);
  }
  dt {
    font-weight: var(--loos-font-weight-bold);
    margin-block-start: var(--loos-space-xs);
  }
  dd {
    margin-inline-start: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar-row .mark {
      transition: inline-size var(--loos-motion-duration-normal) var(--loos-motion-easing-standard);
    }
  }
  @media (forced-colors: active) {
    .mark {
      forced-color-adjust: none;
      --_fill: CanvasText;
      --_gap: Canvas;
      border-color: CanvasText;
    }
    .previous-mark {
      --_fill: GrayText;
    }
    .cell.highlighted,
    .chart:focus .item.active {
      outline-color: Highlight;
    }
    .block,
    .problems {
      border-color: CanvasText;
    }
  }
  @media print {
    .actions,
    .help {
      display: none;
    }
    .block {
      border: 0;
      padding: 0;
    }
    .table-region[hidden] {
      display: block;
      overflow: visible;
    }
  }
`;
