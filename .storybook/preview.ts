import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../dist/custom-elements.json';
import '../dist/tokens/tokens.css';
// The page styles integrators get with `@ville-de-loos/ui/base.css`: the catalogue shows the same.
import '../src/styles/base.css';
// The site frame's styles (`@ville-de-loos/ui/site.css`): header, breadcrumb, footer, skip links.
import '../src/styles/site.css';
// The site kit's parts (buttons, fields, tabs…), `@ville-de-loos/ui/forms.css`.
import '../src/styles/forms.css';
import './preview.css';
import { DEFAULT_THEME, THEMES } from './themes.js';
import { publicManifest } from './manifest.js';

// Property tables list what an integrator can use, not the elements' private members.
setCustomElementsManifest(publicManifest(customElements));

/** The axe rule tags every story is checked against: WCAG 2.2 AA and best practices. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Applies the theme. A story alone in the canvas sets it on the page (its own `theme` parameter,
 * else the toolbar's). On a docs page, where every story of a component renders together, the page
 * keeps the toolbar's theme and each story is framed in its own: otherwise the last story's theme
 * would restyle the whole page.
 */
const themeDecorator: Decorator = (story, context) => {
  const toolbarTheme = (context.globals.theme as string | undefined) ?? DEFAULT_THEME;
  const storyTheme = (context.parameters.theme as string | undefined) ?? toolbarTheme;
  document.documentElement.lang = 'fr';
  if (context.viewMode !== 'docs') {
    document.documentElement.setAttribute('data-loos-theme', storyTheme);
    return story();
  }
  document.documentElement.setAttribute('data-loos-theme', toolbarTheme);
  return html`<div class="loos-story-frame" data-loos-theme=${storyTheme}>${story()}</div>`;
};

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Thème des jetons de design',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: THEMES.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: DEFAULT_THEME },
  decorators: [themeDecorator],
  parameters: {
    // Storybook marks each example and the docs page `lang="en"` unless told otherwise, which
    // turns every element English on docs pages. An English example sets its own `lang="en"`.
    htmlLang: 'fr',
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: A11Y_TAGS } },
    },
    controls: { expanded: true },
    docs: { toc: true, lang: 'fr' },
    options: {
      storySort: { order: ['Accueil', 'Fondations', 'Composants', 'Publications', 'Site', 'Outils', 'Guides'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
