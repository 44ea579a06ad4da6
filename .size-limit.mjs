// Size budgets (`npm run size`, part of `npm test` after the build). Sizes are gzip, like the
// targets set for each element. Elements are discovered from dist/components/<name>/<name>.js, so a new element
// gets its lines — and a budget — on its own.
//
// What a page downloads is measured the way the CMS bundle is built (scripts/build/split-bundle.mjs):
// code an element loads with `import()` only when needed (a parser for an uncommon format, the
// calendar file, the English texts…) is in separate chunks. « au chargement » counts what a page
// loads before any of those run; « tout compris » counts every chunk.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtElements, cdnModules } from './scripts/build/cdn.mjs';
import { LIT_PACKAGES, splitBundle } from './scripts/build/split-bundle.mjs';

/**
 * Per element, beyond Lit: `target` is the budget set for the element; `initial` and `total` are
 * the ceilings CI enforces today, just above the size measured, so that any growth fails CI; the
 * gap to the target is tracked in docs/performance.md.
 */
const BUDGETS = {
  // The ceilings of 2026-11-29 were the first wave's floors. On 2026-12-03 three changes raised
  // them, each measured and explained in docs/performance.md (« Croissance du 3 décembre 2026 »):
  // the shared controllers (lang followed live, one data path with timeout and size limit, one
  // event form), the readers of real published files (SCDL, CAP/RSS, schema.org) and the tone
  // linter's new rules. The same evening the second wave's six changes (HTML first, hostile input,
  // beyond axe, strict CSP, French typography, publications) raised them again, by what each
  // measured (docs/performance.md, « Deuxième vague »). The date checks (a year 00xx refused, the
  // spring gap and the repeated autumn hour reported) added 0.1 to 0.4 kB to every element that reads
  // dates (docs/performance.md, « Dates signalées »). Lower a ceiling whenever an element gets lighter.
  'notice': { target: '3 kB', initial: '9.3 kB', total: '10.9 kB' },
  'event-card': { target: '4 kB', initial: '11.8 kB', total: '16.6 kB' },
  'budget-chart': { target: '10 kB', initial: '19 kB', total: '30.4 kB' },
  'official-banner': { target: '5 kB', initial: '4.9 kB', total: '6.6 kB' },
  'key-figure': { target: '4 kB', initial: '5.2 kB', total: '5.9 kB' },
  'notice-feed': { target: '8 kB', initial: '15.3 kB', total: '23.6 kB' },
  'event-list': { target: '8 kB', initial: '16.7 kB', total: '26.2 kB' },
  // A staff tool, never on a resident's page: 38 rules and their dictionaries.
  'tone-checker': { target: '15 kB', initial: '35.2 kB', total: '35.2 kB' },
  // Démarches and services, measured on 2026-12-03: tiles 4.98 kB, procedure 6.53 kB, contact card
  // 11.41 kB on load (14.07 kB with the JSON-LD writer). The card carries the whole hours model
  // (weekly ranges, exceptions, computed holidays, the directory reader, the status in Loos time)
  // and its French problem messages; its English words could be loaded on demand.
  'service-tiles': { target: '6 kB', initial: '5.5 kB', total: '5.5 kB' },
  'procedure': { target: '6 kB', initial: '7.2 kB', total: '7.2 kB' },
  'contact-card': { target: '6 kB', initial: '12.2 kB', total: '13.4 kB' },
  // Publications, measured on 2026-12-03: quote 4.21 kB, share 4.88 kB on load (each carries the
  // shared URL check and text readers; the share element also the announcer and its strings).
  'quote': { target: '3 kB', initial: '4.8 kB', total: '4.8 kB' },
  'share': { target: '4 kB', initial: '5.6 kB', total: '5.6 kB' },
  // The site frame, measured on 2026-12-03: header 3.28 kB, breadcrumb 2.98 kB, footer 3.04 kB,
  // back to top 3.28 kB on load. Light-DOM enhancers around the CMS's own HTML (site.css draws it);
  // each carries the locale and invalid-input controllers. Back to top is over its target: it is a
  // shadow-DOM element with the shared styles (focus ring, reduced motion) and its own.
  'header': { target: '6 kB', initial: '4 kB', total: '4 kB' },
  'breadcrumb': { target: '3 kB', initial: '3.3 kB', total: '3.3 kB' },
  'footer': { target: '3 kB', initial: '3.3 kB', total: '3.3 kB' },
  'back-to-top': { target: '2 kB', initial: '3.4 kB', total: '3.4 kB' },
  // The accordion's « Tout ouvrir », measured on 2026-12-03: 2.65 kB, over its 2 kB target: the
  // light-DOM enhancer base (locale and invalid-input controllers, address check) is most of it.
  'accordion': { target: '2 kB', initial: '2.9 kB', total: '2.9 kB' },
  // The site kit's form parts (light-DOM enhancers), measured on 2026-12-03: field 5.59 kB, error
  // summary 3.66 kB, tabs 2.62 kB. Field and summary carry the French and English validation
  // messages and their reader; the field also the announcer (docs/performance.md).
  'field': { target: '4 kB', initial: '6.4 kB', total: '6.4 kB' },
  'error-summary': { target: '3 kB', initial: '4.5 kB', total: '4.5 kB' },
  'tabs': { target: '3 kB', initial: '3.8 kB', total: '3.8 kB' },
  // Official acts and video, measured on 2026-12-03: act 7.03 kB, act list 10.16 kB on load (11.13 kB
  // with the fetching code), video 6.09 kB. The list carries the whole acts model (reading, sorting,
  // filters, facets, French problems), the filter form, the announcer and the paging focus.
  'act': { target: '4 kB', initial: '7.3 kB', total: '7.3 kB' },
  'act-list': { target: '8 kB', initial: '10.5 kB', total: '11.5 kB' },
  'video': { target: '5 kB', initial: '6.5 kB', total: '6.5 kB' },
  // The newsletter sign-up carries the field and the error summary it is built on (6.41 kB together,
  // measured on 2026-12-03): 9.49 kB on load, so 3.1 kB of its own against a target of 4 kB beyond them.
  'newsletter-signup': { target: '10.4 kB', initial: '9.5 kB', total: '9.5 kB' },
};
const DEFAULT_BUDGET = { target: '5 kB', initial: '5 kB', total: '5 kB' };

const root = fileURLToPath(new URL('.', import.meta.url));
const cache = 'node_modules/.cache/size-limit';
rmSync(cache, { recursive: true, force: true });
const elements = builtElements(root);

/** The CDN modules, built exactly as scripts/build/cdn.mjs builds dist/cdn/ (one shared Lit chunk). */
const cdn = await cdnModules(root, `${cache}/cdn`);
const library = cdn['loos-ui'];

/** The channels module as a browser bundles it (staff tools only: it carries the tone linter). */
const channels = await splitBundle({
  root, name: 'channels', outdir: `${cache}/channels`,
  source: `export * from ${JSON.stringify(fileURLToPath(new URL('dist/channels/index.js', import.meta.url)))};`,
});

/** Each element alone, Lit left out. */
const bundles = await Promise.all(elements.map((name) => splitBundle({
  root, name, imports: [`dist/components/${name}/${name}.js`], outdir: `${cache}/${name}`, external: LIT_PACKAGES,
})));

/** Lit alone, as our elements use it: the reference line. */
const lit = await splitBundle({
  root, name: 'lit', outdir: `${cache}/lit`,
  source: "export { LitElement, html, svg, css, nothing } from 'lit'; export { property, state } from 'lit/decorators.js';",
});

/** Files are measured as a browser downloads them: each one gzipped, the sizes added. */
const measured = (name, files, limit) => ({ name, path: files, gzip: true, ...(limit ? { limit } : {}) });

export default [
  // Target 40 kB for the whole library. What a resident's page downloads is the CMS
  // bundle (every civic element + Lit); the tone checker, a staff tool, has its own module.
  measured('Bibliothèque civique avec Lit (dist/cdn/loos-ui.js), au chargement — cible 40 kB', library.initial, '52.8 kB'),
  measured('Bibliothèque civique avec Lit, tout compris (modules à la demande inclus)', [...library.initial, ...library.lazy], '80.9 kB'),
  // Each with what it imports on load, the shared Lit chunk included (a page may load one alone).
  measured('Vérificateur de ton avec Lit (dist/cdn/loos-tone-checker.js), pour les rédacteurs', cdn['loos-tone-checker'].initial, '42.3 kB'),
  measured('Démarches et services avec Lit (dist/cdn/loos-services.js), au chargement', cdn['loos-services'].initial, '24.8 kB'),
  measured('Publications avec Lit (dist/cdn/loos-publications.js : citation, partage, actes, vidéo, lettre d’information), au chargement', cdn['loos-publications'].initial, '34.9 kB'),
  measured('Cadre du site avec Lit (dist/cdn/loos-site.js : en-tête, fil d’Ariane, pied de page, retour haut de page, accordéon), au chargement', cdn['loos-site'].initial, '14.7 kB'),
  measured('Formulaires avec Lit (dist/cdn/loos-forms.js : champ, récapitulatif des erreurs, onglets), au chargement', cdn['loos-forms'].initial, '16.4 kB'),
  // Text only, no Lit: the tone linter and its dictionaries are most of it (docs/performance.md).
  measured('Déclinaisons par canal (@ville-de-loos/ui/channels), pour le navigateur', [...channels.initial, ...channels.lazy], '45.5 kB'),
  measured('Lit seul (référence)', lit.initial),
  ...elements.flatMap((name, index) => {
    const budget = BUDGETS[name] ?? DEFAULT_BUDGET;
    const { initial, lazy } = bundles[index];
    return [
      measured(`<loos-${name}> au-delà de Lit, au chargement — cible ${budget.target}`, initial, budget.initial),
      ...(lazy.length > 0 ? [measured(`<loos-${name}> au-delà de Lit, tout compris`, [...initial, ...lazy], budget.total)] : []),
    ];
  }),
];
