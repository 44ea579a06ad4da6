import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The catalogue is the city's reference, not a Storybook tutorial: no « Get started » checklist
  // in the sidebar or the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Documentation' },
  // Fixture images at the address the fixtures give them (/tests/fixtures/images/…), as in the
  // Vite server of the tests: a story never loads an image from another site.
  // The guides' pictures (docs/channels.md shows a reviewed social image) come from the same place.
  staticDirs: [
    { from: '../tests/fixtures/images', to: '/tests/fixtures/images' },
    // Only the pictures' folder: the stories import the fixtures' JSON next to it as modules.
    { from: '../tests/fixtures/channels/road-closure', to: '/tests/fixtures/channels/road-closure' },
    // The acts list and the video captions the publication stories read.
    { from: '../tests/fixtures/publications', to: '/tests/fixtures/publications' },
  ],
  // Pre-bundle Lit's directives up front: otherwise Vite discovers them during the first test
  // run and reloads the page mid-run. `lit/directive-helpers.js` is imported by Storybook's own
  // web-components renderer, which Vite serves unbundled: without it here, that import loads a
  // second lit-html from node_modules next to the pre-bundled one (« Multiple versions of Lit
  // loaded »), and a template made by one copy is not recognised by the other.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit/directives/style-map.js',
        'lit/directives/class-map.js',
        'lit/directives/if-defined.js',
        'lit/directives/repeat.js',
        'lit/directives/live.js',
        'lit/directive-helpers.js',
      ],
    },
  }),
};

export default config;
