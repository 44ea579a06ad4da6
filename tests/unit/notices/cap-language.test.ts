import { describe, expect, it } from 'vitest';
import { parseCap } from '../../../src/lib/notices/cap.js';
import { parseJsonFeed } from '../../../src/lib/notices/json-feed.js';
import { noticeToJson } from '../../../src/lib/notices/model.js';
import { fixture } from './fixtures.js';

const twoLanguages = fixture('cap-two-languages.xml');
/** The same alert published in English only, as a neighbouring agency may send it. */
const englishOnly = twoLanguages.replace(/<info>\s*<language>fr-FR[\s\S]*?<\/info>/, '');

describe('CAP <language>: the notice carries the language of the block it shows', () => {
  it('a French page reads the fr-FR block and marks it French', () => {
    const [notice] = parseCap(twoLanguages, { language: 'fr' }).notices;
    expect(notice).toMatchObject({ heading: 'Crue de la Deûle : berges fermées', area: 'Berges de la Deûle', lang: 'fr-FR' });
  });

  it('an English page reads the en-GB block and marks it English', () => {
    const [notice] = parseCap(twoLanguages, { language: 'en' }).notices;
    expect(notice).toMatchObject({ heading: 'River Deûle flooding: towpath closed', source: 'City of Loos', lang: 'en-GB' });
  });

  it('an alert sent only in English is shown in a French page, marked en-GB', () => {
    const result = parseCap(englishOnly, { language: 'fr' });
    expect(result.problems).toEqual([]);
    expect(result.notices[0]).toMatchObject({ heading: 'River Deûle flooding: towpath closed', lang: 'en-GB' });
  });

  it('a block without <language> is not given one: CAP’s en-US default is not guessed onto it', () => {
    const [notice] = parseCap(twoLanguages.replace('<language>fr-FR</language>', ''), { language: 'fr' }).notices;
    expect(notice?.heading).toBe('Crue de la Deûle : berges fermées');
    expect(notice?.lang).toBeUndefined();
  });

  it('a <language> that is no language tag is reported and left out; the alert is still shown', () => {
    const result = parseCap(englishOnly.replace('<language>en-GB</language>', '<language>anglais britannique</language>'), { language: 'fr' });
    expect(result.notices[0]?.heading).toBe('River Deûle flooding: towpath closed');
    expect(result.notices[0]?.lang).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ field: 'alert.info.language', message: 'Langue illisible (fr, en, en-GB… attendu) : ignorée.' }),
    ]);
  });

  it('keeps the language in the offline copy of the feed', () => {
    const [notice] = parseCap(englishOnly).notices;
    const copy = parseJsonFeed(JSON.stringify({ notices: [noticeToJson(notice!)] }));
    expect(copy.notices[0]?.lang).toBe('en-GB');
  });
});
