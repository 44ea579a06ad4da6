/**
 * The token values the newsletter block writes inline. E-mail clients ignore custom properties and
 * most drop `<style>`, so the colours are copied here from the Loos themes (light and dark); a unit
 * test compares them with `dist/tokens` so that a change of brand colour cannot be missed.
 */
export const EMAIL_TOKENS = {
  light: {
    'color-text': '#161a21',
    'color-text-muted': '#545b68',
    'color-heading': '#0e1116',
    'color-surface': '#ffffff',
    'color-surface-sunken': '#f6f7f9',
    'color-surface-brand': '#0f3f7a',
    'color-text-on-brand': '#ffffff',
    'color-border': '#d5d9e0',
    'color-link': '#0f3f7a',
    'color-action': '#0f3f7a',
    'color-text-on-action': '#ffffff',
    'color-notice-info-background': '#eef4fb',
    'color-notice-info-text': '#0b1f38',
    'color-notice-info-border': '#1a5aa6',
    'color-notice-warning-background': '#fff8e5',
    'color-notice-warning-text': '#523900',
    'color-notice-warning-border': '#8f6500',
    'color-notice-alert-background': '#fdf0f0',
    'color-notice-alert-text': '#6b1414',
    'color-notice-alert-border': '#b42323',
  },
  dark: {
    'color-text': '#eceef2',
    'color-text-muted': '#b4bac5',
    'color-heading': '#ffffff',
    'color-surface': '#161a21',
    'color-surface-sunken': '#0e1116',
    'color-link': '#8fb8ee',
    'color-border': '#3d4350',
  },
} as const;

/** System font stack of the tokens (`font-family-sans`): no web font is loaded in a mail. */
export const EMAIL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, Cantarell, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
