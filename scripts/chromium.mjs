// Where to find a Chromium for tests, e2e scans and benchmarks, in this order:
// 1. LOOS_CHROMIUM_PATH (or CHROME_PATH) when set, 2. Debian's /usr/bin/chromium,
// 3. Playwright's own downloaded browser (on a laptop after `npx playwright install chromium`).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine without internet and running as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Path of the Chromium executable to launch; throws a helpful message when there is none. */
export function chromiumPath() {
  const fromEnvironment = process.env.LOOS_CHROMIUM_PATH || process.env.CHROME_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) {
      throw new Error(`LOOS_CHROMIUM_PATH désigne ${fromEnvironment}, qui n'existe pas.`);
    }
    return fromEnvironment;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = ''; // Playwright throws when it has no browser of its own
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'Aucun Chromium trouvé. Installez-en un : `apt-get install -y chromium` (Debian/Ubuntu), ' +
      'ou `npx playwright install chromium`, ou indiquez son chemin dans LOOS_CHROMIUM_PATH.',
  );
}

/** Options for `chromium.launch()` and for Vitest's Playwright provider. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true };
}
