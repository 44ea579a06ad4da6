import { describe, expect, it } from 'vitest';
import { boundProblems, MAX_REPORTED_PROBLEMS, previewValue, problem, problemsKey } from '../../../src/lib/invalid.js';
import { isValidDomain } from '../../../src/lib/domain.js';
import { officialBannerModel } from '../../../src/lib/official-banner.js';

describe('problem reports', () => {
  it('shortens long values so that logs stay readable', () => {
    expect(previewValue('x'.repeat(500))).toHaveLength(81);
    expect(previewValue({ a: 1 })).toBe('{"a":1}');
    expect(previewValue(Number.NaN)).toBe('NaN');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(previewValue(cyclic)).toBe('object');
    expect(previewValue(() => 1)).toBe('function');
  });

  it('keys identical problem lists identically and different ones differently', () => {
    const a = [problem('href', 'Refusé', 'javascript:x')];
    expect(problemsKey(a)).toBe(problemsKey([problem('href', 'Refusé', 'javascript:x')]));
    expect(problemsKey(a)).not.toBe(problemsKey([problem('href', 'Refusé', 'data:x')]));
    expect(problemsKey([])).toBe('');
  });
});

describe('bounded problem reports', () => {
  it('keeps a short list as it is', () => {
    const short = [problem('a', 'x'), problem('a', 'x')];
    expect(boundProblems(short)).toBe(short);
  });

  it('turns a flood into one problem per kind with its count, and stops at the bound', () => {
    const flood = [
      ...Array.from({ length: 130_000 }, (_, index) => problem(`notices[${index}].heading`, 'Titre absent.')),
      ...Array.from({ length: 200 }, (_, index) => problem(`f${index}`, 'Autre.')),
    ];
    const bounded = boundProblems(flood);
    expect(bounded).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(bounded[0]).toEqual({ field: 'notices[0].heading', message: 'Titre absent. (130000 fois)' });
    expect(bounded.at(-1)).toEqual({ field: '*', message: 'Et 152 autre(s) problème(s), non détaillé(s).' });
  });
});

describe('official banner model', () => {
  it.each(['loos.fr', 'www.loos.fr', 'ville-loos.fr', 'mairie.loos.fr', 'lille-métropole.fr'])('accepts the domain %s', (domain) => {
    expect(isValidDomain(domain)).toBe(true);
  });

  it.each(['loos', '-loos.fr', 'loos-.fr', 'lo os.fr', 'javascript:alert(1)', '<b>loos.fr</b>', '', `${'a'.repeat(64)}.fr`])(
    'refuses the domain %j',
    (domain) => {
      expect(isValidDomain(domain)).toBe(false);
    },
  );

  it('drops a refused domain but keeps the organisation, reporting each problem in French', () => {
    const model = officialBannerModel({ organisation: '', domain: 'pas un domaine' });
    expect(model.domain).toBeUndefined();
    expect(model.organisation).toBe('Ville de Loos');
    expect(model.problems.map((p) => p.field)).toEqual(['organisation', 'domain']);
    expect(model.problems[1]?.message).toMatch(/n'est pas valide/);
  });
});
