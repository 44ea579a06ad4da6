/**
 * The press release: « Communiqué de presse », place and date, title, lead paragraph, body,
 * practical information and the press contact of the configuration. Built once as a list of blocks,
 * then written as Markdown and as HTML, so that both always say the same thing.
 */
import { isoDay } from '../lib/dates.js';
import { findingsFor, measureText } from './measure.js';
import { longDay } from './message.js';
import type { Context } from './short.js';
import type { ChannelOutput } from './types.js';
import { NBSP } from './words.js';

type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'dateline'; readonly place: string; readonly date?: Date }
  | { readonly kind: 'paragraph'; readonly text: string; readonly strong?: boolean }
  | { readonly kind: 'list'; readonly items: readonly { readonly label: string; readonly value: string; readonly href?: string }[] };

function pressBlocks({ message, url, brand, issued }: Context): Block[] {
  const [lead, ...body] = message.paragraphs;
  const items = message.details.map((d) => ({ label: d.label, value: d.value, ...(/^https?:\/\//u.test(d.value) ? { href: d.value } : {}) }));
  if (url !== undefined) items.push({ label: 'Plus d’informations', value: url, href: url });
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Communiqué de presse' },
    { kind: 'dateline', place: brand.place, ...(issued === undefined ? {} : { date: issued }) },
    { kind: 'heading', level: 2, text: message.kicker === undefined ? message.headline : `${message.kicker}${NBSP}: ${message.headline}` },
    ...(lead === undefined ? [] : [{ kind: 'paragraph', text: lead, strong: true } as const]),
    ...body.map((text) => ({ kind: 'paragraph', text }) as const),
    { kind: 'heading', level: 3, text: 'Informations pratiques' },
    { kind: 'list', items },
  ];
  const contact = brand.pressContact;
  if (contact !== undefined) {
    blocks.push({ kind: 'heading', level: 3, text: 'Contact presse' }, {
      kind: 'list',
      items: [
        { label: 'Contact', value: contact.role === undefined ? contact.name : `${contact.name}, ${contact.role}` },
        ...(contact.phone === undefined ? [] : [{ label: 'Téléphone', value: contact.phone }]),
        ...(contact.email === undefined ? [] : [{ label: 'Courriel', value: contact.email, href: `mailto:${contact.email}` }]),
      ],
    });
  }
  return blocks;
}

/** Content text cannot become Markdown syntax: emphasis, links, HTML and line-start markers are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/gu, '\\$&').replace(/^(#{1,6}(?=\s)|[-+](?=\s)|\d+(?=[.)]\s))/u, '\\$1');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
}

const dateline = (place: string, date: Date | undefined): string => (date === undefined ? place : `${place}, le ${longDay(date)}`);

function toMarkdown(blocks: readonly Block[]): string {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading': return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
      case 'dateline': return escapeMarkdown(dateline(block.place, block.date));
      case 'paragraph': return block.strong === true ? `**${escapeMarkdown(block.text)}**` : escapeMarkdown(block.text);
      case 'list': return block.items.map((item) => `- ${escapeMarkdown(item.label)}${NBSP}: ${item.href === undefined ? escapeMarkdown(item.value) : `<${item.value}>`}`).join('\n');
    }
  }).join('\n\n') + '\n';
}

function toHtml(blocks: readonly Block[]): string {
  const lines = blocks.map((block) => {
    switch (block.kind) {
      case 'heading': return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
      case 'dateline':
        return block.date === undefined
          ? `<p>${escapeHtml(block.place)}</p>`
          : `<p>${escapeHtml(block.place)}, le <time datetime="${isoDay(block.date)}">${escapeHtml(longDay(block.date))}</time></p>`;
      case 'paragraph': return block.strong === true ? `<p><strong>${escapeHtml(block.text)}</strong></p>` : `<p>${escapeHtml(block.text)}</p>`;
      case 'list':
        return `<ul>\n${block.items.map((item) => {
          const value = item.href === undefined ? escapeHtml(item.value) : `<a href="${escapeHtml(item.href)}">${escapeHtml(item.value)}</a>`;
          return `  <li>${escapeHtml(item.label)}${NBSP}: ${value}</li>`;
        }).join('\n')}\n</ul>`;
    }
  });
  return `<article lang="fr">\n${lines.join('\n')}\n</article>\n`;
}

export function press(context: Context): ChannelOutput {
  const blocks = pressBlocks(context);
  const text = toMarkdown(blocks);
  const notes: string[] = [];
  if (context.issued === undefined) notes.push('Date du communiqué absente : donnez-la (option issued) ; seule la ville est indiquée.');
  if (context.brand.pressContact === undefined) notes.push('Contact presse absent de la configuration (brand.pressContact) : les journalistes ne sauront pas qui appeler.');
  if (context.url === undefined) notes.push('Aucun lien vers la page du site (option url).');
  const measure = measureText(text, 'press', undefined);
  return {
    channel: 'press', label: 'Communiqué de presse', text, html: toHtml(blocks),
    measures: [measure], overLimit: false, notes, findings: findingsFor(text, 'press', context.tone),
  };
}
