// The commune's identity in the brand tier: `brand.name` (a string) and `brand.logo` (an SVG file,
// its path relative to tokens/brand/). Unlike the brand's colours and fonts, which reach pages
// through the semantic roles, these two are published as they are:
//   --loos-brand-name: "Ville de Loos";          a CSS string (the header reads it)
//   --loos-brand-logo: url("logos/loos.svg");    the file, in a logos/ folder
//   brands[theme] = { name, logo, logoSvg }       in tokens.json and tokens.js (catalogue, e-mails, channels)
// A file, not a data: address, so that a page under a strict Content-Security-Policy
// (`img-src 'self'`) shows it. A relative url() in a custom property is resolved against a
// stylesheet that Chromium takes to be the one using var() (site.css) and a bundler the one declaring
// it (tokens.css): the address is the same text everywhere, and a logos/ folder sits next to every
// stylesheet that declares or uses it (dist/tokens/, dist/tokens/themes/, dist/, dist/cdn/).
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';

export const LOGO_DIRECTORY = 'logos';
const MAX_NAME_LENGTH = 60;

/** Is this token the commune's name or logo (published as they are, outside the semantic tier)? */
export const isIdentity = (token) => token.path.length === 2 && token.path[0] === 'brand' && ['name', 'logo'].includes(token.path[1]);

/** A CSS string: quotes and backslashes escaped, nothing else to escape in a checked name. */
export const cssString = (text) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * The checked name and logo file of a theme's brand file (`brandFile` relative to `root`); throws a
 * French message naming the file when either is missing or unusable, so a commune's mistake stops
 * the build instead of reaching residents.
 */
export async function readIdentity(root, brandFile) {
  const brand = JSON.parse(await readFile(join(root, brandFile), 'utf8')).brand ?? {};
  const name = brand.name?.$value;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH || /[\p{Cc}<>]/u.test(name)) {
    throw new Error(`${brandFile} : brand.name doit être le nom de la commune, en texte (1 à ${MAX_NAME_LENGTH} caractères, sans < > ni retour à la ligne).`);
  }
  const logo = brand.logo?.$value;
  const relative = typeof logo === 'string' ? normalize(logo) : '';
  if (relative === '' || isAbsolute(relative) || relative.startsWith(`..${sep}`) || !relative.endsWith('.svg')) {
    throw new Error(`${brandFile} : brand.logo doit être le chemin d'un fichier .svg placé sous ${dirname(brandFile)}/ (par exemple « logos/ma-commune.svg »).`);
  }
  const path = join(root, dirname(brandFile), relative);
  let svg;
  try {
    svg = (await readFile(path, 'utf8')).trim();
  } catch {
    throw new Error(`${brandFile} : le logo ${relative} est introuvable (${path}).`);
  }
  if (!svg.startsWith('<svg') || /<script|\son\w+\s*=|javascript:/i.test(svg)) {
    throw new Error(`${brandFile} : le logo ${relative} doit être un SVG simple (commençant par <svg, sans script ni attribut on…).`);
  }
  return { name: name.trim(), file: basename(relative), source: path, svg };
}

/** The CSS value of an identity token. */
export function identityCss(token, identity) {
  if (token.path[1] === 'name') return cssString(identity.name);
  return `url("${LOGO_DIRECTORY}/${identity.file}")`;
}
