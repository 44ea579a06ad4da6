import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ERROR_LENGTH, readFieldAttributes, readSelectedTab, tabsProblems } from '../../../src/lib/forms/attributes.js';
import { characterCount, countMessage, validationMessage } from '../../../src/lib/forms/validation.js';
import { formStrings } from '../../../src/lib/strings/forms.js';

const text = (label: string, type = 'text') => ({ type, label });

describe('validation messages', () => {
  it('names the field and says what to do, in French, from the browser’s verdict', () => {
    expect(validationMessage({ valueMissing: true }, text('Nom *'), 'fr')).toBe('Renseignez le champ « Nom ».');
    expect(validationMessage({ valueMissing: true }, text('Quartier', 'radio'), 'fr')).toBe('Choisissez une réponse pour « Quartier ».');
    expect(validationMessage({ valueMissing: true }, text('Sujet', 'select-one'), 'fr')).toBe('Choisissez une réponse pour « Sujet ».');
    expect(validationMessage({ typeMismatch: true }, text('Adresse e-mail', 'email'), 'fr')).toBe('Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.');
    expect(validationMessage({ patternMismatch: true }, text('Téléphone', 'tel'), 'fr')).toBe('Saisissez un numéro de téléphone valide, par exemple 03 20 12 34 56.');
    expect(validationMessage({ rangeUnderflow: true }, { ...text('Date du rendez-vous', 'date'), min: '2026-12-07' }, 'fr'))
      .toBe('« Date du rendez-vous » doit être égal ou supérieur à 07/12/2026.');
    expect(validationMessage({ tooShort: true }, { ...text('Code postal'), minLength: 5 }, 'fr')).toBe('« Code postal » doit faire au moins 5 caractères.');
  });

  it('keeps a message a script set, and says nothing for a valid control', () => {
    expect(validationMessage({ customError: true }, { ...text('Adresse'), customMessage: 'Adresse hors de Loos.' }, 'fr')).toBe('Adresse hors de Loos.');
    expect(validationMessage({ valid: true }, text('Nom'), 'fr')).toBe('');
  });

  it('speaks English in an English page', () => {
    expect(validationMessage({ valueMissing: true }, text('Name'), 'en')).toBe('Enter “Name”.');
  });

  it('always has something to say about an invalid control, whatever the verdict and the label', () => {
    const flags = ['valueMissing', 'typeMismatch', 'patternMismatch', 'tooLong', 'tooShort', 'rangeUnderflow', 'rangeOverflow', 'stepMismatch', 'badInput'] as const;
    fc.assert(fc.property(fc.constantFrom(...flags), fc.constantFrom('text', 'email', 'tel', 'url', 'date', 'number', 'radio', 'checkbox', 'select-one', 'textarea'), fc.string(), (flag, type, label) => {
      const message = validationMessage({ [flag]: true, valid: false }, { type, label, minLength: 2, maxLength: 5, min: '1', max: '9' }, 'fr');
      expect(message.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });
});

describe('character count', () => {
  it('counts what a person sees as characters (an emoji is one)', () => {
    expect(characterCount('Fête 🎉')).toBe(6);
  });

  it('says how many are left, then how many too many, with French plurals', () => {
    expect(countMessage('', 1, 'fr')).toEqual({ text: 'Il vous reste 1 caractère.', over: false });
    expect(countMessage('abc', 10, 'fr')).toEqual({ text: 'Il vous reste 7 caractères.', over: false });
    expect(countMessage('abcd', 3, 'fr')).toEqual({ text: 'Vous avez 1 caractère en trop.', over: true });
  });

  it('titles an error summary with the count', () => {
    expect(formStrings.fr.errorCount(1)).toBe('Il y a 1 erreur');
    expect(formStrings.fr.errorCount(2)).toBe('Il y a 2 erreurs');
  });
});

describe('field attributes', () => {
  it('takes a whole number of characters, and reports anything else as written', () => {
    expect(readFieldAttributes({ maxLength: '500' })).toEqual({ view: { maxLength: 500 }, problems: [] });
    for (const bad of ['NaN', '-3', '0', '2.5', '1e3', 'abc', Number.NaN, {}]) {
      const { view, problems } = readFieldAttributes({ maxLength: bad });
      expect(view.maxLength).toBeUndefined();
      expect(problems.map((found) => found.field)).toEqual(['max-length']);
    }
  });

  it('shows a server message as text, shortening one too long to read', () => {
    expect(readFieldAttributes({ error: '  Adresse déjà inscrite.  ' }).view.error).toBe('Adresse déjà inscrite.');
    const long = readFieldAttributes({ error: 'x'.repeat(10_000) });
    expect(long.view.error).toHaveLength(MAX_ERROR_LENGTH + 1);
    expect(long.problems.map((found) => found.field)).toEqual(['error']);
    expect(readFieldAttributes({ error: 42 }).problems.map((found) => found.field)).toEqual(['error']);
  });

  it('never throws, whatever is set from a script', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (maxLength, error) => {
      const { view } = readFieldAttributes({ maxLength, error });
      if (view.maxLength !== undefined) expect(Number.isInteger(view.maxLength) && view.maxLength > 0).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('tabs attributes', () => {
  it('opens the tab asked for, or the first one with a report', () => {
    expect(readSelectedTab('2', 3)).toEqual({ index: 2, problems: [] });
    expect(readSelectedTab(undefined, 3)).toEqual({ index: 0, problems: [] });
    const wrong = readSelectedTab('3', 3);
    expect(wrong.index).toBe(0);
    expect(wrong.problems[0]!.message).toContain('entre 0 et 2');
    expect(readSelectedTab('-1', 3).problems).toHaveLength(1);
  });

  it('asks for two titled sections at least', () => {
    expect(tabsProblems(2, 0)).toEqual([]);
    expect(tabsProblems(1, 0)).toHaveLength(1);
    expect(tabsProblems(2, 1)).toHaveLength(1);
  });
});
