/**
 * Pictograms of the service tiles: simple strokes on a 24 × 24 grid, drawn in `currentColor`
 * (so they follow the theme and forced colours). Decorative: the label says it all.
 */
export const TILE_ICONS = {
  // A page with a folded corner: any démarche.
  demarche: 'M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h7',
  // A cradle: births.
  naissance: 'M4 10h16a8 8 0 0 1-16 0zM8 18l-2 3M16 18l2 3M12 2v4M10 4h4',
  // Two rings: weddings and civil partnerships.
  mariage: 'M9 15a5 5 0 1 0 0-.01zM15 15a5 5 0 1 0 0-.01zM10 5l2-2 2 2',
  // A flower: deaths.
  deces: 'M12 21v-8M12 13a3 3 0 1 1 0-6 3 3 0 1 1 0 6zM8 17c2 0 4 1 4 4M16 17c-2 0-4 1-4 4',
  // A plate between fork and knife: the school canteen.
  cantine: 'M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 4v6M3 4v3a1 1 0 0 0 2 0V4M4 10v10M20 4c-2 1-2 5 0 7v9',
  // An identity card: papers.
  papiers: 'M3 6h18v12H3zM7 10a2 2 0 1 0 4 0 2 2 0 0 0-4 0M6 15h6M14 10h4M14 13h4',
  // A bin: waste.
  dechets: 'M4 7h16M9 7V4h6v3M6 7l1 14h10l1-14M10 11v6M14 11v6',
  // A house: housing and planning permits.
  urbanisme: 'M3 11l9-8 9 8M5 9v12h14V9M10 21v-6h4v6',
  // A calendar: appointments.
  'rendez-vous': 'M4 5h16v16H4zM4 10h16M8 3v4M16 3v4M8 14h3v3H8z',
  // A signpost with an exclamation mark: reporting a problem in the street.
  signalement: 'M12 3l10 18H2zM12 10v5M12 18v.01',
  // A card: paying online.
  paiement: 'M2 6h20v12H2zM2 10h20M6 15h4',
} as const;

export type TileIcon = keyof typeof TILE_ICONS;

export function isTileIcon(name: unknown): name is TileIcon {
  return typeof name === 'string' && Object.hasOwn(TILE_ICONS, name);
}
