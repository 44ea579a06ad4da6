/** The newsletter block: e-mail HTML that clients render, safe, in the brand, and its plain-text part. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EMAIL_FONT, EMAIL_TOKENS } from '../../../src/channels/email-palette.js';
import { NEWSLETTER_HTML_MAX } from '../../../src/channels/newsletter.js';
import { readContent } from '../../../src/channels/read.js';
import { toChannels } from '../../../src/channels/to-channels.js';
import type { ChannelOutput } from '../../../src/channels/types.js';
import { themes } from '../../../dist/tokens/tokens.js';
import { emailViolations } from './email-rules.js';
import { EXAMPLES, brand, content } from './fixtures.js';

function newsletterOf(input: unknown, url?: string): ChannelOutput {
  const output = toChannels(input, { brand, channels: ['newsletter'], ...(url === undefined ? {} : { url }) }).outputs[0];
  if (output === undefined) throw new Error('no newsletter output');
  return output;
}

function event(fields: Record<string, unknown>) {
  const { content: value, problems } = readContent({
    id: 'e1', title: 'Fête de la musique', start: '2027-06-21T18:00:00+02:00', location: { name: 'Parc de la Mairie', city: 'Loos' },
    description: 'Concerts gratuits dans le parc.', href: 'https://www.ville-loos.fr/agenda/fete-musique', ...fields,
  });
  if (value === undefined) throw new Error(JSON.stringify(problems));
  return value;
}

describe('newsletter block', () => {
  it.each(EXAMPLES.map((example) => [example.name, example.file] as const))('%s: no script, no external CSS, no missing alt, nothing wider than 600 px', (_name, file) => {
    const output = newsletterOf(content(file));
    expect(emailViolations(output.html ?? '')).toEqual([]);
    expect(output.html).toContain('<table role="presentation"');
    expect(output.html).toContain('width="600"');
  });

  it('the checker catches each forbidden construct (it can fail)', () => {
    const bad = '<script>x</script><link rel="stylesheet" href="a.css"><style>@import url(b.css);</style><img src="https://t.example/p.gif" width="1"><table width="640"><a href="javascript:alert(1)" onclick="x()">';
    expect(emailViolations(bad)).toEqual([
      'script', 'external stylesheet', '@import in style', 'event handler attribute', 'javascript: address',
      'img without alt: <img src="https://t.example/p.gif" width="1">', 'tracking pixel: <img src="https://t.example/p.gif" width="1">', 'width 640 > 600',
    ]);
  });

  it('shows an event picture with its text alternative, at most 600 px wide', () => {
    const html = newsletterOf(event({ image: { src: 'https://www.ville-loos.fr/img/scene.jpg', alt: 'La scène du parc un soir de concert' } })).html ?? '';
    expect(html).toMatch(/<img src="https:\/\/www\.ville-loos\.fr\/img\/scene\.jpg" alt="La scène du parc un soir de concert" width="600"/u);
    expect(emailViolations(html)).toEqual([]);
  });

  it('keeps HTML written in the content as text, in the HTML and in the plain-text part alike', () => {
    const output = newsletterOf(event({ title: '<img src=x onerror=alert(1)> Concert', description: '<script>alert(1)</script> Entrée libre.' }));
    expect(emailViolations(output.html ?? '')).toEqual([]);
    expect(output.html).toContain('&lt;img src=x onerror=alert(1)&gt; Concert');
    expect(output.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Entrée libre.');
    expect(output.text).toContain('<script>alert(1)</script> Entrée libre.');
  });

  it('says the same thing in HTML and in plain text: every paragraph and the link are in both', () => {
    const output = newsletterOf(content('road-closure.notice.json'));
    for (const line of output.text.split('\n\n').slice(2, 5)) expect(output.html).toContain(line);
    expect(output.html).toContain('href="https://www.ville-loos.fr/actualites/travaux-rue-foch"');
  });

  it('without a link, has no button and says so', () => {
    const output = newsletterOf(event({ href: undefined }));
    expect(output.html).not.toContain('Lire la suite');
    expect(output.notes.join(' ')).toContain('Aucun lien');
  });

  it('counts the HTML part in UTF-8 bytes against what Gmail shows whole', () => {
    const output = newsletterOf(content('new-year-wishes.event.json'));
    expect(output.measures[1]).toEqual({ part: 'HTML', length: Buffer.byteLength(output.html ?? ''), unit: 'octets', limit: NEWSLETTER_HTML_MAX, over: false });
  });

  it('writes the token colours and fonts of the Loos themes inline', () => {
    for (const [name, value] of Object.entries(EMAIL_TOKENS.light)) expect(themes.loos[name as keyof typeof themes.loos], name).toBe(value);
    for (const [name, value] of Object.entries(EMAIL_TOKENS.dark)) expect(themes['loos-dark'][name as keyof typeof themes.loos], name).toBe(value);
    const css = readFileSync(fileURLToPath(new URL('../../../dist/tokens/tokens.css', import.meta.url)), 'utf8');
    expect(css).toContain(`--loos-font-family-body: ${EMAIL_FONT};`);
  });

  it('any valid event gives e-mail HTML free of forbidden constructs, byte-identical on a second run', () => {
    const words = fc.array(fc.oneof(fc.constantFrom('<b>', '"', '\'', '&amp;', 'javascript:alert(1)', 'vœux', '🎄', '</style>'), fc.string({ maxLength: 10 })), { minLength: 1, maxLength: 20 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(words, words, (title, description) => {
      const { content: value } = readContent({ id: 'e', title, description, start: '2027-01-09T11:00:00+01:00' });
      fc.pre(value !== undefined);
      const output = newsletterOf(value, 'https://www.ville-loos.fr/a');
      expect(emailViolations(output.html ?? '')).toEqual([]);
      expect(JSON.stringify(newsletterOf(value, 'https://www.ville-loos.fr/a'))).toBe(JSON.stringify(output));
    }), { numRuns: 100 });
  });
});
