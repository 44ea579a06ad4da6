/**
 * Small DOM helpers shared by the light-DOM form enhancers. Browser only: called from
 * connectedCallback, event handlers and updated(), never while rendering on the server.
 */

let counter = 0;

/** The element's id, given one (`loos-<prefix>-<n>`) when the page wrote none. */
export function ensureId(element: Element, prefix: string): string {
  if (element.id === '') {
    counter += 1;
    element.id = `loos-${prefix}-${String(counter)}`;
  }
  return element.id;
}

/**
 * Sets `aria-describedby` to the page's own ids (kept, in their order) followed by `ours`; ids in
 * `managed` that are no longer in `ours` are removed. An empty list removes the attribute.
 */
export function describeBy(element: Element, managed: readonly string[], ours: readonly string[]): void {
  const written = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '' && !managed.includes(id));
  const ids = [...new Set([...written, ...ours])];
  if (ids.length === 0) element.removeAttribute('aria-describedby');
  else element.setAttribute('aria-describedby', ids.join(' '));
}

/** The text a person reads in `element`, without what is there for screen readers only. */
export function visibleText(element: Element | null | undefined): string {
  if (element === null || element === undefined) return '';
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.loos-visually-hidden, [aria-hidden="true"]')) hidden.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** The controls of a form whose value is checked (not buttons, not hidden fields). */
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function controlsIn(root: ParentNode): FormControl[] {
  return [...root.querySelectorAll<FormControl>('input, select, textarea')].filter(
    (control) => !(control instanceof HTMLInputElement && ['hidden', 'submit', 'button', 'reset', 'image'].includes(control.type)),
  );
}
