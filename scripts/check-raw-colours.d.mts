export declare function findRawColours(source: string): { line: number; literal: string }[];
