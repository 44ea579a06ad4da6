/* global document, window */
// `<loos-budget-chart>` given the 1,000-line illustrative budget, in each type: time from creating
// the element to rendered and laid out (median and min–max, Chromium), against the static HTML of
// its OWN output — what it draws with the default `max-categories` (8 entries: the 7 largest items
// and « Autres »), copied from its shadow root into a shadow root with the same styles. The
// difference is what the element costs on top of the markup it produces. Sizes are
// `npm run size`'s job (.size-limit.mjs). Run alone: `node bench/budget.bench.mjs`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, emptyRoot, figure, fromRoot, isMain, openPage, printBench, ratio, RUNS, shadowMarkupOf, timeInNode, timeInPage, timeStaticShadow, withChromium } from './harness.mjs';

const TYPES = ['bars', 'share', 'comparison', 'balance'];
const TARGET_MS = 50;
/** Issue 11: a département's SCDL file (1,300 rows, several budgets) reads in under 100 ms. */
const SCDL_TARGET_MS = 100;
const SCDL_ROWS = 1300;

export const about = {
  compares: '<loos-budget-chart> (créé, rendu, mis en page) et le HTML statique de ce qu’il dessine (mêmes styles) ; lecture d’un fichier SCDL',
  data: `budget illustratif de 1 000 lignes (tests/fixtures/budget/budget-1000.json), max-categories par défaut : 8 entrées (7 postes + « Autres ») ; fichier SCDL synthétique d’un département, ${SCDL_ROWS} lignes, 3 budgets ; ${RUNS} mesures par chiffre`,
};

const COLUMNS = ['BGT_NATDEC', 'BGT_ANNEE', 'BGT_SIRET', 'BGT_NOM', 'BGT_CONTNAT', 'BGT_CONTNAT_LABEL', 'BGT_NATURE', 'BGT_NATURE_LABEL', 'BGT_FONCTION', 'BGT_FONCTION_LABEL', 'BGT_OPERATION', 'BGT_SECTION', 'BGT_OPBUDG', 'BGT_CODRD', 'BGT_MTREAL', 'BGT_MTBUDGPREC', 'BGT_MTRARPREC', 'BGT_MTPROPNOUV', 'BGT_MTPREV', 'BGT_CREDOUV', 'BGT_MTRAR3112', 'BGT_ARTSPE'];
/** Chapter, account, label, flow: a sample of what a département's compte administratif holds. */
const ACCOUNTS = [
  ['011', '6068', 'Autres matières et fournitures', 'D'], ['012', '6411', 'Personnel titulaire', 'D'], ['012', '6451', 'Cotisations à l’URSSAF', 'D'],
  ['017', '65171', 'RSA - allocations forfaitaires', 'D'], ['016', '651141', 'APA à domicile', 'D'], ['65', '6568', 'Autres participations', 'D'],
  ['66', '66111', 'Intérêts réglés à l’échéance', 'D'], ['66', '66112', 'Intérêts - rattachement des ICNE', 'D'], ['731', '73121', 'Taxe foncière sur les propriétés bâties', 'R'],
  ['731', '7321', 'Droits de mutation à titre onéreux', 'R'], ['74', '7411', 'Dotation globale de fonctionnement', 'R'], ['21', '21312', 'Bâtiments scolaires', 'D'],
  ['23', '2315', 'Installations, matériel et outillage techniques', 'D'], ['16', '1641', 'Emprunts en euros', 'D'], ['13', '1323', 'Subventions d’équipement des départements', 'R'],
];
const FUNCTIONS = ['01', '0202', '221', '311', '4341', '4351', '423', '538', '621', '738', '843'];

/**
 * A synthetic file with the structure of a département's published SCDL file: a main budget and
 * two annexes (BGT_SIRET / BGT_NOM), chapter in BGT_CONTNAT and account in BGT_NATURE, receipts
 * without a section, signed and empty outturns, some order rows. Deterministic (no randomness).
 */
function departementCsv(rows) {
  const budgets = [['22590999900011', 'Département fictif de la Loos-Vallée'], ['22590999900029', 'Budget annexe du laboratoire départemental'], ['22590999900037', 'Budget annexe du parc routier']];
  const lines = [COLUMNS.join(';')];
  for (let index = 0; index < rows; index++) {
    const [siret, name] = budgets[index % 17 === 0 ? 1 + (index % 2) : 0];
    const [chapter, account, label, flow] = ACCOUNTS[index % ACCOUNTS.length];
    const investment = /^[12]/.test(account);
    const cents = ((index * 7919) % 9_000_000) + 10_000;
    const amount = account === '66112' ? `-${(cents / 100).toFixed(2).replace('.', ',')}` : index % 23 === 0 ? '' : (cents * 10 / 100).toFixed(2).replace('.', ',');
    const row = {
      BGT_NATDEC: 'compte administratif', BGT_ANNEE: '2025', BGT_SIRET: siret, BGT_NOM: name,
      BGT_CONTNAT: chapter, BGT_CONTNAT_LABEL: '', BGT_NATURE: account, BGT_NATURE_LABEL: label,
      BGT_FONCTION: FUNCTIONS[index % FUNCTIONS.length], BGT_SECTION: flow === 'R' ? '' : investment ? 'investissement' : 'fonctionnement',
      BGT_OPBUDG: index % 31 === 0 ? '1' : '0', BGT_CODRD: flow === 'R' ? 'recette' : 'dépense', BGT_MTREAL: amount, BGT_MTBUDGPREC: '0',
    };
    lines.push(COLUMNS.map((column) => row[column] ?? '').join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The SCDL reader alone, in Node: the département file read into the main budget, by function. */
async function timeScdlReader(csv) {
  const directory = mkdtempSync(join(tmpdir(), 'loos-bench-'));
  try {
    const file = join(directory, 'scdl-csv.mjs');
    writeFileSync(file, await bundle('src/lib/budget/scdl-csv.ts'));
    const { budgetFromScdl } = await import(pathToFileURL(file).href);
    const check = budgetFromScdl(csv);
    if (check.budget === null || !check.problems.some((item) => item.field === 'budget')) throw new Error('Le fichier du banc d’essai n’a pas été lu comme un fichier à plusieurs budgets.');
    return await timeInNode(() => budgetFromScdl(csv), RUNS);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The 1,000 lines spread over both sections and flows, so that `balance` has work to do too. */
function balanceBudget(budget) {
  const sections = ['fonctionnement', 'investissement'];
  const flows = ['dépenses', 'recettes'];
  return { ...budget, lines: budget.lines.map((line, index) => ({ ...line, section: sections[index % 2], flow: flows[Math.floor(index / 2) % 2] })) };
}

export default async function run() {
  const budget = JSON.parse(readFileSync(fromRoot('tests/fixtures/budget/budget-1000.json'), 'utf8'));
  const script = await bundle('src/components/budget-chart/budget-chart.ts');
  const csv = departementCsv(SCDL_ROWS);
  const reader = await timeScdlReader(csv);
  const rows = await withChromium(async (browser) => {
    const page = await openPage(browser, { script, body: '<main id="root"></main>' });
    await page.evaluate(
      ({ data, balance, csv: text }) => {
        window.__budget = data;
        window.__balance = balance;
        window.__csv = text;
      },
      { data: budget, balance: balanceBudget(budget), csv },
    );
    const measured = [];
    for (const type of TYPES) {
      const chart = await timeInPage(page, drawChart, RUNS, { arg: type, before: emptyRoot });
      // The last drawn chart is still in the page: its output is the baseline of this type.
      const markup = await page.evaluate(shadowMarkupOf, '#root loos-budget-chart');
      // The chart's view model (private, read here only to label the row): how many entries it drew.
      const entries = await page.evaluate(() => document.querySelector('#root loos-budget-chart').view?.items?.length ?? '?');
      const baseline = await timeStaticShadow(page, 'loos-budget-chart', markup);
      measured.push(
        figure(`HTML statique de ce que dessine type="${type}" (référence)`, baseline, 'ms', `${entries} entrées dessinées, ${Math.round(markup.length / 1024)} ko de balisage`),
        figure(`<loos-budget-chart type="${type}">, 1 000 lignes de données`, chart, 'ms', `cible < ${TARGET_MS} ms${chart.median < TARGET_MS ? ' (atteinte)' : ' (NON ATTEINTE)'}`),
        figure(`Rapport graphique / son HTML statique, type="${type}"`, ratio(chart, baseline), '×'),
      );
    }
    const scdl = await timeInPage(page, drawScdlChart, RUNS, { before: emptyRoot });
    measured.push(
      figure(`<loos-budget-chart>, fichier SCDL d'un département (${SCDL_ROWS} lignes, 3 budgets)`, scdl, 'ms', `lecture, choix du budget principal, regroupement et rendu ; cible < ${SCDL_TARGET_MS} ms${scdl.median < SCDL_TARGET_MS ? ' (atteinte)' : ' (NON ATTEINTE)'}`),
    );
    return measured;
  });
  rows.push(
    figure(`Lecteur SCDL seul (Node), ${SCDL_ROWS} lignes, 3 budgets`, reader, 'ms', `budgetFromScdl ; cible < ${SCDL_TARGET_MS} ms${reader.median < SCDL_TARGET_MS ? ' (atteinte)' : ' (NON ATTEINTE)'}`),
  );
  return rows;
}

/** In the page: one chart of the given type over the 1,000 lines, rendered. */
async function drawChart(chartType) {
  const chart = document.createElement('loos-budget-chart');
  chart.type = chartType;
  chart.data = chartType === 'balance' ? window.__balance : window.__budget;
  document.getElementById('root').append(chart);
  await chart.updateComplete;
}

/** In the page: one chart reading the SCDL file, until its summary is drawn. */
async function drawScdlChart() {
  const chart = document.createElement('loos-budget-chart');
  chart.data = window.__csv;
  document.getElementById('root').append(chart);
  await chart.updateComplete;
  // The SCDL reader is loaded on demand: wait until the chart has read the file.
  while (chart.shadowRoot.querySelector('.summary') === null) await new Promise((resolve) => setTimeout(resolve, 0));
}

if (isMain(import.meta.url)) printBench('budget.bench.mjs', about, await run());
