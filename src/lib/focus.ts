/**
 * Focus for parts a person reaches by a script, not by Tab: when a control disappears under the
 * keyboard (a dismissed notice, a button that no longer applies), focus must land on a named,
 * logical place instead of falling back to the top of the page (`<body>`).
 */

/** Whether focus is on `host` or anywhere in its shadow tree. */
export function hasFocusWithin(host: Element): boolean {
  return host.matches(':focus-within');
}

/**
 * Makes `target` focusable by script for as long as it holds focus: `tabindex="-1"` (never a Tab
 * stop), removed on blur so that a click in it later does not leave a stray focus ring.
 */
export function makeFocusable(target: HTMLElement): void {
  if (target.hasAttribute('tabindex')) return;
  target.setAttribute('tabindex', '-1');
  target.addEventListener(
    'blur',
    () => {
      target.removeAttribute('tabindex');
    },
    { once: true },
  );
}
