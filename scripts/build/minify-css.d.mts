export declare function minifyCss(text: string): string;
export declare function minifyCssTemplates(source: string): string;
