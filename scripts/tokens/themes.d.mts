export interface ThemeDefinition {
  name: string;
  label: string;
  colorScheme: 'light' | 'dark';
  brand: string;
  overrides: string[];
}
export declare const BASE: string[];
export declare const SEMANTIC: string[];
export declare const THEMES: ThemeDefinition[];
export declare const DEFAULT_THEME: string;
export declare function themeSources(theme: ThemeDefinition): string[];
