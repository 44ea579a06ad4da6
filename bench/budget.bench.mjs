/* global document, window */
// `<loos-budget-chart>` with the 1,000-line illustrative budget, in each type: time from creating
// the element to rendered and laid out (median, Chromium), against the same 1,000 lines written
// as a static HTML table (the baseline: what the data costs without any chart). Sizes are
// `npm run size`'s job (.size-limit.mjs). Run alone: `node bench/budget.bench.mjs`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundle, fromRoot, openPage, round, RUNS, timeInPage, timeStaticHtml, emptyRoot, withChromium } from './harness.mjs';

const TYPES = ['bars', 'share', 'comparison', 'balance'];
const TARGET_MS = 50;

/** The static baseline: the 1,000 lines as a plain table, as a CMS would print them. */
function staticTable(budget) {
  const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  const rows = budget.lines.map((line) => `<tr><th scope="row">${escape(line.label)}</th><td>${euros.format(line.amount)}</td><td>${euros.format(line.previous)}</td></tr>`);
  return `<table><caption>Budget</caption><thead><tr><th scope="col">Poste</th><th scope="col">Montant</th><th scope="col">Année précédente</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
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
  const table = staticTable(budget);
  const rows = await withChromium(async (browser) => {
    const page = await openPage(browser, { script, body: '<main id="root"></main>' });
    await page.evaluate(
      ({ data, balance }) => {
        window.__budget = data;
        window.__balance = balance;
      },
      { data: budget, balance: balanceBudget(budget) },
    );
    const baseline = await timeStaticHtml(page, table);
    const measured = [{ name: 'Tableau HTML statique de 1 000 lignes (référence)', value: round(baseline), unit: 'ms', note: `médiane de ${RUNS} rendus, mise en page comprise` }];
    for (const type of TYPES) {
      const ms = await timeInPage(
        page,
        async (chartType) => {
          const chart = document.createElement('loos-budget-chart');
          chart.type = chartType;
          chart.data = chartType === 'balance' ? window.__balance : window.__budget;
          document.getElementById('root').append(chart);
          await chart.updateComplete;
        },
        RUNS,
        { arg: type, before: emptyRoot },
      );
      measured.push({
        name: `<loos-budget-chart type="${type}">, 1 000 lignes`,
        value: round(ms),
        unit: 'ms',
        note: `${round(ms / baseline)} × le tableau statique ; cible < ${TARGET_MS} ms${ms < TARGET_MS ? ' (atteinte)' : ' (NON ATTEINTE)'}`,
      });
    }
    return measured;
  });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await run());
}
