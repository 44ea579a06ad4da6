import { describe, expect, it } from 'vitest';
import { position, runCli, type CliIo } from '../../../src/tone/cli-core.js';
import { globToRegExp } from '../../../src/tone/glob.js';

/** An in-memory file system and captured output. */
function fakeIo(files: Record<string, string>, stdin = ''): CliIo & { out: string; err: string; files: Record<string, string> } {
  const io = {
    out: '',
    err: '',
    files: { ...files },
    readFile: (path: string) => (path in io.files ? Promise.resolve(io.files[path] ?? '') : Promise.reject(new Error(`ENOENT ${path}`))),
    writeFile: (path: string, content: string) => {
      io.files[path] = content;
      return Promise.resolve();
    },
    stat: (path: string) => {
      const clean = path.replace(/^\.\//, '').replace(/\/$/, '');
      if (clean in io.files) return Promise.resolve('file' as const);
      if (clean === '.' || Object.keys(io.files).some((f) => f.startsWith(`${clean}/`))) return Promise.resolve('dir' as const);
      return Promise.resolve(null);
    },
    readdir: (path: string) => {
      const prefix = path === '.' ? '' : `${path.replace(/\/$/, '')}/`;
      const names = Object.keys(io.files).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0] ?? '');
      return Promise.resolve([...new Set(names)]);
    },
    readStdin: () => Promise.resolve(stdin),
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('loos-tone', () => {
  it('prints file:line:col  rule  message and exits 0 with warnings only', async () => {
    const io = fakeIo({ 'docs/a.md': 'Titre\nNous allons procéder à la fermeture.' });
    expect(await runCli(['docs/a.md'], io)).toBe(0);
    expect(io.out).toContain('docs/a.md:2:13  jargon  avertissement : « procéder à la fermeture »');
    expect(io.out).toMatch(/0 erreur\(s\), 1 avertissement\(s\)/);
  });

  it('exits 1 when an error remains', async () => {
    const io = fakeIo({ 'a.md': '![](photo.jpg)' });
    expect(await runCli(['a.md'], io)).toBe(1);
  });

  it('reads standard input and honours --channel', async () => {
    const io = fakeIo({}, 'Fête de l’école samedi 14 juin de 10 h à 18 h, cour de l’école Jules-Ferry. Venez nombreux');
    expect(await runCli(['--channel', 'sms'], io)).toBe(0);
    expect(io.out).toContain('<stdin>:1:2  sms-encoding');
  });

  it('prints JSON with positions', async () => {
    const io = fakeIo({ 'a.txt': 'Venez!' });
    await runCli(['--format=json', 'a.txt'], io);
    const json = JSON.parse(io.out) as { file: string; findings: { rule: string; line: number; column: number }[] }[];
    expect(json[0]?.file).toBe('a.txt');
    expect(json[0]?.findings[0]).toMatchObject({ rule: 'typo-punctuation-space', line: 1, column: 5 });
  });

  it('expands directories and * / ** patterns', async () => {
    const files = { 'docs/a.md': 'Afin de.', 'docs/sub/b.md': 'Afin de.', 'docs/c.js': 'afin de', 'notes.txt': 'ok' };
    const dir = fakeIo(files);
    await runCli(['docs'], dir);
    expect(dir.out).toContain('docs/a.md:');
    expect(dir.out).toContain('docs/sub/b.md:');
    expect(dir.out).not.toContain('c.js');
    const glob = fakeIo(files);
    await runCli(['docs/*.md'], glob);
    expect(glob.out).toContain('docs/a.md:');
    expect(glob.out).not.toContain('sub/b.md');
    expect(globToRegExp('docs/**/*.md').test('docs/sub/deep/b.md')).toBe(true);
    expect(globToRegExp('docs/**/*.md').test('docs/a.md')).toBe(true);
  });

  it('applies only safe typography fixes with --fix', async () => {
    const io = fakeIo({ 'a.md': 'Prix: 12€. Procéder à la fermeture.' });
    await runCli(['--fix', 'a.md'], io);
    expect(io.files['a.md']).toBe('Prix\u00A0: 12\u00A0€. Procéder à la fermeture.');
    expect(io.out).toContain('jargon');
    expect(io.out).not.toContain('typo-currency');
  });

  it('reads .loostonerc.json and reports bad options with exit code 2', async () => {
    const io = fakeIo({ '.loostonerc.json': '{"rules":{"jargon":"off"}}', 'a.md': 'Afin de venir.' });
    await runCli(['a.md'], io);
    expect(io.out).not.toContain('jargon');
    const bad = fakeIo({});
    expect(await runCli(['--channel', 'fax'], bad)).toBe(2);
    expect(bad.err).toContain('Canal inconnu');
    expect(await runCli(['absent.md'], fakeIo({}))).toBe(2);
    const broken = fakeIo({ '.loostonerc.json': '{oops' });
    expect(await runCli([], broken)).toBe(2);
    expect(broken.err).toContain('Configuration illisible');
  });

  it('stops on a misspelt rule name and suggests the right one', async () => {
    const io = fakeIo({ '.loostonerc.json': '{"rules":{"sentence-lenght":{"warn":18}}}', 'a.md': 'Bonjour.' });
    expect(await runCli(['a.md'], io)).toBe(2);
    expect(io.err).toContain('Règle « sentence-lenght » inconnue : vouliez-vous dire « sentence-length » ?');
    const far = fakeIo({ '.loostonerc.json': '{"rules":{"zzz":"off"}}', 'a.md': 'Bonjour.' });
    expect(await runCli(['a.md'], far)).toBe(2);
    expect(far.err).toContain('Règle « zzz » inconnue (voir docs/tone-rules.md)');
  });

  it('finds the nearest .loostonerc.json above each file, up to the repository root; --config wins', async () => {
    const files = {
      '../.loostonerc.json': '{"rules":{"jargon":"off","typo-punctuation-space":"off"}}',
      '.git': 'gitdir: elsewhere',
      '.loostonerc.json': '{"rules":{"typo-punctuation-space":"off"}}',
      'docs/.loostonerc.json': '{"rules":{"jargon":"off"}}',
      'docs/sub/a.md': 'Afin de venir : merci.',
      'b.md': 'Afin de venir : merci.',
      'strict.json': '{}',
    };
    const io = fakeIo(files);
    await runCli(['docs/sub/a.md', 'b.md'], io);
    expect(io.out).toContain('docs/sub/a.md:1:14  typo-punctuation-space');
    expect(io.out).not.toContain('docs/sub/a.md:1:1  jargon');
    expect(io.out).toContain('b.md:1:1  jargon');
    expect(io.out).not.toContain('b.md:1:14  typo-punctuation-space');
    const forced = fakeIo(files);
    await runCli(['--config', 'strict.json', 'docs/sub/a.md'], forced);
    expect(forced.out).toContain('docs/sub/a.md:1:1  jargon');
  });

  it('fails past --max-warnings N warnings (ESLint convention)', async () => {
    const text = 'Afin de venir, nonobstant la pluie.';
    expect(await runCli(['--max-warnings', '2', 'a.md'], fakeIo({ 'a.md': text }))).toBe(0);
    const io = fakeIo({ 'a.md': text });
    expect(await runCli(['--max-warnings=1', 'a.md'], io)).toBe(1);
    expect(io.err).toContain('2 avertissement(s), plus que les 1 permis par --max-warnings.');
    expect(await runCli(['--max-warnings', 'beaucoup', 'a.md'], fakeIo({ 'a.md': text }))).toBe(2);
  });

  it('computes 1-based line and column', () => {
    expect(position('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
