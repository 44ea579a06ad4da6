import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actFacets, ACT_TYPES, documentDescription, filterActs, readActs, searchable } from '../../../src/lib/publications/acts.js';
import schema from '../../../schemas/acts.schema.json';
import fixture from '../../fixtures/publications/acts.json';

const { acts } = readActs(fixture);
const numbers = (list: readonly { number: string }[]) => list.map((act) => act.number);
const act = (overrides: Record<string, unknown> = {}) => ({
  type: 'Arrêté', number: '2026-A-1', title: 'Titre', signed: '2026-01-10', published: '2026-01-12', document: '/a.pdf', ...overrides,
});

describe('official acts', () => {
  it('reads the published file, newest put online first', () => {
    expect(readActs(fixture).problems).toEqual([]);
    expect(numbers(acts)).toEqual(['2026-A-112', '2026-014', '2025-D-031']);
    expect(acts[1]).toMatchObject({ type: 'Délibération', transmitted: '2026-03-27', category: 'Finances', document: { format: 'PDF', size: 245760 } });
  });

  it('describes a document as « PDF, 240 Ko » and larger ones in Mo', () => {
    expect(documentDescription(acts[1]!.document)).toBe('PDF, 246 Ko');
    expect(documentDescription({ href: '/a.pdf', format: 'PDF', size: 240_000 })).toBe('PDF, 240 Ko');
    expect(documentDescription(acts[2]!.document).replace(/\u202f|\u00a0/g, ' ')).toBe('PDF/A, 1,8 Mo');
    expect(documentDescription({ href: '/a.pdf', format: 'PDF', size: 240_000 }, 'en')).toBe('PDF, 240 KB');
    expect(documentDescription({ href: '/a.pdf' })).toBe('');
  });

  it('filters by type, year and category, and searches titles and numbers without accents', () => {
    expect(numbers(filterActs(acts, { type: 'Délibération' }))).toEqual(['2026-014']);
    expect(numbers(filterActs(acts, { year: 2025 }))).toEqual(['2025-D-031']);
    expect(numbers(filterActs(acts, { category: 'Voirie et circulation' }))).toEqual(['2026-A-112']);
    expect(numbers(filterActs(acts, { query: 'STATIONNER pasteur' }))).toEqual(['2026-A-112']);
    expect(numbers(filterActs(acts, { query: 'oliveaux entretien' }))).toEqual(['2025-D-031']);
    expect(numbers(filterActs(acts, { query: '2026-014' }))).toEqual(['2026-014']);
    expect(numbers(filterActs(acts, { query: 'deliberation' }))).toEqual([]);
    expect(numbers(filterActs(acts, { year: 2026, query: 'budget' }))).toEqual(['2026-014']);
  });

  it('offers the filters’ values: types in their usual order, years newest first, categories A–Z', () => {
    expect(actFacets(acts)).toEqual({
      types: ['Arrêté', 'Délibération', 'Décision'],
      years: [2026, 2025],
      categories: ['Environnement', 'Finances', 'Voirie et circulation'],
    });
  });

  it('searches without accents or capitals, as a person types', () => {
    expect(searchable('Arrêté ÉCOLE Noël Façade ŒUVRE')).toBe('arrete ecole noel facade œuvre');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(searchable(text)).toBe(text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'));
      }),
      { examples: [['Île-de-France']] },
    );
  });

  it('recognises a type written without accents or capitals', () => {
    expect(readActs([act({ type: 'deliberation' })]).acts[0]!.type).toBe('Délibération');
  });

  it.each([
    ['type', { type: 'Circulaire' }, 'acts[0].type'],
    ['signed', { signed: '2026-02-30' }, 'acts[0].signed'],
    ['published', { published: 'demain' }, 'acts[0].published'],
    ['document', { document: 'javascript:alert(1)' }, 'acts[0].document.href'],
    ['title', { title: '' }, 'acts[0].title'],
  ])('leaves out an act with a bad %s, says which field and that the act is not shown', (_name, overrides, field) => {
    const { acts: read, problems } = readActs([act(overrides), act({ number: '2' })]);
    expect(numbers(read)).toEqual(['2']);
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems.map((p) => p.field)).toContain('acts[0]');
  });

  it('keeps an act put online before it was signed, and says the dates look wrong', () => {
    const { acts: read, problems } = readActs([act({ signed: '2026-02-01', published: '2026-01-01' })]);
    expect(read).toHaveLength(1);
    expect(problems.map((p) => p.field)).toEqual(['acts[0].published']);
  });

  it('refuses what is not a list of acts, and never throws on any JSON', () => {
    expect(readActs('acts').problems.map((p) => p.field)).toEqual(['acts']);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { acts: read } = readActs({ acts: [value] });
        expect(read.length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('agrees with its JSON Schema on types and required fields', () => {
    const definition = schema.$defs.act;
    expect(definition.properties.type.enum).toEqual([...ACT_TYPES]);
    expect(definition.required).toEqual(['type', 'number', 'title', 'signed', 'published', 'document']);
    for (const item of fixture.acts) expect(Object.keys(definition.properties)).toEqual(expect.arrayContaining(Object.keys(item)));
  });
});
