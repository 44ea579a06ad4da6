export declare const LOGO_DIRECTORY: string;
export declare function isIdentity(token: { path: string[] }): boolean;
export declare function cssString(text: string): string;
export declare function readIdentity(root: string, brandFile: string): Promise<{ name: string; file: string; source: string; svg: string }>;
export declare function identityCss(token: { path: string[] }, identity: { name: string; file: string }): string;
