/**
 * Idempotent registration: two copies of the library on one page (a CMS plugin plus a theme,
 * say) must not break the page. The second definition warns instead of throwing.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (existing === undefined) {
    customElements.define(tagName, constructor);
  } else if (existing !== constructor) {
    console.warn(`<${tagName}> est déjà défini sur cette page : la seconde définition est ignorée.`);
  }
}
