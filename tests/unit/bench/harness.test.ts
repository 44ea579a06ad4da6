import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain JavaScript module of the benches, without type declarations
import { figure, ratio, stats } from '../../../bench/harness.mjs';

interface Stats { median: number; min: number; max: number; q1: number; q3: number; runs: number }
interface Row { name: string; value: number; unit: string; spread: string; note?: string }
const summarize = stats as (values: number[]) => Stats;
const divide = ratio as (a: Stats, b: Stats) => Stats;
const row = figure as (name: string, measure: Stats | number, unit: string, note?: string) => Row;

const benchDirectory = fileURLToPath(new URL('../../../bench/', import.meta.url));

describe('bench figures', () => {
  it('summarises repeated measures by their median, extremes and quartiles', () => {
    expect(summarize([9, 1, 5, 3, 7])).toEqual({ median: 5, min: 1, max: 9, q1: 3, q3: 7, runs: 5 });
    expect(summarize([4, 2]).median).toBe(3);
  });

  it('leaves out runs that produced no number instead of turning the whole figure into NaN', () => {
    expect(summarize([2, Number.NaN, 4])).toMatchObject({ median: 3, runs: 2 });
  });

  it('gives a ratio of two separately measured series its widest honest interval', () => {
    const element = summarize([10, 12, 20]);
    const baseline = summarize([4, 5, 8]);
    expect(divide(element, baseline)).toMatchObject({ median: 12 / 5, min: 10 / 8, max: 20 / 4 });
  });

  it('prints every measured figure with its spread, and says when a figure does not vary', () => {
    expect(row('100 avis', summarize([25.61, 24, 31.2]), 'ms')).toEqual({ name: '100 avis', value: 25.6, unit: 'ms', spread: '24–31,2 (3 mesures)' });
    expect(row('précision', 98.4, '%', 'corpus fixe')).toEqual({ name: 'précision', value: 98.4, unit: '%', spread: 'exact', note: 'corpus fixe' });
  });
});

describe('every bench file', () => {
  const files = readdirSync(benchDirectory).filter((file) => file.endsWith('.bench.mjs'));

  // Read as text: importing them would load Playwright and Lighthouse (seconds) for a few words.
  it.each(files)('%s says what it compares and on what data, in French, and prints with the shared helper', (file) => {
    const source = readFileSync(`${benchDirectory}${file}`, 'utf8');
    const about = /export const about = \{\s*compares: ([`'])(.+?)\1,\s*data: ([`'])(.+?)\3,?\s*\};/su.exec(source);
    expect(about, 'export const about = { compares, data }').not.toBeNull();
    // A sentence, in French (its articles), not a placeholder.
    expect(about?.[2]).toMatch(/^.{20,}$/u);
    expect(about?.[2]).toMatch(/ (le|la|les|des|du|de) /u);
    // The data says how much: a count written out or computed (`${RUNS} mesures`).
    expect(about?.[4]).toMatch(/\d|\$\{/u);
    expect(source).toContain('printBench(');
    expect(source).not.toMatch(/console\.table\(/u);
  });
});
