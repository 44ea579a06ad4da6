/**
 * `loos-tone`: checks French texts against the city's tone-of-voice rules.
 *
 *   loos-tone [options] [files, directories or globs…]   (no file, or « - »: standard input)
 *
 * Globs: `*`, `?` and `**` only (Node 20 has no `fs.globSync`). Directories are searched for
 * .md, .markdown, .txt and .mdx files. Exit code: 0 clean or warnings only, 1 errors, 2 usage.
 */
import { analyse, applyFixes } from './engine.js';
import { CHANNEL_IDS, isChannelId } from './channels.js';
import { resolveConfig, type ResolvedConfig } from './config.js';
import { RULES } from './rules/index.js';
import { globToRegExp, hasGlob, staticBase } from './glob.js';
import type { Finding } from './types.js';

/** Everything the CLI needs from the outside world, so that tests can fake it. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, content: string): Promise<void>;
  /** `dir` for a directory, `file` for a file, `null` when absent. */
  stat(path: string): Promise<'file' | 'dir' | null>;
  readdir(path: string): Promise<string[]>;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const TEXT_EXTENSIONS = /\.(?:md|markdown|mdx|txt)$/i;
const SEVERITY_FR = { error: 'erreur', warning: 'avertissement', info: 'remarque' } as const;

const HELP = `Usage : loos-tone [options] [fichiers, dossiers ou motifs…]
Sans fichier (ou avec « - ») : lit l’entrée standard.

Options :
  --channel <canal>     ${CHANNEL_IDS.join(', ')} (défaut : web)
  --format text|json    format de sortie (défaut : text)
  --config <fichier>    configuration (défaut : le .loostonerc.json le plus proche de chaque
                        fichier, en remontant jusqu’à la racine du dépôt)
  --profile falc        profil « facile à lire et à comprendre »
  --fix                 applique les corrections typographiques sûres
  --max-warnings <n>    code de sortie 1 au-delà de n avertissements
  --help                cette aide

Motifs : *, ? et ** (par exemple « docs/**/*.md »).
Code de sortie : 1 s’il reste des erreurs (ou plus de n avertissements), 2 si la commande
ou la configuration est mal formée.`;

interface Options {
  channel: string;
  format: 'text' | 'json';
  configPath?: string;
  profile?: string;
  fix: boolean;
  maxWarnings?: number;
  inputs: string[];
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { channel: 'web', format: 'text', fix: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--channel': {
        const v = value();
        if (!isChannelId(v)) return `Canal inconnu « ${v ?? ''} ». Canaux : ${CHANNEL_IDS.join(', ')}.`;
        options.channel = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') return `Format inconnu « ${v ?? ''} » (text ou json).`;
        options.format = v;
        break;
      }
      case '--config': {
        const v = value();
        if (v === undefined) return '--config attend un chemin de fichier.';
        options.configPath = v;
        break;
      }
      case '--profile': {
        const v = value();
        if (v !== 'falc' && v !== 'standard') return `Profil inconnu « ${v ?? ''} » (standard ou falc).`;
        options.profile = v;
        break;
      }
      case '--fix':
        options.fix = true;
        break;
      case '--max-warnings': {
        const v = value();
        const n = Number(v);
        if (v === undefined || !/^\d+$/.test(v) || !Number.isSafeInteger(n)) return `--max-warnings attend un nombre entier positif (reçu « ${v ?? ''} »).`;
        options.maxWarnings = n;
        break;
      }
      case '--help':
      case '-h':
        return 'help';
      default:
        if (arg.startsWith('--')) return `Option inconnue « ${arg} ». Voir loos-tone --help.`;
        options.inputs.push(arg);
    }
  }
  return options;
}

async function walk(io: CliIo, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of (await io.readdir(dir)).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = dir === '.' ? name : `${dir.replace(/\/$/, '')}/${name}`;
    const kind = await io.stat(path);
    if (kind === 'dir') found.push(...(await walk(io, path)));
    else if (kind === 'file') found.push(path);
  }
  return found;
}

async function expand(io: CliIo, input: string): Promise<string[] | string> {
  if (hasGlob(input)) {
    const base = staticBase(input);
    if ((await io.stat(base)) !== 'dir') return [];
    const pattern = globToRegExp(input.replace(/^\.\//, ''));
    return (await walk(io, base)).map((p) => p.replace(/^\.\//, '')).filter((p) => pattern.test(p));
  }
  const kind = await io.stat(input);
  if (kind === 'file') return [input];
  if (kind === 'dir') return (await walk(io, input)).filter((p) => TEXT_EXTENSIONS.test(p));
  return `Fichier introuvable : ${input}`;
}

/** Line and column (1-based) of a UTF-16 offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

interface LoadedConfig {
  readonly config: ResolvedConfig;
  readonly problems: readonly string[];
}

const CONFIG_NAME = '.loostonerc.json';
const RULE_IDS = RULES.map((r) => r.id);

async function readConfig(io: CliIo, path: string | undefined, options: Options): Promise<LoadedConfig | string> {
  let raw: unknown = {};
  if (path !== undefined) {
    try {
      raw = JSON.parse(await io.readFile(path)) as unknown;
    } catch (error) {
      return `Configuration illisible (${path}) : ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  if (options.profile !== undefined && typeof raw === 'object' && raw !== null) raw = { ...raw, profile: options.profile };
  const { config, problems, errors } = resolveConfig(raw, RULE_IDS);
  if (errors.length > 0) return errors.map((e) => `${path ?? CONFIG_NAME} : ${e}`).join('\n');
  return { config, problems: problems.map((p) => `${path ?? CONFIG_NAME} : ${p}`) };
}

const join = (dir: string, name: string): string => (dir === '.' ? name : `${dir.replace(/\/$/, '')}/${name}`);

/** The directory above `dir` (relative paths climb through « .. »), or undefined at the file-system root. */
function parent(dir: string): string | undefined {
  if (dir === '/' || /^[A-Za-z]:[\\/]?$/.test(dir)) return undefined;
  if (dir === '.') return '..';
  if (/(?:^|\/)\.\.$/.test(dir)) return `${dir}/..`;
  const cut = dir.replace(/\/$/, '').lastIndexOf('/');
  return cut === -1 ? '.' : cut === 0 ? '/' : dir.slice(0, cut);
}

const MAX_DEPTH = 40;

/**
 * Finds the configuration of a file as ESLint and textlint do: the nearest `.loostonerc.json`
 * in the file's directory or above, stopping at the repository root (a `.git` entry).
 */
async function findConfigPath(io: CliIo, startDir: string): Promise<string | undefined> {
  let dir: string | undefined = startDir;
  for (let depth = 0; dir !== undefined && depth < MAX_DEPTH; depth++) {
    const candidate = join(dir, CONFIG_NAME);
    if ((await io.stat(candidate)) === 'file') return candidate;
    if ((await io.stat(join(dir, '.git'))) !== null) return undefined;
    dir = parent(dir);
  }
  return undefined;
}

const dirOf = (file: string): string => {
  const cut = file.lastIndexOf('/');
  return cut === -1 ? '.' : cut === 0 ? '/' : file.slice(0, cut);
};

interface FileResult {
  readonly file: string;
  readonly text: string;
  readonly findings: readonly Finding[];
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseArgs(argv);
  if (options === 'help') {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (typeof options === 'string') {
    io.stderr(`${options}\n`);
    return 2;
  }
  // --config wins; otherwise each file gets the nearest configuration above it.
  const configs = new Map<string, Promise<LoadedConfig | string>>();
  const reported = new Set<string>();
  const configFor = async (file: string): Promise<LoadedConfig | string> => {
    const path = options.configPath ?? (await findConfigPath(io, file === '<stdin>' ? '.' : dirOf(file)));
    const key = path ?? '';
    let loading = configs.get(key);
    if (loading === undefined) {
      loading = readConfig(io, path, options);
      configs.set(key, loading);
    }
    const loaded = await loading;
    if (typeof loaded !== 'string' && !reported.has(key)) {
      reported.add(key);
      for (const problem of loaded.problems) io.stderr(`${problem}\n`);
    }
    return loaded;
  };
  if (options.configPath !== undefined) {
    const loaded = await configFor('<stdin>');
    if (typeof loaded === 'string') {
      io.stderr(`${loaded}\n`);
      return 2;
    }
  }

  const files: string[] = [];
  const useStdin = options.inputs.length === 0 || options.inputs.includes('-');
  for (const input of options.inputs.filter((i) => i !== '-')) {
    const expanded = await expand(io, input);
    if (typeof expanded === 'string') {
      io.stderr(`${expanded}\n`);
      return 2;
    }
    files.push(...expanded);
  }

  const results: FileResult[] = [];
  let configError: string | undefined;
  const check = async (file: string, text: string, write: (t: string) => Promise<void>): Promise<void> => {
    const loaded = await configFor(file);
    if (typeof loaded === 'string') {
      configError ??= loaded;
      return;
    }
    let current = text;
    let findings = analyse(current, { channel: options.channel, config: loaded.config }).findings;
    if (options.fix) {
      const fixed = applyFixes(current, findings);
      if (fixed.applied > 0) {
        current = fixed.text;
        await write(current);
        findings = analyse(current, { channel: options.channel, config: loaded.config }).findings;
      }
    }
    results.push({ file, text: current, findings });
  };
  if (useStdin) {
    await check('<stdin>', await io.readStdin(), (t) => {
      io.stdout(t);
      return Promise.resolve();
    });
  }
  for (const file of [...new Set(files)]) await check(file, await io.readFile(file), (t) => io.writeFile(file, t));
  if (configError !== undefined) {
    io.stderr(`${configError}\n`);
    return 2;
  }

  report(io, results, options);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`${warnings} avertissement(s), plus que les ${options.maxWarnings} permis par --max-warnings.\n`);
    return 1;
  }
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function report(io: CliIo, results: readonly FileResult[], options: Options): void {
  // With --fix on stdin the fixed text goes to stdout: findings then go to stderr.
  const out = options.fix && results.some((r) => r.file === '<stdin>') ? io.stderr : io.stdout;
  if (options.format === 'json') {
    const json = results.map((r) => ({ file: r.file, findings: r.findings.map((f) => ({ ...f, ...position(r.text, f.start) })) }));
    out(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      counts[f.severity]++;
      const { line, column } = position(r.text, f.start);
      const suggestion = f.suggestion === undefined ? '' : ` → ${f.suggestion}`;
      out(`${r.file}:${line}:${column}  ${f.rule}  ${SEVERITY_FR[f.severity]} : ${f.message}${suggestion}\n`);
    }
  }
  out(`${counts.error} erreur(s), ${counts.warning} avertissement(s), ${counts.info} remarque(s) dans ${results.length} texte(s).\n`);
}
