import { describe, expect, it } from 'vitest';
import { analyse, applyFixes, checkText, maskText, resolveConfig } from '../../../src/tone/index.js';
import { flagged } from './helpers.js';

describe('configuration', () => {
  it('turns a rule off', () => {
    expect(flagged('jargon', 'Afin de venir.', { config: { rules: { jargon: 'off' } } })).toEqual([]);
  });

  it('changes a threshold and a severity', () => {
    const text = `${'mot '.repeat(15)}fin.`;
    expect(flagged('sentence-length', text)).toEqual([]);
    const [finding] = checkText(text, { config: { rules: { 'sentence-length': { warn: 10, error: 40, severity: 'info' } } } }).filter((f) => f.rule === 'sentence-length');
    expect(finding?.severity).toBe('info');
  });

  it('uses 12 words for the FALC profile', () => {
    const text = `${'mot '.repeat(13)}fin.`;
    expect(flagged('sentence-length', text)).toEqual([]);
    expect(flagged('sentence-length', text, { config: { profile: 'falc' } })).toHaveLength(1);
  });

  it('extends the dictionaries and ignores phrases', () => {
    const config = { dictionaries: { jargon: [{ term: 'giratoire', replacement: 'rond-point' }], acronyms: { SIVOM: 'syndicat intercommunal à vocations multiples' }, ignore: ['afin de'] } };
    const found = checkText('Afin de passer le giratoire, le SIVOM guide.', { config });
    expect(found.filter((f) => f.rule === 'jargon').map((f) => f.suggestion)).toEqual(['rond-point']);
    expect(found.find((f) => f.rule === 'acronyms')?.suggestion).toBe('syndicat intercommunal à vocations multiples (SIVOM)');
  });

  it('switches the inclusive-writing policy to doubled forms', () => {
    const [finding] = checkText('Les habitant·e·s votent.', { config: { inclusiveWriting: 'doublets' } }).filter((f) => f.rule === 'inclusive-writing');
    expect(finding?.suggestion).toBe('habitantes et habitants');
    expect(flagged('inclusive-writing', 'Les conseiller·ère·s.', { config: { inclusiveWriting: 'doublets' } })).toEqual(['conseiller·ère·s']);
    expect(flagged('inclusive-writing', 'Les habitant.e.s votent.', { config: { inclusiveWriting: 'off' } })).toEqual([]);
  });

  it('reports unusable settings in French instead of throwing', () => {
    const { problems } = resolveConfig({ profile: 'enfant', rules: { jargon: 42, commas: { max: 'trois' } }, dictionaries: { jargon: [{ term: 1 }] } });
    expect(problems.join('\n')).toMatch(/Profil.*inconnu/);
    expect(problems.join('\n')).toMatch(/jargon/);
    expect(problems.join('\n')).toMatch(/doit être un nombre/);
    expect(resolveConfig('nope').problems).toEqual(['La configuration doit être un objet JSON.']);
    expect(analyse('Texte.', { channel: 'fax' }).problems[0]).toMatch(/Canal « fax » inconnu/);
  });
});

describe('Markdown masking', () => {
  it('keeps offsets and masks front matter, code, URLs and link targets', () => {
    const text = '---\ntitre: Procéder à la fermeture\n---\nTexte `afin de` et https://x.fr/afin-de [lien utile](https://afin.de/nonobstant).\n```\nnonobstant\n```\n';
    const { masked, urls } = maskText(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/Procéder|afin|nonobstant|https/);
    expect(masked).toContain('[lien utile]');
    expect(urls.length).toBe(2);
    expect(checkText(text).filter((f) => f.rule === 'jargon')).toEqual([]);
  });

  it('can be turned off for plain text', () => {
    expect(maskText('`afin de`', { markdown: false }).masked).toBe('`afin de`');
  });
});

describe('safe fixes', () => {
  it('applies typography corrections only, and the result is clean for them', () => {
    const text = 'Entrée: 12€ pour la 2ème séance... Venez!';
    const { text: fixed, applied } = applyFixes(text, checkText(text));
    expect(applied).toBeGreaterThanOrEqual(5);
    expect(fixed).toBe('Entrée\u00A0: 12\u00A0€ pour la 2e séance… Venez\u202F!');
    expect(checkText(fixed).filter((f) => f.fix !== undefined)).toEqual([]);
  });

  it('never touches wording (jargon has a suggestion, not a fix)', () => {
    const text = 'Nous allons procéder à la fermeture.';
    expect(applyFixes(text, checkText(text)).text).toBe(text);
  });
});
