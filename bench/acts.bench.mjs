// Official acts: a commune that has published online since 2022 lists thousands of acts. The target
// is that filtering 5,000 acts (type, year, category and a text search, as a person types) takes under
// 50 ms, so the list answers at each key without a wait. Medians in Node, on the pure model
// (src/lib/publications/acts.ts) the element calls; rendering a page of results is not included.
// Run alone: `node bench/acts.bench.mjs`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, figure, isMain, printBench, RUNS, scale, timeInNode } from './harness.mjs';

const COUNT = 5_000;
const TARGET_MS = 50;
const TYPES = ['Arrêté', 'Délibération', 'Décision'];
const CATEGORIES = ['Voirie et circulation', 'Urbanisme', 'Finances', 'Environnement', 'Éducation', 'Culture', 'Sports', 'Personnel'];
export const about = {
  compares: 'le modèle des actes officiels (src/lib/publications/acts.ts) à la cible de 50 ms par frappe ; pas de rendu',
  data: `${COUNT} actes synthétiques sur cinq ans (3 types, 8 thèmes), dans Node ; ${RUNS} mesures par chiffre`,
};
const SUBJECTS = ['Interdiction de stationner rue Pasteur', 'Fermeture temporaire du parc des Oliveaux', 'Tarifs de la cantine scolaire', 'Subvention à l’association Loos Solidaire', 'Travaux de réfection de la chaussée avenue de la Paix', 'Horaires de la médiathèque Jean-Lévy', 'Marché de Noël place de la République', 'Convention avec le centre communal d’action sociale'];

/** 5,000 acts over five years, the same at every run. */
function acts() {
  return Array.from({ length: COUNT }, (_, i) => {
    const year = 2022 + (i % 5);
    const day = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return {
      type: TYPES[i % 3],
      number: `${year}-${String(i).padStart(4, '0')}`,
      title: `${SUBJECTS[i % SUBJECTS.length]} (${i})`,
      signed: day,
      published: day,
      document: { href: `/actes/${year}/${i}.pdf`, format: 'PDF', size: 100_000 + i },
      category: CATEGORIES[i % CATEGORIES.length],
    };
  });
}

export default async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'loos-acts-'));
  try {
    const file = join(dir, 'acts.mjs');
    writeFileSync(file, await bundle('src/lib/publications/acts.ts'));
    const model = await import(pathToFileURL(file).href);
    const input = acts();
    const read = model.readActs(input);
    if (read.acts.length !== COUNT) throw new Error(`${COUNT - read.acts.length} actes refusés dans le banc`);
    // What a person does: narrow by type and year, then type a search word letter by letter.
    const typing = ['s', 'st', 'sta', 'stat', 'stationner', 'stationner pasteur'];
    const filtering = await timeInNode(() => {
      for (const query of typing) model.filterActs(read.acts, { type: 'Arrêté', year: 2024, query });
    });
    const oneFilter = await timeInNode(() => model.filterActs(read.acts, { query: 'parc oliveaux', category: 'Environnement' }));
    const reading = await timeInNode(() => model.readActs(input));
    const facets = await timeInNode(() => model.actFacets(read.acts));
    const perKey = scale(filtering, 1 / typing.length);
    return [
      figure(`Actes : filtrer ${COUNT} actes (type + année + recherche), par frappe`, perKey, 'ms', `cible < ${TARGET_MS} ms ${perKey.median < TARGET_MS ? '✓' : '✗'}`),
      figure(`Actes : filtrer ${COUNT} actes (thème + deux mots)`, oneFilter, 'ms', `cible < ${TARGET_MS} ms ${oneFilter.median < TARGET_MS ? '✓' : '✗'}`),
      figure(`Actes : lire et trier ${COUNT} actes (JSON vérifié)`, reading, 'ms'),
      figure(`Actes : valeurs des filtres pour ${COUNT} actes`, facets, 'ms'),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) printBench('acts.bench.mjs', about, await run());
