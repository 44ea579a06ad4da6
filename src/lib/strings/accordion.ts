import type { StringsTable } from '../i18n.js';

/**
 * The accordion's button, while at least one section is closed, then once all are open. A table of
 * its own: the header, breadcrumb and footer, which share `siteStrings`, do not carry these words.
 */
export const accordionStrings: StringsTable<{ openAll: string; closeAll: string }> = {
  fr: { openAll: 'Tout ouvrir', closeAll: 'Tout fermer' },
  en: { openAll: 'Open all', closeAll: 'Close all' },
};
