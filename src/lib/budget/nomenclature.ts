/**
 * What the M14 / M57 nomenclatures (communes, départements, métropoles) say about an account or a
 * chapter by nature, for files that leave it out: the section a code belongs to, the chapter of an
 * account, and the chapter's label. Only the SCDL reader needs this, so it travels in its lazy chunk.
 */
import type { BudgetFlow, BudgetSection } from './model.js';

const F = 'fonctionnement';
const I = 'investissement';

/**
 * Chapters whose code says nothing by its first digit: the results carried forward (001, 002), the
 * transfers between sections (021, 023), the sale of assets (024), unforeseen expenses (020, 022)
 * and the order chapters (040 and 041 sit in the investment section, 042 and 043 in the operating
 * one, as the nomenclatures place them).
 */
const SPECIAL: Readonly<Record<string, BudgetSection>> = {
  '001': I, '020': I, '021': I, '024': I, '040': I, '041': I,
  '002': F, '022': F, '023': F, '042': F, '043': F,
};

/**
 * The section of an account or chapter code: `6…`, `7…` and the chapters 011 to 019 (charges,
 * atténuations, allocations of départements) are operating; `1…`, `2…`, `3…` (stocks) and `45…`
 * (works for third parties) are investment; a functional chapter 90x–92x is investment, 93x–94x
 * operating. `undefined` when the code does not say (class 4 or 5 accounts, empty codes…).
 */
export function sectionOfCode(code: string): BudgetSection | undefined {
  const text = code.trim();
  const special = SPECIAL[text];
  if (special !== undefined) return special;
  if (/^01\d$/.test(text)) return F;
  if (/^9[0-2]\d$/.test(text)) return I;
  if (/^9[34]\d$/.test(text)) return F;
  if (/^[67]/.test(text)) return F;
  if (/^([123]|45)/.test(text)) return I;
  return undefined;
}

/** The chapters by nature residents meet most, as the nomenclatures name them. */
export const CHAPTER_LABELS: Readonly<Record<string, string>> = {
  '001': "Solde d'exécution reporté",
  '002': 'Résultat de fonctionnement reporté',
  '011': 'Charges à caractère général',
  '012': 'Charges de personnel et frais assimilés',
  '013': 'Atténuations de charges',
  '014': 'Atténuations de produits',
  '016': 'Allocation personnalisée d’autonomie',
  '017': 'Revenu de solidarité active',
  '020': 'Dépenses imprévues',
  '022': 'Dépenses imprévues',
  '024': 'Produits des cessions d’immobilisations',
  '10': 'Dotations, fonds divers et réserves',
  '13': 'Subventions d’investissement',
  '16': 'Emprunts et dettes assimilées',
  '20': 'Immobilisations incorporelles',
  '204': 'Subventions d’équipement versées',
  '21': 'Immobilisations corporelles',
  '23': 'Immobilisations en cours',
  '26': 'Participations',
  '27': 'Autres immobilisations financières',
  '45': 'Opérations pour compte de tiers',
  '65': 'Autres charges de gestion courante',
  '66': 'Charges financières',
  '67': 'Charges exceptionnelles',
  '68': 'Dotations aux amortissements et provisions',
  '70': 'Produits des services, du domaine et ventes diverses',
  '73': 'Impôts et taxes',
  '731': 'Fiscalité locale',
  '74': 'Dotations et participations',
  '75': 'Autres produits de gestion courante',
  '76': 'Produits financiers',
  '77': 'Produits exceptionnels',
  '78': 'Reprises sur amortissements et provisions',
};

/**
 * The chapter of an account when a file gives the account only: staff costs (64, 621, 631, 633)
 * are chapter 012, other purchases and services (60 to 63) 011, their refunds (6419, 6459, 6479,
 * 609, 619) 013, levies on receipts (739) 014, equipment grants 204; otherwise the first two digits.
 */
export function chapterOfAccount(account: string, flow: BudgetFlow): string {
  const code = account.trim();
  // Accounts never start with 0: such a code, or a known chapter, is already a chapter.
  if (code.length < 3 || code.startsWith('0') || code in CHAPTER_LABELS) return code;
  if (flow === 'recettes' && /^(6[0-4]\d9|6[0-2]9)/.test(code)) return '013';
  if (/^(64|621|63[13])/.test(code)) return '012';
  if (/^6[0-3]/.test(code)) return '011';
  if (code.startsWith('739')) return '014';
  if (code.startsWith('204')) return '204';
  return code.slice(0, 2);
}
