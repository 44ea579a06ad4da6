export interface Rgba { r: number; g: number; b: number; alpha: number }
export interface ContrastPair { foreground: string; background: string; kind: string }
export interface ContrastPairsFile {
  bars: Record<string, number>;
  themeBars?: Record<string, Record<string, number>>;
  pairs: ContrastPair[];
}
export interface ContrastResult extends ContrastPair {
  theme: string;
  bar: number;
  ratio: number;
  pass: boolean;
  message: string;
}
export declare function parseHex(hex: string): Rgba;
export declare function relativeLuminance(hex: string): number;
export declare function contrastRatio(foreground: string, background: string): number;
export declare function floorRatio(ratio: number): number;
export declare function barFor(pairsFile: ContrastPairsFile, theme: string, kind: string): number;
export declare function checkContrast(
  themes: Record<string, Record<string, string>>,
  pairsFile: ContrastPairsFile,
): { results: ContrastResult[]; failures: ContrastResult[] };
