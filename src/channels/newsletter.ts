/**
 * The newsletter block: one e-mail HTML document and its plain-text part, saying the same thing.
 *
 * Hand-written rather than built with MJML: MJML runs in Node only (this block is also made in the
 * catalogue, in the browser), brings about forty packages for a single one-column layout, and its
 * output changes with its version. Here the layout follows what e-mail clients render: nested
 * `role="presentation"` tables 600 px wide, every style inline from the tokens (`email-palette.ts`),
 * a `<style>` that only adds the dark colours (clients that drop it keep the light ones, which stay
 * readable on a dark screen), no script, no external stylesheet, no image but the content's own
 * (with its text alternative), no tracking pixel.
 */
import { findingsFor, measureText } from './measure.js';
import type { Message } from './message.js';
import { escapeHtml } from './press.js';
import type { Context } from './short.js';
import type { ChannelOutput } from './types.js';
import { EMAIL_FONT, EMAIL_TOKENS } from './email-palette.js';
import { NBSP, blocks, headlineWithKicker, whenWhere } from './words.js';

/** Gmail cuts a message beyond about 102 kB of HTML and hides the rest behind a link. */
export const NEWSLETTER_HTML_MAX = 102_000;
export const NEWSLETTER_WIDTH = 600;

const light = EMAIL_TOKENS.light;
const dark = EMAIL_TOKENS.dark;

const LEVEL_COLOURS = {
  info: [light['color-notice-info-background'], light['color-notice-info-text'], light['color-notice-info-border']],
  warning: [light['color-notice-warning-background'], light['color-notice-warning-text'], light['color-notice-warning-border']],
  alert: [light['color-notice-alert-background'], light['color-notice-alert-text'], light['color-notice-alert-border']],
} as const;

const isLink = (value: string): boolean => /^https?:\/\//u.test(value);

/** The plain-text part: what a client without HTML (or a person who prefers text) reads. */
function plainText({ message, url, brand }: Context): string {
  const details = message.details.map((d) => `- ${d.label}${NBSP}: ${d.value}`).join('\n');
  return blocks(
    headlineWithKicker(message),
    whenWhere(message),
    ...message.paragraphs,
    details,
    url === undefined ? undefined : `Plus d’informations${NBSP}: ${url}`,
    `— ${brand.name}`,
  ) + '\n';
}

const paragraph = (text: string, style: string): string => `<p class="loos-text" style="margin:0 0 16px;${style}">${escapeHtml(text)}</p>`;

function kickerHtml(message: Message): string {
  if (message.kicker === undefined) return '';
  const [background, text, border] = LEVEL_COLOURS[message.level ?? 'info'];
  // Colours set together (background, text, border): readable whatever the client does to the rest.
  return `<p style="margin:0 0 12px;"><span style="display:inline-block;padding:4px 10px;border:2px solid ${border};background-color:${background};color:${text};font-weight:700;font-size:14px;">${escapeHtml(message.kicker)}</span></p>`;
}

function imageHtml(message: Message): string {
  if (message.image === undefined) return '';
  return `<tr><td style="padding:0;"><img src="${escapeHtml(message.image.src)}" alt="${escapeHtml(message.image.alt)}" width="${NEWSLETTER_WIDTH}" style="display:block;width:100%;max-width:${NEWSLETTER_WIDTH}px;height:auto;border:0;"></td></tr>`;
}

function detailsHtml(message: Message): string {
  if (message.details.length === 0) return '';
  const rows = message.details.map((d) => {
    const value = isLink(d.value) ? `<a class="loos-link" href="${escapeHtml(d.value)}" style="color:${light['color-link']};">${escapeHtml(d.value)}</a>` : escapeHtml(d.value);
    return `<tr><th scope="row" class="loos-text" style="padding:6px 12px 6px 0;text-align:left;vertical-align:top;font-weight:700;color:${light['color-text']};">${escapeHtml(d.label)}</th><td class="loos-text" style="padding:6px 0;vertical-align:top;color:${light['color-text']};">${value}</td></tr>`;
  }).join('\n');
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;border-top:1px solid ${light['color-border']};margin:8px 0 16px;font-size:15px;">\n${rows}\n</table>`;
}

function buttonHtml(url: string | undefined): string {
  if (url === undefined) return '';
  // A « bulletproof » button: a coloured cell around a link, so it shows even where images are off.
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background-color:${light['color-action']};border-radius:4px;"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;color:${light['color-text-on-action']};font-weight:700;text-decoration:underline;">Lire la suite sur le site</a></td></tr></table>`;
}

const DARK_STYLE = `<style>
:root { color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  .loos-page { background-color: ${dark['color-surface-sunken']} !important; }
  .loos-card { background-color: ${dark['color-surface']} !important; }
  .loos-text { color: ${dark['color-text']} !important; }
  .loos-heading { color: ${dark['color-heading']} !important; }
  .loos-muted { color: ${dark['color-text-muted']} !important; }
  .loos-link { color: ${dark['color-link']} !important; }
}
</style>`;

function emailHtml(context: Context): string {
  const { message, url, brand } = context;
  const title = headlineWithKicker(message);
  const when = whenWhere(message);
  const preheader = when ?? message.paragraphs[0] ?? '';
  return `<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(title)}</title>
${DARK_STYLE}
</head>
<body class="loos-page" style="margin:0;padding:0;background-color:${light['color-surface-sunken']};">
<div style="display:none;max-height:0;overflow:hidden;">${escapeHtml(preheader)}</div>
<table role="presentation" class="loos-page" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${light['color-surface-sunken']};">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" class="loos-card" width="${NEWSLETTER_WIDTH}" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:${NEWSLETTER_WIDTH}px;background-color:${light['color-surface']};font-family:${EMAIL_FONT.replace(/'/gu, '&#39;')};font-size:16px;line-height:1.5;color:${light['color-text']};">
<tr><td style="padding:16px 24px;background-color:${light['color-surface-brand']};color:${light['color-text-on-brand']};font-weight:700;font-size:18px;">${escapeHtml(brand.name)}</td></tr>
${imageHtml(message)}
<tr><td style="padding:24px;">
${kickerHtml(message)}
<h1 class="loos-heading" style="margin:0 0 8px;font-size:24px;line-height:1.25;color:${light['color-heading']};">${escapeHtml(message.headline)}</h1>
${when === undefined ? '' : paragraph(when, `font-weight:700;color:${light['color-text']};`)}
${message.paragraphs.map((text) => paragraph(text, `color:${light['color-text']};`)).join('\n')}
${detailsHtml(message)}
${buttonHtml(url)}
</td></tr>
<tr><td class="loos-muted" style="padding:16px 24px;border-top:1px solid ${light['color-border']};font-size:14px;color:${light['color-text-muted']};">${escapeHtml(brand.name)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`.replace(/\n{2,}/gu, '\n');
}

export function newsletter(context: Context): ChannelOutput {
  const text = plainText(context);
  const html = emailHtml(context);
  const bytes = new TextEncoder().encode(html).length;
  const notes: string[] = [];
  if (context.url === undefined) notes.push('Aucun lien vers la page du site (option url) : la lettre n’a pas de bouton « Lire la suite ».');
  if (bytes > NEWSLETTER_HTML_MAX) notes.push(`HTML de ${bytes} octets : au-delà de ${NEWSLETTER_HTML_MAX}, Gmail coupe le message. Raccourcissez le texte.`);
  const measures = [
    measureText(text, 'newsletter', undefined, 'texte brut'),
    { part: 'HTML', length: bytes, unit: 'octets', limit: NEWSLETTER_HTML_MAX, over: bytes > NEWSLETTER_HTML_MAX },
  ];
  return {
    channel: 'newsletter', label: 'Lettre d’information', text, html,
    measures, overLimit: bytes > NEWSLETTER_HTML_MAX, notes, findings: findingsFor(text, 'newsletter', context.tone),
  };
}
