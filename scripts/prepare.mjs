// `prepare` runs after every `npm install` in this folder. It builds the package only when npm is
// installing it as a git dependency (`npm install git+https://…#v0.1.0`): npm then clones the
// repository and runs `npm install` inside it with `_PACOTE_NO_PREPARE_` set, and packs what
// `files` lists — dist/ must exist by then. A developer's `npm ci` is not slowed down by a build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const asGitDependency = process.env._PACOTE_NO_PREPARE_ !== undefined;
if (asGitDependency && !existsSync(new URL('../dist/index.js', import.meta.url))) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
}
