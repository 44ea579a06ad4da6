import { describe, expect, it } from 'vitest';
import { analyse, checkText, isGsm7, maskText, smsInfo, xLength } from '../../../src/tone/index.js';
import { flagged } from './helpers.js';

describe('SMS (GSM 03.38)', () => {
  it('fits 160 GSM-7 characters in one message, then 153 per segment', () => {
    expect(smsInfo('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(smsInfo('a'.repeat(161)).segments).toBe(2);
    expect(smsInfo('a'.repeat(306)).segments).toBe(2);
    expect(smsInfo('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the extension table (€, [, ]) as two septets', () => {
    expect(smsInfo('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsInfo('€'.repeat(81)).segments).toBe(2);
  });

  it('switches to UCS-2 (70, then 67) as soon as one character is outside GSM-7', () => {
    for (const char of ['ê', '’', 'œ', '«', '»', '\u00A0']) {
      expect(isGsm7(char)).toBe(false);
      const info = smsInfo(`${'a'.repeat(69)}${char}`);
      expect(info).toMatchObject({ encoding: 'UCS-2', segments: 1 });
      expect(smsInfo(`${'a'.repeat(70)}${char}`).segments).toBe(2);
    }
    expect(smsInfo('a'.repeat(134) + 'ê').segments).toBe(3);
  });

  it('keeps the accents that GSM-7 has: é è à ù', () => {
    expect(smsInfo('été à Loos, où ça ? Très bien.').encoding).toBe('UCS-2'); // « ç » lower case is not GSM-7
    expect(smsInfo('été à Loos, où ? Très bien.').encoding).toBe('GSM-7');
  });

  it('reports each character that breaks GSM-7 with a replacement', () => {
    const text = 'Fête de l’école samedi 14 juin de 10 h à 18 h, cour de l’école Jules-Ferry. Venez nombreux';
    expect(flagged('sms-encoding', text, { channel: 'sms' })).toEqual(['ê', '’']);
  });

  it('only remarks on the encoding of a message that fits in one segment either way', () => {
    const short = checkText('Fête de l’école samedi 14 juin.', { channel: 'sms' }).filter((f) => f.rule === 'sms-encoding');
    expect(short.map((f) => f.severity)).toEqual(['info', 'info']);
    const long = checkText('Fête de l’école samedi 14 juin de 10 h à 18 h, cour de l’école Jules-Ferry. Venez nombreux', { channel: 'sms' });
    expect(long.filter((f) => f.rule === 'sms-encoding').map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('reports the number of segments on the SMS channel only', () => {
    const long = 'Réunion publique sur le budget ce jeudi à la salle des fêtes. '.repeat(3);
    expect(analyse(long, { channel: 'sms' }).findings.some((f) => f.rule === 'channel-length')).toBe(true);
    expect(analyse(long, { channel: 'web' }).findings.some((f) => f.rule === 'channel-length')).toBe(false);
  });
});

describe('X weighted length', () => {
  it('counts any URL as 23', () => {
    const text = 'Voir https://www.ville-loos.fr/une/adresse/tres/longue/qui/depasse/largement/vingt-trois';
    expect(xLength(text, maskText(text).urls)).toBe(5 + 23);
  });

  it('counts Latin letters and accents as 1, emoji and CJK as 2, U+202F as 2', () => {
    expect(xLength('été', [])).toBe(3);
    expect(xLength('🎉', [])).toBe(2);
    expect(xLength('👨‍👩‍👧', [])).toBe(2);
    expect(xLength('漢字', [])).toBe(4);
    expect(xLength('a\u202F!', [])).toBe(4);
  });

  it('reports a post over 280 weighted characters', () => {
    const text = `${'a'.repeat(258)} https://www.ville-loos.fr/x`;
    expect(analyse(text, { channel: 'x' }).length.length).toBe(258 + 1 + 23);
    expect(flagged('channel-length', text, { channel: 'x' })).toHaveLength(1);
    expect(flagged('channel-length', `${'a'.repeat(256)} https://www.ville-loos.fr/x`, { channel: 'x' })).toHaveLength(0);
  });
});
