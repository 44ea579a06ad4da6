// `npm run bench` (or `node bench/tone.bench.mjs`): how right and how fast `loos-tone` is.
//
// 1. Precision and recall on the annotated corpus (tests/fixtures/tone/corpus).
//    `node bench/tone.bench.mjs --corpus` also lists every false alarm and every miss.
// 2. Speed, side by side with textlint running comparable rules (sentence length + a
//    substitution dictionary through prh, fed with the same jargon dictionary), on a few
//    hundred distinct documents of 1 to 6 kB linted one by one, as an editor or a CI job
//    does. That is the headline figure. The old single 1 MB document comes last, as a
//    footnote: textlint's sentence splitter slows down with the square of a document's size,
//    so one huge document flatters loos-tone about twenty times.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { figure, isMain, printBench, ratio, RUNS, scale, stats } from './harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(root, 'tests/fixtures/tone/corpus');

export const about = {
  compares: 'la justesse de loos-tone sur un corpus annoté, et sa vitesse face à textlint avec des règles comparables (longueur de phrase + même dictionnaire de jargon par prh)',
  data: `corpus annoté (tests/fixtures/tone/corpus, 60 textes) ; quelques centaines de documents de 1 à 6 ko tirés du corpus, vérifiés un par un ; temps processeur, ${RUNS} tours alternés`,
};

/** The linter and the corpus scorer, bundled from TypeScript. */
async function loadLinter(dir) {
  const out = join(dir, 'tone.mjs');
  await build({
    stdin: {
      contents: "export * from './src/tone/index.ts'; export { parseAnnotated, scoreCorpus } from './tests/unit/tone/corpus.ts';",
      resolveDir: root, loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'silent',
  });
  return import(pathToFileURL(out).href);
}

export function corpusDocuments(tone) {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort().map((f) => tone.parseAnnotated(f, readFileSync(join(CORPUS, f), 'utf8')));
}

/** A deterministic pseudo-random generator (so every run lints the same documents). */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const STREETS = ['rue Pasteur', 'rue du Maréchal-Foch', 'avenue de la Paix', 'rue Jean-Jaurès', 'place de la République', 'rue Victor-Hugo', 'rue Sadi-Carnot', 'rue Gambetta', 'rue Clémenceau', 'rue du Général-Leclerc', 'allée des Tilleuls', 'rue de l’Industrie', 'chemin du Halage', 'rue Roger-Salengro', 'boulevard de la Liberté'];
const PLACES = ['à la salle des fêtes', 'à la médiathèque Jean-Lévy', 'à l’école Jules-Ferry', 'au complexe sportif Georges-Carpentier', 'au parc des Oliveaux', 'à la maison de quartier du Clos-Fleuri', 'à la résidence Les Tilleuls', 'à la salle Pierre-Mauroy', 'à l’église Saint-Martin', 'à la piscine Marx-Dormoy'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre', 'décembre'];
const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const FROM_SERVICES = ['du service voirie', 'du service éducation', 'du centre communal d’action sociale', 'du service des sports', 'de l’accueil de la mairie', 'du service urbanisme', 'de la police municipale', 'du service culturel'];
const SERVICES = ['le service voirie', 'le service éducation', 'le centre communal d’action sociale', 'le service des sports', 'l’accueil de la mairie', 'le service urbanisme', 'la police municipale', 'le service culturel'];
const THINGS = ['les canalisations', 'l’éclairage public', 'les trottoirs', 'la toiture du gymnase', 'les jeux du parc', 'la chaudière de l’école', 'les fenêtres de la crèche', 'le revêtement de la chaussée', 'les bancs de la place', 'les conteneurs de tri'];

/** Sentences written like the city's texts, with slots, so that no two documents repeat each other. */
const TEMPLATES = [
  (r) => `Les travaux ${pick(r, STREETS)} commencent le ${day(r)} ${date(r)} et durent ${1 + int(r, 11)} semaines.`,
  (r) => `Nous allons procéder au remplacement de ${pick(r, THINGS)} ${pick(r, STREETS)} à partir du ${date(r)}.`,
  (r) => `Le stationnement sera interdit ${pick(r, STREETS)} du ${date(r)} au ${date(r)}, de ${7 + int(r, 3)}h à ${16 + int(r, 3)}h.`,
  (r) => `Renseignements auprès ${pick(r, FROM_SERVICES)} au 03 20 ${10 + int(r, 89)} ${10 + int(r, 89)} ${10 + int(r, 89)}, du lundi au vendredi.`,
  (r) => `Le conseil municipal a voté une enveloppe de ${money(r)} € pour rénover ${pick(r, THINGS)}.`,
  (r) => `Rendez-vous ${pick(r, PLACES)} le ${day(r)} ${date(r)} à ${9 + int(r, 12)} h pour la présentation du projet.`,
  (r) => `Afin de limiter la gêne, la circulation sera alternée ${pick(r, STREETS)} pendant ${2 + int(r, 20)} jours.`,
  (r) => `Les inscriptions sont ouvertes jusqu’au ${date(r)} ${pick(r, PLACES)} ou sur le portail famille.`,
  (r) => `La ville consacre ${int(r, 40) + 5} % de son budget d’investissement à ${pick(r, THINGS)}, soit ${money(r)} €.`,
  (r) => `Compte tenu de la météo, la fête prévue ${pick(r, PLACES)} est reportée au ${day(r)} ${date(r)}.`,
  (r) => `Entrée libre et gratuite, dans la limite des ${50 + int(r, 400)} places disponibles.`,
  (r) => `Le CCAS accompagne ${20 + int(r, 300)} personnes âgées isolées et leur téléphone chaque semaine pendant l’été.`,
  (r) => `Une déviation est mise en place par ${pick(r, STREETS)} et ${pick(r, STREETS)} jusqu’à la fin du chantier.`,
  (r) => `A partir du ${date(r)}, ${pick(r, SERVICES)} vous accueille aussi le samedi matin, de 9 h à 12 h.`,
  (r) => `Dans le cadre de l’entretien des espaces verts, ${2 + int(r, 60)} arbres seront élagués ${pick(r, STREETS)}.`,
  (r) => `La délibération n° 2025-${10 + int(r, 89)} fixe le tarif à ${1 + int(r, 30)},${10 + int(r, 89)} € par personne.`,
];

const pick = (r, list) => list[Math.floor(r() * list.length)];
const int = (r, n) => Math.floor(r() * n);
const date = (r) => `${1 + int(r, 28)} ${pick(r, MONTHS)} 202${5 + int(r, 2)}`;
const day = (r) => pick(r, DAYS);
const money = (r) => `${1 + int(r, 999)} ${String(int(r, 1000)).padStart(3, '0')}`;

/**
 * Documents of 1 to 6 kB made of the corpus paragraphs (their figures and streets changed) and
 * of template sentences, every sentence used once in the whole set: no document repeats
 * another, and the sentence splitter sees as many distinct sentences as in real use.
 */
export function realisticDocuments(corpus, { count = 275, seed = 20250301 } = {}) {
  const r = random(seed);
  const pool = corpus.flatMap((doc) => doc.text.split(/\n+/u).filter((line) => line.length > 30 && !line.startsWith('#')));
  const vary = (line) => line.replace(/\d+/gu, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + r()))))).replace(/rue [A-ZÉ][\p{L}-]+/gu, () => pick(r, STREETS));
  const used = new Set();
  const fresh = (make) => {
    for (let tries = 0; tries < 50; tries++) {
      const sentence = make();
      if (!used.has(sentence)) {
        used.add(sentence);
        return sentence;
      }
    }
    return undefined;
  };
  const docs = [];
  for (let i = 0; i < count; i++) {
    const target = 1024 + int(r, 5 * 1024);
    const parts = [`# ${fresh(() => pick(r, pool).slice(0, 60)) ?? 'Actualités'}`];
    let size = parts[0].length;
    while (size < target) {
      const paragraph = [];
      for (let s = 0; s < 2 + int(r, 3); s++) {
        const sentence = r() < 0.3 ? fresh(() => vary(pick(r, pool))) : fresh(() => pick(r, TEMPLATES)(r));
        if (sentence !== undefined) paragraph.push(sentence);
      }
      const text = paragraph.join(' ');
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
    }
    docs.push(parts.join('\n\n'));
  }
  return docs;
}

/** The old benchmark: one document of about 1 MB (kept as a footnote). */
function oneMegabyte(docs) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < 1024 * 1024; i++) {
    const doc = docs[i % docs.length];
    parts.push(doc);
    size += Buffer.byteLength(doc) + 2;
  }
  return parts.join('\n\n');
}

/**
 * Processor time (user + system) of this process, in milliseconds. The machine that runs the
 * bench is shared: wall-clock time would also measure the other programs.
 */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * One long unbroken word (a paste gone wrong, a hostile input): the time must grow with the
 * length, not with its square. 10 kB and 100 kB of plain letters, accented letters with a
 * combining accent, digits and emoji; the ratio 100 kB / 10 kB stays near 10 when it is linear.
 */
function unbrokenWordRows(tone) {
  const rows = [];
  for (const [label, unit] of [['lettres', 'a'], ['accents combinants', 'e\u0301'], ['chiffres', '1'], ['émojis', '😀']]) {
    const timeOf = (length) => {
      const text = unit.repeat(Math.ceil(length / unit.length));
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const started = cpuMs();
        tone.analyse(text, { channel: 'instagram' });
        times.push(cpuMs() - started);
      }
      return stats(times);
    };
    const small = timeOf(10_000);
    const large = timeOf(100_000);
    rows.push(figure(`un seul mot de 100 ko (${label})`, large, 'ms', `10 ko : ${Math.round(small.median)} ms ; rapport ${Math.round((large.median / small.median) * 10) / 10} (linéaire ≈ 10)`));
  }
  return rows;
}

/** Runs each contender in turn, `runs` rounds, so that a change of load hits them all alike; `stats` of each. */
async function timeInTurns(contenders, runs) {
  for (const fn of Object.values(contenders)) await fn(); // warm-up
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const started = cpuMs();
      await fn();
      times[name].push(cpuMs() - started);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, stats(v)]));
}

function prhYaml(entries) {
  const quote = (s) => JSON.stringify(s);
  const lines = ['version: 1', 'rules:'];
  // prh escapes « - » and then adds the « u » flag, which rejects it: hand it regular expressions.
  const toRegExp = (term) => term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]");
  for (const { term, replacement } of entries) {
    lines.push(`  - expected: ${quote(replacement)}`, `    pattern: ${quote(`/${toRegExp(term)}/`)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function textlintRunner(dir, tone) {
  const { createLinter } = await import('textlint');
  const { TextlintKernelDescriptor } = await import('@textlint/kernel');
  const textPlugin = (await import('@textlint/textlint-plugin-text')).default;
  const sentenceLength = (await import('textlint-rule-sentence-length')).default;
  const prh = (await import('textlint-rule-prh')).default;
  const rulePath = join(dir, 'prh.yml');
  writeFileSync(rulePath, prhYaml(tone.JARGON));
  const descriptor = new TextlintKernelDescriptor({
    rules: [
      // textlint-rule-sentence-length counts characters: 200 is about 30 French words.
      { ruleId: 'sentence-length', rule: sentenceLength.default ?? sentenceLength, options: { max: 200 } },
      { ruleId: 'prh', rule: prh.default ?? prh, options: { rulePaths: [rulePath] } },
    ],
    plugins: [{ pluginId: 'text', plugin: textPlugin.default ?? textPlugin }],
    filterRules: [],
  });
  const linter = createLinter({ descriptor });
  return (text) => linter.lintText(text, join(dir, 'bench.txt'));
}

const percent = (value) => Math.round(value * 1000) / 10;

export function accuracyRows(tone) {
  const docs = corpusDocuments(tone);
  const check = (text, channel) => tone.checkText(text, { channel });
  const all = tone.scoreCorpus(docs, check);
  const blind = tone.scoreCorpus(docs.filter((d) => Number(d.name.slice(0, 2)) > 40), check);
  return {
    score: all,
    rows: [
      figure('Corpus annoté : remarques justes (précision)', percent(all.precision), '%', `${all.right} sur ${all.findings} remarques, ${all.texts} textes ; objectif ≥ 97 %`),
      figure('Corpus annoté : problèmes trouvés (rappel)', percent(all.recall), '%', `${all.found} sur ${all.expected} attendus ; objectif ≥ 90 %`),
      figure('Textes annotés à l’aveugle (41 à 60) : précision', percent(blind.precision), '%', `${blind.right} sur ${blind.findings} ; rappel ${percent(blind.recall)} % (${blind.found} sur ${blind.expected})`),
    ],
  };
}

export default async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'loos-tone-bench-'));
  try {
    const tone = await loadLinter(dir);
    const { rows: accuracy } = accuracyRows(tone);
    const docs = realisticDocuments(corpusDocuments(tone));
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
    const sentences = docs.flatMap((d) => tone.splitSentences(d).map((s) => s.text));
    const distinct = new Set(sentences).size;
    const comparable = tone.resolveConfig({ rules: Object.fromEntries(tone.RULES.map((r) => [r.id, r.id === 'sentence-length' || r.id === 'jargon' ? 'warning' : 'off'])) }).config;

    const lint = await textlintRunner(dir, tone);
    const { all: allMs, same: sameMs, textlint: textlintMs } = await timeInTurns({
      all: () => { for (const d of docs) tone.checkText(d, { channel: 'web' }); },
      same: () => { for (const d of docs) tone.checkText(d, { channel: 'web', config: comparable }); },
      textlint: async () => { for (const d of docs) await lint(d); },
    }, RUNS);

    const perDoc = (measure) => scale(measure, 1 / docs.length);
    const kb = Math.round(bytes / 1024);
    const rows = [
      ...accuracy,
      figure(`loos-tone, ${tone.RULES.length} règles, ${docs.length} documents de 1 à 6 ko`, perDoc(allMs), 'ms/document', `${Math.round(allMs.median)} ms pour ${kb} ko ; ${distinct} phrases distinctes sur ${sentences.length}`),
      figure('loos-tone, règles comparables, mêmes documents', perDoc(sameMs), 'ms/document', `longueur de phrase + jargon (${tone.JARGON.length} entrées)`),
      figure('textlint, règles comparables, mêmes documents', perDoc(textlintMs), 'ms/document', `sentence-length + prh (mêmes ${tone.JARGON.length} entrées), un lintText par document`),
      figure(`rapport textlint / loos-tone avec ses ${tone.RULES.length} règles (titre)`, ratio(textlintMs, allMs), '×', 'document par document ; objectif ≥ 5'),
      figure('rapport textlint / loos-tone, règles comparables', ratio(textlintMs, sameMs), '×', 'document par document'),
    ];
    rows.push(...unbrokenWordRows(tone));
    // TONE_BENCH_QUICK=1 skips the footnote, which takes textlint about three minutes.
    if (process.env.TONE_BENCH_QUICK === '1') return rows;

    // Footnote: the same kind of text as one 1 MB document.
    const big = oneMegabyte(docs);
    tone.checkText(big, { channel: 'web', config: comparable });
    let started = cpuMs();
    tone.checkText(big, { channel: 'web', config: comparable });
    const bigMs = cpuMs() - started;
    await lint(big.slice(0, 20_000));
    started = cpuMs();
    await lint(big);
    const bigTextlintMs = cpuMs() - started;

    return [
      ...rows,
      // One run each (textlint takes minutes on it): no spread to give, said in the note.
      { ...figure('note : un seul document de 1 Mo, règles comparables', bigTextlintMs / bigMs, '×', `textlint ${Math.round(bigTextlintMs)} ms, loos-tone ${Math.round(bigMs)} ms : le découpage en phrases de textlint croît comme le carré de la taille du document`), spread: 'une seule mesure' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  if (process.argv.includes('--corpus')) {
    const dir = mkdtempSync(join(tmpdir(), 'loos-tone-corpus-'));
    try {
      const { rows, score } = accuracyRows(await loadLinter(dir));
      for (const text of score.perText) {
        for (const f of text.falseAlarms) console.log(`${text.name}  fausse alerte  ${f.rule}  « ${f.text.slice(0, 80)} »`);
        for (const m of text.misses) console.log(`${text.name}  oubli  ${m.rule}  « ${m.text.slice(0, 80)} »`);
      }
      printBench('tone.bench.mjs', about, rows);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    printBench('tone.bench.mjs', about, await run());
  }
}
