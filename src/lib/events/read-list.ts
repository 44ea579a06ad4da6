/**
 * Reads an agenda `<ul>` the page wrote (browser only): what each item says, then
 * `eventsFromListItems`. Loaded on demand by `<loos-event-list>`, only on pages that give their
 * agenda as a list.
 */
import { plainText } from '../data-sources.js';
import { eventsFromListItems, type ListItemData } from './html-list.js';

/**
 * What each `<li>` of a `<ul>` says, for `eventsFromListItems` (lib/events/html-list.ts): the
 * attributes of its `<loos-event-card>`, else its plain markup (heading, link, `<time>`, `data-*`).
 */
export function listItems(list: Element): ListItemData[] {
  return [...list.querySelectorAll(':scope > li')].map((item) => {
    const card = item.querySelector('loos-event-card');
    const attributes: Record<string, string> = {};
    for (const attribute of card?.attributes ?? []) attributes[attribute.name] = attribute.value;
    const scope = card ?? item;
    const heading = scope.querySelector('h1, h2, h3, h4, h5, h6');
    const link = heading?.querySelector('a[href]') ?? scope.querySelector('a[href]');
    const fields: Record<string, string> = item.id === '' ? {} : { id: item.id };
    const lang = item.getAttribute('lang');
    if (lang !== null && lang !== '') fields.lang = lang;
    for (const name of ['location', 'category', 'description']) {
      const field = scope.querySelector(`[data-${name}]`);
      if (field !== null) fields[name] = plainText(field);
    }
    return {
      attributes,
      ...(heading === null ? {} : { heading: plainText(heading) }),
      ...(link === null ? {} : { href: link.getAttribute('href') ?? '' }),
      times: [...scope.querySelectorAll('time[datetime]')].map((time) => time.getAttribute('datetime') ?? ''),
      fields,
    };
  });
}

/** The events of a `<ul>` element, with what the list got wrong. */
export function readEventList(list: Element): ReturnType<typeof eventsFromListItems> {
  return eventsFromListItems(listItems(list));
}
