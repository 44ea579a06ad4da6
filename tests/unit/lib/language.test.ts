import { describe, expect, it } from 'vitest';
import { partLang } from '../../../src/lib/i18n.js';
import { languageTag } from '../../../src/lib/language.js';

describe('languageTag', () => {
  it('keeps well-formed tags as written, trimmed', () => {
    expect(['en', 'en-GB', ' fr-FR ', 'nl-BE', 'zh-Hant-TW'].map(languageTag)).toEqual(['en', 'en-GB', 'fr-FR', 'nl-BE', 'zh-Hant-TW']);
  });

  it('refuses what is no language a voice can read, without throwing', () => {
    for (const value of ['', 'anglais', 'en_GB!', '<script>', 'und', 'zxx', 'x'.repeat(50), 42, null, {}, Symbol('en')]) {
      expect(languageTag(value)).toBeUndefined();
    }
  });
});

describe('partLang', () => {
  it('marks the city’s French data in an English rendering, and nothing in a French one', () => {
    expect(partLang('en')).toBe('fr');
    expect(partLang('fr')).toBeUndefined();
  });

  it('marks data in another language inside a French rendering with the language it states', () => {
    expect(partLang('fr', 'en-GB')).toBe('en-GB');
    expect(partLang('fr', 'nl')).toBe('nl');
    expect(partLang('fr', 'fr-BE')).toBeUndefined();
    expect(partLang('en', 'en-US')).toBeUndefined();
  });
});
