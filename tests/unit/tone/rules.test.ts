/**
 * Each rule: French examples it must find, and examples it must leave alone (no false
 * positive on « investissement », « logement », proper nouns, URLs, numbers).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/tone/index.js';
import { flagged } from './helpers.js';

interface Case {
  readonly rule: string;
  readonly channel?: string;
  readonly found: readonly (readonly [string, string])[];
  readonly clean: readonly string[];
}

const NEUTRAL = [
  'Le budget d’investissement finance le logement social à Loos.',
  'Rendez-vous sur https://www.ville-loos.fr/budget?annee=2025&vue=complet pour le détail.',
  'Jean-Pierre Dubois et Marie Lefèvre ont présenté 12 projets en 2025.',
];

const CASES: readonly Case[] = [
  {
    rule: 'jargon',
    found: [
      ['Nous allons procéder à la fermeture du parc.', 'procéder à la fermeture'],
      ['Le service procédera à la fermeture du parc.', 'procédera à la fermeture'],
      ['La fête aura lieu nonobstant la pluie.', 'nonobstant'],
      ['Les pièces susmentionnées sont demandées.', 'susmentionnées'],
      ['Il convient de s’inscrire avant lundi.', 'Il convient de'],
      ['Afin d’éviter les bouchons, prenez le bus.', 'Afin d’'],
      ['Merci de vous rapprocher de l’accueil.', 'vous rapprocher de'],
    ],
    clean: [...NEUTRAL, 'La piscine ferme lundi pour nettoyer les bassins.', 'Nous fermons le parc.'],
  },
  {
    rule: 'latin',
    found: [['A priori, la salle sera prête.', 'A priori'], ['Le projet sera voté in fine.', 'in fine']],
    clean: [...NEUTRAL, 'Le fin mot de l’histoire.', 'Les priorités du mandat.'],
  },
  {
    rule: 'anglicisms',
    found: [['La deadline est fixée au 3 mars.', 'deadline'], ['Un meeting avec les habitants.', 'meeting'], ['Le digital au service des habitants.', 'digital']],
    clean: [...NEUTRAL, 'Prenez vos empreintes digitales en mairie.', 'Le marché du mardi.'],
  },
  {
    rule: 'acronyms',
    found: [['La MEL finance le projet.', 'MEL'], ['Le CCAS vous aide. Le CCAS répond.', 'CCAS'], ['Le SIVOM gère la piscine.', 'SIVOM']],
    clean: [
      ...NEUTRAL,
      'La Métropole européenne de Lille (MEL) finance le projet. La MEL vote.',
      'Le CCAS (centre communal d’action sociale) vous aide.',
      'Envoyez un SMS ou un PDF.',
      'Le XXIe siècle, Louis XIV.',
    ],
  },
  {
    rule: 'relative-dates',
    found: [['L’an dernier, la fête a réuni 500 personnes.', 'L’an dernier'], ['Les travaux commencent demain.', 'demain'], ['Ouvert il y a 3 ans.', 'il y a 3 ans']],
    clean: [...NEUTRAL, 'Les travaux commencent le lundi 3 mars 2025.', 'Le cahier des charges est prêt.'],
  },
  {
    rule: 'relative-dates',
    channel: 'facebook',
    found: [],
    clean: ['Les travaux commencent demain.'],
  },
  {
    rule: 'passive-voice',
    found: [['La salle a été rénovée en 2024.', 'a été rénovée'], ['Le parc est entretenu par les jardiniers.', 'est entretenu']],
    clean: [...NEUTRAL, 'La ville a rénové la salle.', 'Elle est arrivée hier.', 'La piscine est fermée le lundi.'],
  },
  {
    rule: 'lone-ne',
    found: [['Venez avant qu’il ne soit trop tard.', 'ne'], ['Je ne sais si la salle sera libre.', 'ne']],
    clean: [...NEUTRAL, 'Il ne pleut pas.', 'Ce n’est plus possible.', 'Elle ne vient que le lundi.', 'Venez n’importe quand.'],
  },
  {
    rule: 'missing-ne',
    found: [['C’est pas compliqué.', 'C’est pas'], ['Il y a pas de cantine.', 'y a pas']],
    clean: [...NEUTRAL, 'Ce n’est pas compliqué.', 'Il n’y a pas de cantine.', 'Il ne faut pas courir.'],
  },
  {
    rule: 'double-negation',
    found: [['Il n’est pas impossible que la fête ait lieu.', 'pas impossible'], ['Un coût non négligeable.', 'non négligeable']],
    clean: [...NEUTRAL, 'La fête est possible.', 'Il n’est pas prêt.', 'Ne pas dépasser la vitesse.'],
  },
  {
    rule: 'capitals',
    found: [['FERMETURE EXCEPTIONNELLE DE LA PISCINE ce lundi.', 'FERMETURE EXCEPTIONNELLE DE LA PISCINE'], ['C’est IMPORTANT pour tous.', 'IMPORTANT']],
    clean: [...NEUTRAL, 'Le CCAS (centre communal d’action sociale) et la MEL (métropole) signent.', 'Louis XIV et la SNCF.'],
  },
  {
    rule: 'exclamation',
    found: [['Venez nombreux !!', '!!'], ['Quoi ?!', '?!']],
    clean: [...NEUTRAL, 'Venez nombreux !', 'Pourquoi ?'],
  },
  {
    rule: 'commas',
    found: [['Apportez un stylo, une gomme, une règle, un cahier, une trousse, et un sourire.', 'Apportez un stylo, une gomme, une règle, un cahier, une trousse, et un sourire.']],
    clean: [...NEUTRAL, 'Apportez un stylo, une gomme et un cahier.'],
  },
  {
    rule: 'conjunctions',
    found: [['Venez et dansez ou chantez mais restez et profitez.', 'Venez et dansez ou chantez mais restez et profitez.']],
    clean: [...NEUTRAL, 'Venez et dansez.'],
  },
  {
    rule: 'sentence-length',
    found: [[`${'mot '.repeat(24)}fin.`, `${'mot '.repeat(24)}fin.`]],
    clean: [...NEUTRAL, `${'mot '.repeat(19)}fin.`],
  },
  {
    rule: 'typo-punctuation-space',
    found: [['Horaires: 9 h.', 's:'], ['Venez !', ' !'], ['Pourquoi?', 'i?']],
    clean: [...NEUTRAL, 'Horaires\u00A0: 9 h.', 'Venez\u202F!', 'Il est 14:30.', 'Voir https://loos.fr/?p=1 ici.'],
  },
  {
    rule: 'typo-guillemets',
    found: [['Le «Printemps» arrive.', '«P']],
    clean: [...NEUTRAL, 'Le «\u202FPrintemps\u202F» arrive.'],
  },
  {
    rule: 'typo-quotes',
    found: [['Le "Printemps" arrive.', '"Printemps"']],
    clean: [...NEUTRAL],
  },
  {
    rule: 'typo-hours',
    found: [['Ouvert de 9h à 12h.', '9h'], ['Accueil 14h00-17h30.', '14h00-17h30']],
    clean: [...NEUTRAL, 'Ouvert de 9\u00A0h à 12\u00A0h 30.'],
  },
  {
    rule: 'typo-accents',
    found: [['A noter : la mairie ferme.', 'A'], ['Les Editions de l’Etat.', 'Etat']],
    clean: [...NEUTRAL, 'À noter : l’État et l’Église.', 'Le bâtiment A est ouvert.'],
  },
  {
    rule: 'typo-spacing',
    found: [['Fin .', 'n .'], ['Soit 12%.', '2%']],
    clean: [...NEUTRAL, 'Soit 12\u00A0% (environ), c’est-à-dire 3,5 km.'],
  },
  {
    rule: 'typo-thousands',
    found: [['12500 personnes.', '12500'], ['Un budget de 1500 €.', '1500']],
    clean: [...NEUTRAL, 'En 2025, 12\u202F500 personnes.', 'Loos, 59120 Loos.', 'Appelez le 0320123456.', 'Dossier n° 123456.'],
  },
  {
    rule: 'typo-currency',
    found: [['Entrée : 12€.', '2€'], ['Entrée : 12 €.', '2 €'], ['Entrée : €12.', '€12']],
    clean: [...NEUTRAL, 'Entrée\u00A0: 12\u00A0€.'],
  },
  {
    rule: 'typo-ordinals',
    found: [['La 2ème fois.', '2ème'], ['La 1ère séance.', '1ère'], ['Le 3ième âge.', '3ième']],
    clean: [...NEUTRAL, 'Le 1er mai, la 1re séance, le 2e étage.', 'Il fait 20° dehors.'],
  },
  {
    rule: 'typo-ellipsis',
    found: [['Et puis...', '...']],
    clean: [...NEUTRAL, 'Et puis…'],
  },
  {
    rule: 'typo-double-space',
    found: [['Deux  espaces.', '  ']],
    clean: [...NEUTRAL, 'Une espace.'],
  },
  {
    rule: 'title-length',
    found: [[`# ${'Titre très long '.repeat(6)}`, 'Titre très long '.repeat(6).trim()]],
    clean: [...NEUTRAL, '# Fermeture de la piscine le 3 mars'],
  },
  {
    rule: 'title-length',
    channel: 'newsletter',
    found: [['Votre lettre d’information du mois de mars avec tout le programme\nBonjour.', 'Votre lettre d’information du mois de mars avec tout le programme']],
    clean: ['Budget 2025 : ce qui change\nBonjour.'],
  },
  {
    rule: 'hashtag-case',
    channel: 'instagram',
    found: [['Venez ! #fetedelamusique', '#fetedelamusique'], ['#JOURNEEDUPATRIMOINE', '#JOURNEEDUPATRIMOINE']],
    clean: ['Venez ! #FeteDeLaMusique #Loos', ...NEUTRAL],
  },
  {
    rule: 'hashtag-count',
    channel: 'x',
    found: [['#Loos #Vélo #Mobilité', '#Mobilité']],
    clean: ['#Loos #Vélo', 'Voir https://loos.fr/#programme', 'C# et F#.'],
  },
  {
    rule: 'emoji-count',
    found: [['La fête 🎉', '🎉']],
    clean: [...NEUTRAL, 'Copyright © Ville de Loos'],
  },
  {
    rule: 'emoji-as-word',
    channel: 'facebook',
    found: [['Rendez-vous à la 🏊 samedi.', '🏊']],
    clean: ['Rendez-vous à la piscine samedi 🏊', 'La fête 🎉 !'],
  },
  {
    rule: 'channel-links',
    channel: 'instagram',
    found: [['Infos : https://www.ville-loos.fr/fete', 'https://www.ville-loos.fr/fete']],
    clean: ['Infos : lien en bio.'],
  },
  {
    rule: 'key-point',
    channel: 'instagram',
    found: [['a'.repeat(130), 'aaaaa']],
    clean: ['Court et clair.'],
  },
  {
    rule: 'inclusive-writing',
    found: [['Les habitant.e.s sont invités.', 'habitant.e.s'], ['Chers conseiller/ères.', 'conseiller/ères'], ['Les élu(e)s votent.', 'élu(e)s']],
    clean: [...NEUTRAL, 'Les habitant·e·s et les conseiller·ère·s.', 'Voir le site www.loos.fr.', 'Dis-le.'],
  },
  {
    rule: 'link-text',
    found: [['Pour le budget, [cliquez ici](https://loos.fr/budget).', 'cliquez ici']],
    clean: [...NEUTRAL, '[Consulter le budget 2025](https://loos.fr/budget)'],
  },
  {
    rule: 'image-alt',
    found: [['![](photo.jpg)', '![]'], ['![photo.jpg](photo.jpg)', '![photo.jpg]']],
    clean: ['![Le maire coupe le ruban devant la nouvelle médiathèque](photo.jpg)', '`![](code)`'],
  },
  {
    rule: 'readability',
    found: [[
      'Conformément aux dispositions réglementaires applicables, la collectivité territoriale procédera ultérieurement à la réhabilitation intégrale des équipements aquatiques intercommunaux, nonobstant les contraintes budgétaires significatives identifiées antérieurement par les services administratifs compétents.',
      'Conformément aux dispositions réglementaires applicables, la collectivité territoriale procédera ultérieurement à la réhabilitation intégrale des équipements aquatiques intercommunaux, nonobstant les contraintes budgétaires significatives identifiées antérieurement par les services administratifs compétents.',
    ]],
    clean: ['La piscine ferme lundi. Elle rouvre en juin. Les enfants pourront nager tout l’été. Les tarifs ne changent pas. Venez avec un bonnet. Les vestiaires sont neufs. Le parking est gratuit. Bonne baignade à tous !'],
  },
];

describe.each(CASES)('rule $rule ($channel)', ({ rule, channel, found, clean }) => {
  const options = { channel: channel ?? 'web' };
  it.each(found)('finds « %s »', (text, expected) => {
    expect(flagged(rule, text, options)).toContain(expected);
  });
  it.each(clean)('leaves alone « %s »', (text) => {
    expect(flagged(rule, text, options)).toEqual([]);
  });
});

describe('rule catalogue', () => {
  it('has at least 20 rules, each with a unique id and a French description', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.description.length).toBeGreaterThan(10);
  });

  it('tests every rule', () => {
    const tested = new Set(CASES.map((c) => c.rule).concat(['sms-encoding', 'channel-length']));
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});
