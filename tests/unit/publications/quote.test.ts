import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readQuoteAttributes } from '../../../src/lib/publications/quote.js';

const fields = (input: Parameters<typeof readQuoteAttributes>[0]) => readQuoteAttributes(input).problems.map((p) => p.field);

describe('quote attributes', () => {
  it('reads who speaks, their role, the photo and the source', () => {
    const { view, problems } = readQuoteAttributes({
      author: '  Nadia   Benali ',
      role: 'habitante du quartier des Oliveaux',
      photo: '/images/nadia.jpg',
      photoAlt: 'Nadia Benali devant le square',
      cite: 'https://www.loos.fr/conseil/2026-03-26',
      source: 'Conseil de quartier du 26 mars 2026',
    });
    expect(problems).toEqual([]);
    expect(view).toEqual({
      author: 'Nadia Benali',
      role: 'habitante du quartier des Oliveaux',
      photo: { src: '/images/nadia.jpg', alt: 'Nadia Benali devant le square' },
      cite: 'https://www.loos.fr/conseil/2026-03-26',
      source: 'Conseil de quartier du 26 mars 2026',
    });
  });

  it('asks for the name of the person quoted', () => {
    expect(fields({})).toEqual(['author']);
    expect(fields({ author: '   ' })).toEqual(['author']);
  });

  it('leaves out a photo without photo-alt and says why, but accepts an empty one', () => {
    const missing = readQuoteAttributes({ author: 'A', photo: '/a.jpg' });
    expect(missing.view.photo).toBeUndefined();
    expect(missing.problems[0]).toMatchObject({ field: 'photo-alt', value: '/a.jpg' });
    expect(readQuoteAttributes({ author: 'A', photo: '/a.jpg', photoAlt: '' }).view.photo).toEqual({ src: '/a.jpg', alt: '' });
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>', 'vbscript:x'])('refuses %j as a source or a photo', (url) => {
    const { view, problems } = readQuoteAttributes({ author: 'A', cite: url, photo: url, photoAlt: 'x' });
    expect(view.cite).toBeUndefined();
    expect(view.photo).toBeUndefined();
    expect(problems.map((p) => p.field).sort()).toEqual(['cite', 'photo']);
  });

  it('refuses a mail or phone address as a photo', () => {
    expect(fields({ author: 'A', photo: 'mailto:a@loos.fr', photoAlt: 'x' })).toEqual(['photo']);
  });

  it('shortens a huge name and says so', () => {
    const { view, problems } = readQuoteAttributes({ author: 'A'.repeat(10_000) });
    expect(view.author).toHaveLength(120);
    expect(problems.map((p) => p.field)).toEqual(['author']);
  });

  it('never throws, whatever the attributes', () => {
    const text = fc.option(fc.string(), { nil: undefined });
    fc.assert(
      fc.property(text, text, text, text, text, text, (author, role, photo, photoAlt, cite, source) => {
        const { view } = readQuoteAttributes({ author, role, photo, photoAlt, cite, source });
        expect(view.cite === undefined || !/^\s*javascript:/i.test(view.cite)).toBe(true);
      }),
    );
  });
});
