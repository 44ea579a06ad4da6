/** A tiny static file server for end-to-end tests: no dependency, loopback only, optional headers. */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `directory` on loopback. With `base` (« /design/ »), the files are only found under that
 * path, as on a city server that hosts the catalogue in a sub-folder.
 */
export async function serveDirectory(
  directory: string,
  headersFor: (path: string) => Record<string, string> = () => ({}),
  base = '/',
): Promise<StaticServer> {
  const root = resolve(directory);
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!requested.startsWith(base)) {
      response.writeHead(404).end('Not found');
      return;
    }
    const pathname = `/${requested.slice(base.length)}`;
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersFor(pathname),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    close: () =>
      new Promise((done) => {
        server.close(() => {
          done();
        });
      }),
  };
}

/** A directory served on loopback and a Chromium to open it, for the tests of one `describe`. */
export interface SiteInChromium {
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Before the tests of the enclosing `describe`: runs `prepare` (which may build the pages and
 * returns the directory to serve), serves it and starts Chromium; after them, stops both.
 */
export function serveInChromium(prepare: () => string | Promise<string>, base = '/'): SiteInChromium {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDirectory(await prepare(), () => ({}), base);
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (server === undefined) throw new Error('serveInChromium : le site n’est pas encore servi (beforeAll).');
      return server.url;
    },
    get browser() {
      if (browser === undefined) throw new Error('serveInChromium : Chromium n’est pas encore lancé (beforeAll).');
      return browser;
    },
  };
}

/** A new page in its own context, with every console error and uncaught exception it raises collected. */
export async function pageWithErrors(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // The console says « 404 » without the address: name it.
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, errors };
}

/** Bundles a React app given as module text for the browser, React in its production build, as an application ships it. */
export async function bundleReactApp(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
