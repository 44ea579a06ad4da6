import type { StringsTable } from '../i18n.js';
import type { AccessibilityLevel } from '../site/footer.js';

export interface SiteStrings {
  /** The small-screen menu button of the header. */
  menu: string;
  /** The « … » button of a collapsed breadcrumb, for assistive technology. */
  showWholePath: string;
  backToTop: string;
  /** The footer's compliance line, linked to the accessibility statement. */
  accessibility: Readonly<Record<AccessibilityLevel, string>>;
}

export const siteStrings: StringsTable<SiteStrings> = {
  fr: {
    menu: 'Menu',
    showWholePath: 'Afficher tout le chemin',
    backToTop: 'Retour haut de page',
    accessibility: {
      non: 'Accessibilité : non conforme',
      partiellement: 'Accessibilité : partiellement conforme',
      totalement: 'Accessibilité : totalement conforme',
    },
  },
  en: {
    menu: 'Site menu',
    showWholePath: 'Show the whole path',
    backToTop: 'Back to top',
    accessibility: {
      non: 'Accessibility: not compliant',
      partiellement: 'Accessibility: partially compliant',
      totalement: 'Accessibility: fully compliant',
    },
  },
};
