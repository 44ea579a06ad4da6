// `npm run bench` (or `node bench/tone.bench.mjs`): lints 1 MB of French text with the city's
// linter and, side by side, with textlint running comparable rules (sentence length + a
// substitution dictionary through prh, fed with the same jargon dictionary).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TARGET_BYTES = 1024 * 1024;

const SEED = [
  'La piscine municipale ferme du 3 au 28 mars pour des travaux de rénovation.',
  'Nous allons procéder à la fermeture du parc Jean-Jaurès afin de permettre l’élagage des arbres.',
  'Le conseil municipal a voté le budget 2025 : 12 500 000 € pour l’investissement et le logement.',
  'Les habitants peuvent s’inscrire à l’accueil de la mairie ou sur le site de la ville.',
  'Conformément aux dispositions en vigueur, les demandes doivent être déposées dans les meilleurs délais auprès du service instructeur, qui statuera sur leur recevabilité après examen des pièces justificatives fournies par les pétitionnaires.',
  'La fête de la musique aura lieu le samedi 21 juin sur la place de la République.',
  'Le CCAS (centre communal d’action sociale) accompagne les seniors tout au long de l’année.',
  'Nonobstant les difficultés rencontrées, la collectivité poursuit la mise en œuvre du plan vélo.',
  'Les travaux de voirie perturberont la circulation rue Foch jusqu’au vendredi 14 novembre.',
  'Venez découvrir la nouvelle médiathèque, ouverte du mardi au samedi de 10 h à 18 h.',
];

/** Deterministic French text of about `bytes` bytes (a linear congruential generator picks sentences). */
export function frenchText(bytes = TARGET_BYTES) {
  let state = 20250301;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const parts = [];
  let size = 0;
  let paragraph = 0;
  while (size < bytes) {
    const sentence = SEED[next() % SEED.length];
    parts.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
    paragraph++;
    if (paragraph % 5 === 0) parts.push('\n\n');
    else parts.push(' ');
  }
  return parts.join('');
}

async function loadLinter(dir) {
  const out = join(dir, 'tone.mjs');
  await build({ entryPoints: [join(root, 'src/tone/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'silent' });
  return import(pathToFileURL(out).href);
}

function time(fn, runs) {
  fn(); // warm-up
  const started = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - started) / runs;
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

export default async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'loos-tone-bench-'));
  try {
    const tone = await loadLinter(dir);
    const text = frenchText();
    const megabytes = Buffer.byteLength(text) / (1024 * 1024);
    const comparable = { rules: Object.fromEntries(tone.RULES.map((r) => [r.id, r.id === 'sentence-length' || r.id === 'jargon' ? 'warning' : 'off'])) };
    const resolved = tone.resolveConfig(comparable).config;
    const fullMs = time(() => tone.checkText(text, { channel: 'web' }), 3);
    const comparableMs = time(() => tone.checkText(text, { channel: 'web', config: resolved }), 3);
    const findings = tone.checkText(text, { channel: 'web', config: resolved }).length;
    const lint = await textlintRunner(dir, tone);
    // textlint takes about a minute per megabyte: one warm-up on a slice, then one measured run.
    await lint(text.slice(0, 20_000));
    const started = performance.now();
    const textlintFindings = (await lint(text)).messages.length;
    const textlintMs = performance.now() - started;
    const rate = (ms) => Math.round((megabytes / (ms / 1000)) * 100) / 100;
    return [
      { name: 'loos-tone, 35 règles', value: rate(fullMs), unit: 'Mo/s', note: `${Math.round(fullMs)} ms pour ${megabytes.toFixed(2)} Mo` },
      { name: 'loos-tone, règles comparables', value: rate(comparableMs), unit: 'Mo/s', note: `longueur de phrase + jargon (${tone.JARGON.length} entrées) : ${findings} remarques` },
      { name: 'textlint, règles comparables', value: rate(textlintMs), unit: 'Mo/s', note: `sentence-length + prh (mêmes ${tone.JARGON.length} entrées) : ${textlintFindings} remarques` },
      { name: 'rapport loos-tone / textlint', value: Math.round((textlintMs / comparableMs) * 10) / 10, unit: '×', note: 'règles comparables, même texte' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await run();
  console.table(rows);
}
