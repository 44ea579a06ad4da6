import { describe, expect, it } from 'vitest';
import { keyFigureModel } from '../../../src/lib/budget/key-figure.js';

const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('keyFigureModel', () => {
  it('gives the compact and the full form of an amount in euros', () => {
    const { model, problems } = keyFigureModel({ value: '28400000', unit: 'EUR' });
    expect(problems).toEqual([]);
    expect(model.compact).toBe('28,4 M€');
    expect(model.full).toBe("28,4 millions d'euros");
  });

  it('reads a French decimal comma in the attribute', () => {
    expect(keyFigureModel({ value: '12,5', unit: '%' }).model).toMatchObject({ full: '12,5 pour cent' });
    expect(nbsp(keyFigureModel({ value: '12,5', unit: '%' }).model.compact)).toBe('12,5 %');
  });

  it('writes counts with their noun', () => {
    const { model } = keyFigureModel({ value: 22500, unit: 'habitants' });
    expect(nbsp(model.compact)).toBe('22 500 habitants');
    expect(model.full).toBe('22 mille 500 habitants');
  });

  it('computes the change from the previous value, with its direction and words', () => {
    expect(keyFigureModel({ value: 110, previous: 100 }).model.change).toMatchObject({ direction: 'up', words: expect.stringMatching(/^en hausse de 10/) as unknown });
    expect(keyFigureModel({ value: 90, previous: 100 }).model.change?.direction).toBe('down');
    expect(keyFigureModel({ value: 100.2, previous: 100 }).model.change).toMatchObject({ direction: 'flat', words: 'stable' });
  });

  it('reports a value or previous value that is not a number', () => {
    expect(keyFigureModel({ value: 'beaucoup' }).problems[0]?.field).toBe('value');
    expect(keyFigureModel({ value: 'beaucoup' }).model.compact).toBe('');
    expect(keyFigureModel({ value: 1, previous: 'x' }).problems[0]?.field).toBe('previous');
    expect(keyFigureModel({ value: 1, previous: 0 }).problems[0]?.message).toContain('0');
  });
});
