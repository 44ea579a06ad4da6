/**
 * False alarms and misses seen on real municipal texts: each one as a person
 * reported it, with the rule that was wrong.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, checkText } from '../../../src/tone/index.js';
import { findings, flagged } from './helpers.js';

describe('false alarms that stopped', () => {
  it.each([
    ['La société VEOLIA coupera l’eau ; l’opérateur ORANGE installe la fibre.', 'brand names in capitals'],
    ['BUDGET 2025\nLe conseil a voté le budget.', 'a word in capitals in a title'],
    ['ARTICLE 1 : la circulation est modifiée.', 'an article heading'],
    ['Arrêté n° 2024/MB/GD/ARR/0012 du 3 mars 2025.', 'pieces of a reference number'],
    ['Les lampes LED, la TV, les SMS, le PDF, le GPS, la SNCF et EDF.', 'common acronyms'],
    ['Le maire, Jean DUPONT, et Mme LEFEBVRE signent.', 'surnames in capitals'],
  ])('acronyms: %s (%s)', (text) => {
    expect(flagged('acronyms', text)).toEqual([]);
  });

  it.each([
    ['Arrêté 2024-MB-GD-ARR-0012 du maire.'],
    ['Le Maire,\nJean-Philippe DELACROIX'],
    ['Signé : Jean DUPONT, maire de Loos.'],
    ['Les travaux sont confiés à la SARL DUBOIS & FILS.'],
  ])('capitals: %s', (text) => {
    expect(flagged('capitals', text)).toEqual([]);
  });

  it.each([
    ['Aucune amélioration n’est à prévoir.'],
    ['Personne ne sera oublié.'],
    ['Rien ne change pour les abonnés.'],
    ['Nul ne peut stationner devant le portail.'],
    ['Jamais la salle n’a été si pleine.'],
    ['Ni la piscine ni la médiathèque ne ferment.'],
    ['Le bruit ne gêne guère les voisins.'],
  ])('lone-ne: %s', (text) => {
    expect(flagged('lone-ne', text)).toEqual([]);
  });

  it('commas: decimal commas are not clause commas', () => {
    expect(flagged('commas', 'Le budget s’élève à 303 803,37 €, 12 414,50 €, 1 200,10 € et 8,5 € pour 2,3 km.')).toEqual([]);
  });

  it('sentence-length: a phone number, an amount, a date and a time count as one word each', () => {
    const text = 'Pour réserver, appelez le 03 20 12 34 56 avant le 12/03/2025 à 18 h 30 et payez 1 234,50 € à l’accueil.';
    expect(flagged('sentence-length', text)).toEqual([]);
  });

  it.each([
    ['Le conseil a rendu son avis sur le projet.'],
    ['La dotation, c’est-à-dire l’argent versé par l’État, baisse de 2 %.'],
    ['L’article L. 2122-22 dispose : « nonobstant toute disposition contraire, le maire peut déléguer ».'],
    ['Les travaux concernent la chaussée et non les trottoirs.'],
  ])('jargon: %s', (text) => {
    expect(flagged('jargon', text)).toEqual([]);
  });

  it('capitals: the suggestion keeps the accents', () => {
    expect(findings('capitals', 'COMMUNIQUE DE PRESSE')[0]?.suggestion).toBe('Communiqué de presse');
    expect(findings('capitals', 'RACCORDEMENT A LA FIBRE')[0]?.suggestion).toBe('Raccordement à la fibre');
  });
});

describe('misses that are found', () => {
  it.each([
    ['Ouverture à 8h.', '8h', '8\u00A0h'],
    ['Accueil dès 09h00.', '09h00', '9\u00A0h'],
    ['Concert à 18h30.', '18h30', '18\u00A0h\u00A030'],
    ['Ouverture à 8H.', '8H', '8\u00A0h'],
    ['Permanence le samedi 8h-12h.', '8h-12h', 'de 8\u00A0h à 12\u00A0h'],
    ['Permanence de 8h-12h.', '8h-12h', '8\u00A0h à 12\u00A0h'],
  ])('typo-hours: « %s »', (text, found, right) => {
    const [finding] = findings('typo-hours', text);
    expect(text.slice(finding?.start, finding?.end)).toBe(found);
    expect(finding?.fix?.text).toBe(right);
  });

  it('typo-hours: leaves correct times, durations in words and « 24h/24 » alone', () => {
    expect(flagged('typo-hours', 'De 8\u00A0h à 12\u00A0h, puis 18 h 30. Ouvert 24h/24. 12 habitants. 3 heures.')).toEqual([]);
  });

  it('passive voice without « par », with the actor the text names', () => {
    const text = 'Les services techniques interviennent rue Foch. La rue sera barrée du 3 au 7 mars. Le stationnement sera interdit. Il est demandé aux riverains de sortir leurs véhicules.';
    expect(flagged('passive-voice', text)).toEqual(['sera barrée', 'sera interdit', 'Il est demandé']);
    expect(findings('passive-voice', text)[0]?.suggestion).toBe('les services techniques barreront…');
  });

  it('passive voice with participles in -i, -u, -t, -s', () => {
    expect(flagged('passive-voice', 'Le projet est choisi par le conseil municipal.')).toEqual(['est choisi']);
    expect(findings('passive-voice', 'Le projet est choisi par le conseil municipal.')[0]?.suggestion).toBe('le conseil municipal choisit…');
    expect(flagged('passive-voice', 'Le mur sera construit en mai. La salle sera repeinte. Les élus seront élus. Les dossiers doivent être remis en mairie.')).toEqual(['sera construit', 'sera repeinte', 'doivent être remis']);
  });

  it('passive voice: states and adjectives are not passive', () => {
    expect(flagged('passive-voice', 'La piscine sera ouverte du lundi au vendredi. L’entrée sera gratuite. La fête sera lundi. La circulation sera perturbée.')).toEqual([]);
  });

  it.each([
    ['A partir du 3 mars, la rue est fermée.', 'A', 'À'],
    ['Une décision de l’Etat.', 'Etat', 'État'],
    ['Concert à l’Eglise Saint-Martin.', 'Eglise', 'Église'],
    ['Episode de canicule.', 'Episode', 'Épisode'],
  ])('typo-accents: « %s »', (text, found, right) => {
    const [finding] = findings('typo-accents', text);
    expect(text.slice(finding?.start, finding?.end)).toBe(found);
    expect(finding?.fix?.text).toBe(right);
  });

  it('typo-accents: a letter « A » (category, building) is not a preposition', () => {
    expect(flagged('typo-accents', 'Bâtiment A, catégorie A. Plan A. Autoroute A1.')).toEqual([]);
  });

  it.each([
    ['Nous allons procéder au renouvellement des conduites.', 'procéder au renouvellement'],
    ['Le parc ferme suite aux travaux.', 'suite aux'],
    ['Compte tenu de la météo, le feu d’artifice est reporté.', 'Compte tenu de'],
    ['Stationnement interdit au droit du n° 12.', 'au droit du'],
    ['Vous trouverez le plan ci-joint.', 'ci-joint'],
    ['Nous serons amenés à couper l’eau.', 'Nous serons amenés à'],
    ['Nous vous informons que la piscine ferme.', 'Nous vous informons que'],
    ['Le compte rendu, n’appelant aucune observation, est adopté.', 'n’appelant aucune observation'],
  ])('jargon: « %s »', (text, found) => {
    expect(flagged('jargon', text)).toContain(found);
  });

  it('acronyms after an elision, and a list in parentheses is no definition', () => {
    expect(flagged('acronyms', 'Visite de l’EMSAC.')).toEqual(['EMSAC']);
    expect(flagged('acronyms', 'Une place d’EHPAD.')).toEqual(['EHPAD']);
    expect(flagged('acronyms', 'Nos partenaires (CCAS, PMI) vous reçoivent.')).toEqual(['CCAS', 'PMI']);
    expect(flagged('acronyms', 'Le SIVOM (syndicat intercommunal à vocations multiples) gère la piscine.')).toEqual([]);
  });

  it.each([
    ['L’eau sera coupée cette nuit.', 'cette nuit'],
    ['La fête aura lieu le 3 juillet prochain.', 'le 3 juillet prochain'],
    ['Lundi, nous fermons la piscine.', 'Lundi'],
  ])('relative-dates on the web: « %s »', (text, found) => {
    expect(flagged('relative-dates', text)).toEqual([found]);
  });

  it('relative-dates: timetables and full dates are fine', () => {
    expect(flagged('relative-dates', 'Ouvert du lundi au vendredi. Le lundi, la piscine ferme. Lundi 3 mars 2025. Lundi : 9 h à 12 h.')).toEqual([]);
  });

  it.each([
    ['La rue est fermée .', 'e .'],
    ['Les travaux , qui durent.', 'x ,'],
    ['Voir le plan ( page 3).', '( p'],
    ['Voir le plan (page 3 ).', '3 )'],
    ['Un taux de 41,71%.', '1%'],
    ['Un taux de 41,71 %.', '1 %'],
    ['Les travaux,la rue.', ',l'],
  ])('typo-spacing: « %s »', (text, found) => {
    expect(flagged('typo-spacing', text)).toEqual([found]);
  });

  it('typo-spacing: leaves correct spacing alone', () => {
    expect(flagged('typo-spacing', 'Un taux de 41,71\u00A0% (voir page 3), soit 2,5 km. Fin. Voir https://loos.fr/a,b ici.')).toEqual([]);
  });

  it.each([
    ['Il a dit ”stop“ hier.', '”stop“'],
    ['Il a dit » stop « hier.', '» stop «'],
    ['Il a dit “stop” hier.', '“stop”'],
  ])('typo-quotes: « %s »', (text, found) => {
    expect(flagged('typo-quotes', text)).toEqual([found]);
    expect(flagged('typo-guillemets', text)).toEqual([]);
  });

  it('--fix on quotes keeps an address written between them', () => {
    const text = 'Voir “https://www.ville-loos.fr/budget” en ligne.';
    expect(applyFixes(text, checkText(text)).text).toBe('Voir «\u202Fhttps://www.ville-loos.fr/budget\u202F» en ligne.');
  });

  it('--fix rewrites times, accents, spacing and quotes without changing a word', () => {
    const text = 'A partir de 8h30, l’Etat ferme la rue ( sauf riverains ) , soit 40% des places. Il dit “merci”.';
    expect(applyFixes(text, checkText(text)).text).toBe(
      'À partir de 8\u00A0h\u00A030, l’État ferme la rue (sauf riverains), soit 40\u00A0% des places. Il dit «\u202Fmerci\u202F».',
    );
  });
});
