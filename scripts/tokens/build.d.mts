import type { ThemeDefinition } from './themes.mjs';

export interface BuiltTokenInfo {
  cssVariable: string;
  type: string;
  description: string;
  brandDerived: boolean;
}
export interface BuiltTokens {
  $description: string;
  defaultTheme: string;
  themeNames: string[];
  themeLabels: Record<string, string>;
  chartPatterns: string[];
  tokens: Record<string, BuiltTokenInfo>;
  themes: Record<string, Record<string, string>>;
  /** Per theme, the commune's name, its logo file (relative to dist/tokens/) and the SVG text. */
  brands: Record<string, { name: string; logo: string; logoSvg: string }>;
}
export declare function buildTokens(options?: {
  root?: string;
  outDir?: string;
  themes?: ThemeDefinition[];
  defaultTheme?: string;
}): Promise<BuiltTokens>;
