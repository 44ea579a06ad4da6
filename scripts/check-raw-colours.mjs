// Component styles may only use design tokens (`var(--loos-…)`): a raw colour in a
// `*.styles.ts` file would escape theming (dark, high contrast, another city). This check
// fails `npm run lint` with the file, line and literal of each raw colour it finds.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const RAW_COLOUR = new RegExp(
  [
    '#[0-9a-f]{3,8}\\b',
    '\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(',
    // Named colours, but not inside names such as `white-space` or `--loos-color-blue`.
    '(?<![\\w-])(?:white|black|red|green|blue|yellow|orange|purple|gray|grey|pink|navy|silver|maroon|teal|olive|fuchsia|aqua|lime)(?![\\w-])',
  ].join('|'),
  'gi',
);
// System colours are allowed: in `forced-colors` mode they are the only right choice.
const ALLOWED_IN_FORCED_COLORS = /\b(?:Canvas|CanvasText|LinkText|VisitedText|ActiveText|ButtonFace|ButtonText|ButtonBorder|Field|FieldText|Highlight|HighlightText|SelectedItem|SelectedItemText|Mark|MarkText|GrayText|AccentColor|AccentColorText|currentColor|transparent)\b/;

function stylesFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return stylesFiles(path);
    return entry.name.endsWith('.styles.ts') || entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Raw colour literals in a CSS-in-TS source, with line numbers; comments are ignored. */
export function findRawColours(source) {
  const findings = [];
  const lines = source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).split('\n');
  lines.forEach((line, index) => {
    const code = line.replace(/\/\/.*$/, '');
    for (const match of code.matchAll(RAW_COLOUR)) {
      if (ALLOWED_IN_FORCED_COLORS.test(match[0])) continue;
      findings.push({ line: index + 1, literal: match[0] });
    }
  });
  return findings;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = [...stylesFiles(join(root, 'src/components')), ...stylesFiles(join(root, 'src/styles'))];
  let count = 0;
  for (const file of files) {
    for (const { line, literal } of findRawColours(readFileSync(file, 'utf8'))) {
      console.error(`${relative(root, file)}:${line}  couleur brute « ${literal} » : utilisez un jeton var(--loos-…)`);
      count += 1;
    }
  }
  if (count > 0) {
    console.error(`${count} couleur(s) brute(s) dans les styles des composants.`);
    process.exit(1);
  }
  console.log(`Styles des composants : ${files.length} fichier(s), aucune couleur brute.`);
}
