/**
 * Relative dates: fine in a dated post, misleading on a page that stays online (« l'an
 * dernier » read three years later). Source: Guide de rédaction web de l'État (SIG) and
 * the city's editorial rules (docs/channels.md).
 */
import { entries } from '../dictionary.js';

const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

export const RELATIVE_DATES = entries([
  ['hier', 'la date (« le 12 mars 2025 »)'],
  ['avant-hier', 'la date'],
  ['demain', 'la date'],
  ['après-demain', 'la date'],
  ["aujourd'hui", 'la date'],
  ['ce matin', 'la date et l’heure'],
  ['ce soir', 'la date et l’heure'],
  ['cet après-midi', 'la date et l’heure'],
  ['cette semaine', 'les dates'],
  ['la semaine dernière', 'les dates'],
  ['la semaine prochaine', 'les dates'],
  ['le mois dernier', 'le mois et l’année'],
  ['le mois prochain', 'le mois et l’année'],
  ["l'an dernier", 'l’année (« en 2024 »)'],
  ["l'an passé", 'l’année'],
  ["l'an prochain", 'l’année'],
  ["l'année dernière", 'l’année'],
  ["l'année prochaine", 'l’année'],
  ['cette année', 'l’année'],
  ['ce week-end', 'les dates'],
  ['cette nuit', 'la date (« dans la nuit du 3 au 4 juillet »)'],
  ['la nuit dernière', 'la date'],
  ['la nuit prochaine', 'la date'],
  ['ce midi', 'la date et l’heure'],
  ['à la rentrée prochaine', 'le mois et l’année'],
  ['tout à l’heure', 'l’heure'],
  ['récemment', 'la date'],
  ['dernièrement', 'la date'],
  ['prochainement', 'la date prévue'],
  ['actuellement', 'la date (« depuis le… »)'],
  ['en ce moment', 'la date'],
  ...DAYS.flatMap((day): [string, string][] => [
    [`${day} prochain`, 'la date complète'],
    [`${day} dernier`, 'la date complète'],
  ]),
]);
