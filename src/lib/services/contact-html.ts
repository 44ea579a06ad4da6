/**
 * Reading a contact card written as plain HTML in the page — what people see without
 * JavaScript — so that the same markup is both the fallback and the data:
 *
 * ```html
 * <loos-contact-card>
 *   <h2>Accueil de la mairie</h2>
 *   <address>1 place de la République<br>59120 Loos</address>
 *   <a href="tel:0320000000">03 20 00 00 00</a> <a href="mailto:accueil@ville-loos.fr">accueil@ville-loos.fr</a>
 *   <a href="https://www.openstreetmap.org/…" data-map>Plan d'accès</a>
 *   <p data-accessibility>Entrée de plain-pied, boucle magnétique à l'accueil.</p>
 *   <table><tr><th>Lundi</th><td>8 h 30 – 12 h et 13 h 30 – 17 h 30</td></tr>…</table>
 * </loos-contact-card>
 * ```
 * Browser only (it reads the DOM): elements call it from `connectedCallback`.
 */
import type { ContactInput } from './contact.js';
import { textOf as text } from './fields.js';

/** Text of a node with each `<br>` as a line break. */
export function textWithBreaks(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeName === 'BR') text += '\n';
    else if (child.nodeType === 1) text += textWithBreaks(child);
    else if (child.nodeType === 3) text += child.textContent ?? '';
  }
  return text;
}

const CLOSED = /^(ferm[ée]e?|closed|—|-)?$/i;

/**
 * The usual week of a table whose rows start with a day name (« Lundi ») followed by its ranges
 * (« 8 h 30 – 12 h et 13 h 30 – 17 h 30 », « Fermé »), in our `weekly` format. Rows whose first
 * cell is not a day (a header row) are skipped.
 */
export function weeklyFromTable(table: HTMLTableElement): Record<string, string[]> {
  const weekly: Record<string, string[]> = {};
  for (const row of table.rows) {
    const [dayCell, ...cells] = [...row.cells];
    const day = dayCell?.textContent.trim() ?? '';
    if (cells.length === 0 || !/^\p{L}+$/u.test(day) || /^(jour|day)$/i.test(day)) continue;
    const text = cells.map((cell) => cell.textContent).join(' et ').trim();
    weekly[day] = CLOSED.test(text) ? [] : text.split(/\s+et\s+|\s+and\s+|[,;/\n]/).map((part) => part.trim()).filter((part) => part !== '' && !CLOSED.test(part));
  }
  return weekly;
}

const attribute = (element: Element | null, name: string) => element?.getAttribute(name) ?? undefined;

/** The contact fields written in the element's HTML. */
export function contactFromHtml(host: Element): ContactInput & { readonly weekly?: Record<string, string[]> } {
  const heading = host.querySelector(':scope > :is(h2, h3, h4, h5, h6)');
  const address = host.querySelector(':scope address');
  const phone = host.querySelector('a[href^="tel:" i]');
  const table = host.querySelector('table');
  return {
    name: text(heading),
    address: address === null ? undefined : textWithBreaks(address),
    phone: text(phone) ?? attribute(phone, 'href')?.slice(4),
    email: attribute(host.querySelector('a[href^="mailto:" i]'), 'href')?.slice(7),
    mapHref: attribute(host.querySelector('a[data-map]'), 'href'),
    accessibility: text(host.querySelector('[data-accessibility]')),
    weekly: table === null ? undefined : weeklyFromTable(table),
  };
}
