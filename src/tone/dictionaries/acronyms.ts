/**
 * Acronyms. `LOCAL_ACRONYMS` have an expansion to suggest at first use; `WELL_KNOWN` need
 * none (anyone in France reads them). Extend both in `.loostonerc.json`.
 */

export const LOCAL_ACRONYMS: Readonly<Record<string, string>> = {
  MEL: 'Métropole européenne de Lille',
  CCAS: 'centre communal d’action sociale',
  PLU: 'plan local d’urbanisme',
  PLUI: 'plan local d’urbanisme intercommunal',
  CGCT: 'code général des collectivités territoriales',
  DGF: 'dotation globale de fonctionnement',
  EPCI: 'établissement public de coopération intercommunale',
  CAF: 'caisse d’allocations familiales',
  CPAM: 'caisse primaire d’assurance maladie',
  ALSH: 'accueil de loisirs sans hébergement',
  RSA: 'revenu de solidarité active',
  APL: 'aide personnalisée au logement',
  EHPAD: 'établissement d’hébergement pour personnes âgées dépendantes',
  PMI: 'protection maternelle et infantile',
  RPE: 'relais petite enfance',
  CMJ: 'conseil municipal des jeunes',
  ZAC: 'zone d’aménagement concerté',
  ANRU: 'Agence nationale pour la rénovation urbaine',
  NPNRU: 'nouveau programme national de renouvellement urbain',
  QPV: 'quartier prioritaire de la politique de la ville',
  CNI: 'carte nationale d’identité',
  ANTS: 'Agence nationale des titres sécurisés',
  PACS: 'pacte civil de solidarité',
  TEOM: 'taxe d’enlèvement des ordures ménagères',
  DOB: 'débat d’orientation budgétaire',
  ROB: 'rapport d’orientation budgétaire',
  DSP: 'délégation de service public',
  SDIS: 'service départemental d’incendie et de secours',
  PMR: 'personnes à mobilité réduite',
  RGPD: 'règlement général sur la protection des données',
  RGAA: 'référentiel général d’amélioration de l’accessibilité',
  FALC: 'facile à lire et à comprendre',
  MDPH: 'maison départementale des personnes handicapées',
  ESAT: 'établissement et service d’aide par le travail',
  LMH: 'Lille Métropole Habitat',
  CHU: 'centre hospitalier universitaire',
  ARS: 'agence régionale de santé',
  ASVP: 'agent de surveillance de la voie publique',
  CLSH: 'centre de loisirs sans hébergement',
  PPI: 'plan pluriannuel d’investissement',
  BP: 'budget primitif',
  CA: 'compte administratif',
  PAV: 'point d’apport volontaire',
  ERP: 'établissement recevant du public',
  PPRI: 'plan de prévention du risque inondation',
  SIVU: 'syndicat intercommunal à vocation unique',
  CLIC: 'centre local d’information et de coordination gérontologique',
  ENS: 'espace naturel sensible',
};

/** Acronyms every reader knows: no definition needed. */
export const WELL_KNOWN: readonly string[] = [
  'SMS', 'TV', 'OK', 'PDF', 'SNCF', 'EDF', 'TGV', 'TER', 'RER', 'URL', 'COVID', 'UE', 'ONU', 'SAMU', 'HLM',
  'CV', 'PV', 'QR', 'USB', 'GPS', 'WC', 'BD', 'DVD', 'CD', 'TVA', 'PME', 'RIB', 'FAQ', 'HT', 'TTC', 'DJ', 'VTT',
  'PS', 'NB', 'JO', 'MP', 'RDV', 'ADN', 'UNESCO', 'INSEE', 'CNIL', 'URSSAF', 'ENEDIS', 'GRDF', 'RATP',
  'LOOS', 'ID', 'PIN', 'UV', 'CO2', 'BAFA', 'BEP', 'CAP', 'BTS', 'IUT', 'AM', 'PM', 'PC',
  'LED', 'ADSL', 'WIFI', 'SOS', 'SAV', 'TNT', 'FM', 'VIP', 'CB', 'IBAN', 'BIC', 'SIRET', 'SIREN', 'IRM', 'SIDA', 'OGM', 'SMUR',
  'BAC', 'CE', 'CM', 'CP', 'MJC', 'EPS', 'ADMR', 'RN', 'RD', 'BNP', 'LCL', 'CIC', 'SFR', 'SUEZ', 'SAUR', 'RTE', 'ENGIE', 'FREE',
  'IKEA', 'FNAC', 'TF', 'RTL', 'RFI', 'AFP', 'BFM', 'FR', 'VAE', 'VTC', 'SUV', 'HD', 'APP', 'NFC', 'QR', 'CSE', 'CNRS', 'EHESS',
];

/** Words often typed in capitals in titles and notices (« AVIS », « ARTICLE 1 »): not acronyms. */
export const CAPS_WORDS: readonly string[] = [
  'AVIS', 'INFO', 'INFOS', 'FERME', 'RAPPEL', 'ALERTE', 'URGENT', 'NOUVEAU', 'GRATUIT', 'ARTICLE', 'BUDGET', 'TRAVAUX', 'OBJET',
  'VU', 'ET', 'OU', 'LE', 'LA', 'LES', 'DE', 'DU', 'DES', 'EN', 'AU', 'AUX', 'UN', 'UNE', 'SUR', 'PAR', 'POUR', 'ARRETE', 'ARRÊTE',
  'DECIDE', 'DÉCIDE', 'NOTE', 'MAIRE', 'VILLE', 'FETE', 'FÊTE', 'JEU', 'BAL', 'EAU', 'GAZ', 'ATTENTION', 'IMPORTANT',
];
