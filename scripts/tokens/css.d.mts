export declare function themeSelector(name: string): string;
export declare function cssRule(
  selector: string,
  colorScheme: 'light' | 'dark',
  declarations: { cssVariable: string; value: string }[],
  indent?: string,
): string;
export declare const GENERATED_HEADER: string;
