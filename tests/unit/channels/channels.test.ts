/** What a communication officer relies on in each channel, beyond the reviewed golden outputs. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/channels/read.js';
import { toChannels } from '../../../src/channels/to-channels.js';
import type { ChannelOutput, ChannelsOptions, OutputChannel } from '../../../src/channels/types.js';
import { camelHashtag } from '../../../src/channels/words.js';
import { graphemeCount } from '../../../src/tone/segment.js';
import { smsInfo } from '../../../src/tone/sms.js';
import { brand, content, readJson } from './fixtures.js';

function notice(fields: Record<string, unknown>) {
  const { content: value } = readContent({
    id: 'n1', level: 'info', heading: 'Collecte des encombrants', message: 'Sortez vos encombrants la veille au soir.',
    published: '2027-03-02T08:00:00+01:00', href: 'https://www.ville-loos.fr/encombrants', ...fields,
  });
  if (value === undefined) throw new Error('invalid test notice');
  return value;
}

function one(input: unknown, channel: OutputChannel, options: ChannelsOptions = {}): ChannelOutput {
  const output = toChannels(input, { brand, ...options, channels: [channel] }).outputs[0];
  if (output === undefined) throw new Error(`no ${channel} output`);
  return output;
}

describe('SMS', () => {
  it('keeps accents in the text and names the character that forces UCS-2, offering the GSM-7 wording', () => {
    const sms = one(content('new-year-wishes.event.json'), 'sms');
    expect(sms.text).toContain('vœux');
    expect(sms.measures[0]).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    expect(sms.notes[0]).toMatch(/^« œ » \(position \d+\) n’existe pas dans l’alphabet GSM/u);
    expect(sms.gsm7).toMatchObject({ segments: 1, replaced: ['« œ » → « oe »'] });
    expect(sms.gsm7?.text).toContain('voeux');
    expect(smsInfo(sms.gsm7?.text ?? '').encoding).toBe('GSM-7');
  });

  it('says plainly when no GSM-7 wording exists (an emoji)', () => {
    const sms = one(notice({ heading: 'Marché de Noël 🎄 place de la Mairie' }), 'sms');
    expect(sms.gsm7).toBeUndefined();
    expect(sms.notes.join(' ')).toContain('Pas de variante GSM-7 : « 🎄 »');
  });

  it('says what, when and the link, signed by the city', () => {
    const sms = one(content('road-closure.notice.json'), 'sms');
    expect(sms.text).toMatch(/^Ville de Loos, vigilance : Rue du Maréchal-Foch fermée à la circulation\. Du lundi 11 janvier 2027 à 7 h/u);
    expect(sms.text.endsWith('https://www.ville-loos.fr/actualites/travaux-rue-foch')).toBe(true);
  });

  it('leaves the place to the web page when that is what makes it one SMS', () => {
    const sms = one(notice({ area: 'Quartier des Oliveaux, secteur nord', heading: 'Collecte des encombrants reportée au mercredi' }), 'sms');
    // « À » forces UCS-2 (3 segments); the GSM-7 wording offered fits in one.
    expect(sms.gsm7?.segments).toBe(1);
    expect(sms.text).toContain('À partir du mardi 2 mars 2027');
    expect(sms.text).not.toContain('Oliveaux');
    expect(sms.notes).toContain('Pour raccourcir le SMS, le lieu est laissé à la page du site.');
  });
});

describe('push notification', () => {
  it('keeps the title within 50 characters and the body within 120', () => {
    const push = one(content('road-closure.notice.json'), 'push');
    expect(push.title).toBe('Rue du Maréchal-Foch fermée à la circulation');
    expect(push.body).toBe('Du lundi 11 janvier à 7\u00a0h au vendredi 15 janvier à 19\u00a0h, Centre-ville.');
    expect(push.text).toBe(`${push.title ?? ''}\n${push.body ?? ''}`);
  });

  it('moves a long heading into the body under the city’s name instead of cutting it', () => {
    const heading = 'Fermeture exceptionnelle de la piscine municipale Marx-Dormoy pour vidange';
    const push = one(notice({ heading, level: 'alert' }), 'push');
    expect(push.title).toBe('Ville de Loos\u00a0: alerte');
    expect(push.body).toBe(`${heading}.`);
    expect(push.notes[0]).toContain('passe dans le corps');
    expect(push.overLimit).toBe(false);
  });
});

describe('X', () => {
  it('counts any URL as 23 whatever its length', () => {
    const short = one(notice({}), 'x', { url: 'https://loos.fr/a' });
    const long = one(notice({}), 'x', { url: `https://www.ville-loos.fr/${'tres-long-chemin/'.repeat(10)}` });
    expect(long.measures[0]?.length).toBe(short.measures[0]?.length);
  });

  it('reports a heading too long for X instead of cutting it', () => {
    const heading = `Travaux ${'de voirie '.repeat(28)}`.trim();
    const x = one(notice({ heading }), 'x');
    expect(x.text).toContain(heading);
    expect(x.overLimit).toBe(true);
    expect(x.notes[0]).toMatch(/caractères pondérés : X en accepte 280\. Raccourcissez le titre\./u);
  });
});

describe('Instagram', () => {
  const instagram = one(content('road-closure.notice.json'), 'instagram');

  it('puts the headline and the date within the first 125 characters', () => {
    const visible = [...new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(instagram.text)].slice(0, 125).map((s) => s.segment).join('');
    expect(visible).toContain('Rue du Maréchal-Foch fermée à la circulation');
    expect(visible).toContain('Du 11 janvier à 7\u00a0h au 15 janvier à 19\u00a0h, Centre-ville.');
  });

  it('says « lien en bio » instead of an unclickable link, and gives the link to the writer', () => {
    expect(instagram.text).toContain('lien en bio');
    expect(instagram.text).not.toMatch(/https?:/u);
    expect(instagram.notes).toContain('Mettez https://www.ville-loos.fr/actualites/travaux-rue-foch dans la biographie du compte.');
  });

  it('writes hashtags in CamelCase, no more than the configured count', () => {
    expect(instagram.text.split('\n').at(-1)).toBe('#Loos #VilleDeLoos #CentreVille');
    const capped = one(content('road-closure.notice.json'), 'instagram', { brand: { ...brand, maxHashtags: 1 } });
    expect(capped.text.split('\n').at(-1)).toBe('#Loos');
    expect(camelHashtag('vie municipale')).toBe('#VieMunicipale');
    expect(camelHashtag('l’été des 4 saisons')).toBe('#LÉtéDes4Saisons');
    expect(camelHashtag('— !')).toBeUndefined();
  });
});

describe('Facebook and LinkedIn', () => {
  it('put the key point first, with date and place in French typography, then the link', () => {
    for (const channel of ['facebook', 'linkedin'] as const) {
      const lines = one(content('new-year-wishes.event.json'), channel).text.split('\n');
      expect(lines[0]).toBe('Cérémonie des vœux du maire');
      expect(lines[1]).toBe('Le samedi 9 janvier 2027, de 11\u00a0h à 13\u00a0h, Salle Jean-Jaurès, 12 rue Jean-Jaurès, Loos.');
      expect(lines).toContain('Plus d’informations\u00a0: https://www.ville-loos.fr/agenda/voeux-2027');
    }
  });

  it('keeps only the first paragraph when the whole text is beyond LinkedIn’s 3,000 characters', () => {
    const paragraph = 'Les travaux avancent bien et le chantier respecte le calendrier prévu. '.repeat(12).trim();
    const linkedin = one(notice({ message: Array.from({ length: 5 }, () => paragraph).join('\n') }), 'linkedin');
    expect(linkedin.overLimit).toBe(false);
    expect(graphemeCount(linkedin.text)).toBeLessThanOrEqual(3000);
    expect(linkedin.notes).toContain('Le texte complet dépasse 3000 caractères : seul le premier paragraphe est repris.');
  });
});

describe('press release', () => {
  it('escapes HTML and Markdown written in the content: nothing becomes markup', () => {
    const press = one(notice({ message: '<script>alert(1)</script> *important* [lien](javascript:alert(1))\n# pas un titre' }), 'press');
    expect(press.html).not.toContain('<script>');
    expect(press.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(press.text).toContain('\\<script\\>alert(1)\\</script\\> \\*important\\* \\[lien\\](javascript:alert(1))');
    expect(press.text).toContain('\n\\# pas un titre');
  });

  it('says when the press contact or the date is missing instead of inventing them', () => {
    const press = one(content('new-year-wishes.event.json'), 'press', { brand: { name: 'Ville de Loos' } });
    expect(press.text).toMatch(/^# Communiqué de presse\n\nLoos\n\n## Cérémonie/u);
    expect(press.text).not.toContain('Contact presse');
    expect(press.notes).toEqual([
      'Date du communiqué absente : donnez-la (option issued) ; seule la ville est indiquée.',
      'Contact presse absent de la configuration (brand.pressContact) : les journalistes ne sauront pas qui appeler.',
    ]);
  });

  it('dates the release in Europe/Paris from the content: a notice published at 23:30 UTC is dated the next day', () => {
    const press = one(notice({ published: '2027-03-01T23:30:00Z' }), 'press');
    expect(press.text).toContain('Loos, le 2 mars 2027');
    expect(press.html).toContain('<time datetime="2027-03-02">2 mars 2027</time>');
  });
});

describe('options and content', () => {
  it('refuses a javascript: URL with a French problem and keeps the content’s own link', () => {
    const result = toChannels(notice({}), { url: 'javascript:alert(1)', channels: ['x'] });
    expect(result.problems[0]).toMatchObject({ field: 'url' });
    expect(result.problems[0]?.message).toMatch(/^Lien refusé/u);
    expect(result.outputs[0]?.text).toContain('https://www.ville-loos.fr/encombrants');
  });

  it('reports unknown channels and a broken brand, and still writes the others', () => {
    const result = toChannels(notice({}), { channels: ['sms', 'images', 'sms'], brand: { maxHashtags: -2, hashtags: 'Loos' } as never });
    expect(result.outputs.map((o) => o.channel)).toEqual(['sms']);
    expect(result.problems.map((p) => p.field)).toEqual(['brand.hashtags', 'brand.maxHashtags', 'channels']);
  });

  it('gives no output and a clear problem for content that is not a validated model', () => {
    for (const input of [null, 'texte', { heading: 'sans date' }, { title: 'x', start: 'demain' }, Number.NaN]) {
      const result = toChannels(input);
      expect(result.outputs).toEqual([]);
      expect(result.problems[0]?.message).toContain('avis, un événement ou un chiffre clé validé');
    }
  });

  it('reads raw JSON as a notice, an event or a key figure, and explains what it cannot read', () => {
    expect(readContent(readJson('road-closure.notice.json')).content).toHaveProperty('heading');
    expect(readContent(readJson('new-year-wishes.event.json')).content).toHaveProperty('title');
    expect(readContent(readJson('investment.key-figure.json')).content).toMatchObject({ kind: 'key-figure', label: 'Investissements 2027' });
    expect(readContent({ label: 'Habitants', value: 'beaucoup' }).problems[0]?.field).toBe('value');
    expect(readContent({ foo: 1 }).problems[0]?.message).toMatch(/^Type de contenu inconnu/u);
    expect(readContent([]).problems[0]?.field).toBe('content');
  });
});
