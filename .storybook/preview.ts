import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../dist/custom-elements.json';
import '../dist/tokens/tokens.css';
import './preview.css';
import { DEFAULT_THEME, THEMES } from './themes.js';

setCustomElementsManifest(customElements);

/** The axe rule tags every story is checked against: WCAG 2.2 AA and best practices. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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
  decorators: [
    (story, context) => {
      const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string | undefined) ?? DEFAULT_THEME;
      document.documentElement.setAttribute('data-loos-theme', theme);
      document.documentElement.lang = 'fr';
      return story();
    },
  ],
  parameters: {
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: A11Y_TAGS } },
    },
    controls: { expanded: true },
    docs: { toc: true },
    options: {
      storySort: { order: ['Accueil', 'Fondations', 'Composants', 'Outils', 'Guides'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
