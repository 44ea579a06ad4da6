// Types of split-bundle.mjs, for the tests written in TypeScript.
export const LIT_PACKAGES: RegExp;

export interface BundleFiles {
  /** The entry and the chunks it imports statically, relative to `root`. */
  readonly initial: string[];
  /** The chunks loaded with `import()`, relative to `root`. */
  readonly lazy: string[];
}

export interface BundleOptions {
  readonly root: string;
  readonly outdir: string;
  readonly external?: RegExp;
  readonly split?: boolean;
}

export function splitBundle(options: BundleOptions & { readonly name: string; readonly imports?: readonly string[]; readonly source?: string }): Promise<BundleFiles>;

export function splitBundles(options: BundleOptions & { readonly entries: Readonly<Record<string, string>> }): Promise<Record<string, BundleFiles>>;
