// Size budgets (`npm run size`, part of `npm test` after the build). Elements are discovered from
// dist/components/<name>/<name>.js, so a new element gets a line — and a budget — on its own.
// Sizes are gzip, like the targets. "Marginal" lines leave Lit out (it is shared):
// they measure what one more element costs a page that already has Lit.
import { existsSync, readdirSync } from 'node:fs';

const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/**
 * Per element, beyond Lit: `target` is the budget the issues set (or ours where they set none);
 * `limit` is the ceiling CI enforces today. Where an element is still above its target, the ceiling
 * sits just above the size measured on 2026-11-29 so that any growth fails CI, and the gap to the
 * target is tracked in docs/performance.md. Lower a ceiling whenever an element gets lighter.
 */
const BUDGETS = {
  'notice': { target: '3 kB', limit: '7.5 kB' },
  'event-card': { target: '4 kB', limit: '13.5 kB' },
  'budget-chart': { target: '10 kB', limit: '19.5 kB' },
  'official-banner': { target: '5 kB', limit: '5 kB' },
  'key-figure': { target: '4 kB', limit: '4 kB' },
  'notice-feed': { target: '8 kB', limit: '15.5 kB' },
  'event-list': { target: '8 kB', limit: '17 kB' },
  'tone-checker': { target: '15 kB', limit: '27.5 kB' },
};
const DEFAULT_LIMIT = '5 kB';

const elements = existsSync('dist/components')
  ? readdirSync('dist/components').filter((name) => existsSync(`dist/components/${name}/${name}.js`)).sort()
  : [];

export default [
  {
    // Target 40 kB for the whole library (issue 7). What a resident's page downloads is the CMS
    // bundle (every civic element + Lit); the tone checker, a staff tool, has its own module.
    name: 'Formats civiques avec Lit (dist/cdn/loos-ui.js) — cible 40 kB',
    path: 'dist/cdn/loos-ui.js',
    gzip: true,
    limit: '61 kB',
  },
  {
    name: 'Vérificateur de ton avec Lit (dist/cdn/loos-tone-checker.js), pour les rédacteurs',
    path: 'dist/cdn/loos-tone-checker.js',
    gzip: true,
    limit: '34 kB',
  },
  {
    name: 'Lit seul (référence)',
    import: {
      'node_modules/lit/index.js': '{ LitElement, html, svg, css, nothing }',
      'node_modules/lit/decorators.js': '{ property, state }',
    },
    gzip: true,
  },
  ...elements.map((name) => ({
    name: `<loos-${name}> au-delà de Lit — cible ${(BUDGETS[name] ?? { target: DEFAULT_LIMIT }).target}`,
    import: { [`./dist/components/${name}/${name}.js`]: '*' },
    ignore: LIT,
    gzip: true,
    limit: (BUDGETS[name] ?? { limit: DEFAULT_LIMIT }).limit,
  })),
];
