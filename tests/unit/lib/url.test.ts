import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUrl, safeUrl } from '../../../src/lib/url.js';

describe('checkUrl', () => {
  it.each([
    'https://www.loos.fr/agenda',
    'http://loos.fr',
    'mailto:mairie@loos.fr',
    'tel:+33320000000',
    '/actualites/travaux',
    'page.html',
    '#contenu',
    '?page=2',
    'HTTPS://LOOS.FR',
  ])('accepts %s', (url) => {
    expect(checkUrl(url)).toEqual({ ok: true, url });
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    [' javascript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['\u0001javascript:alert(1)', 'javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['file:///etc/passwd', 'file:'],
    ['blob:https://loos.fr/uuid', 'blob:'],
  ])('refuses %j and names the protocol', (url, protocol) => {
    const result = checkUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(`« ${protocol} »`);
  });

  it('refuses what is not a non-empty, reasonably short string without control characters', () => {
    expect(checkUrl(undefined)).toMatchObject({ ok: false, reason: "L'adresse doit être un texte." });
    expect(checkUrl(42)).toMatchObject({ ok: false });
    expect(checkUrl('   ')).toMatchObject({ ok: false, reason: "L'adresse est vide." });
    expect(checkUrl(`https://loos.fr/${'a'.repeat(3000)}`)).toMatchObject({ ok: false });
    expect(checkUrl('https://loos.fr/\u0000x')).toMatchObject({ ok: false });
  });

  it('treats a backslash like browsers do when looking for a scheme', () => {
    expect(checkUrl('javascript\\:alert(1)').ok).toBe(true); // no scheme: an inert relative path
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
  });

  it('refuses backslash spellings that browsers resolve to another host', () => {
    for (const value of ['\\\\evil.example/avis.json', '/\\evil.example', '\\/evil.example', ' \\\\evil.example']) {
      expect(checkUrl(value), value).toMatchObject({ ok: false });
      // What a browser would make of it, for the record: another host than the page's.
      expect(new URL(value.trim(), 'https://www.loos.fr/').host, value).toBe('evil.example');
    }
    expect(checkUrl('/agenda\\2026')).toMatchObject({ ok: true }); // a backslash further on stays on the site
  });

  it('never lets through a URL that a browser would run as script', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('javascript:', 'JaVaScRiPt:', 'data:', 'vbscript:'), (noise, scheme) => {
        // Keep only the characters browsers ignore around or inside a scheme: tab, newlines, space, C0.
        // eslint-disable-next-line no-control-regex -- the control character is the point of the test
        const hostile = `${noise.replace(/[^\t\n\r \u0001]/g, '')}${scheme}alert(1)`;
        const result = checkUrl(hostile);
        if (!result.ok) return true;
        return new URL(result.url, 'https://loos.fr/').protocol === 'https:';
      }),
    );
  });
});
