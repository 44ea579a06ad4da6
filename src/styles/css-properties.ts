/**
 * `style=${cssProperties({ '--_size': '42' })}`: sets CSS custom properties on an element through
 * the CSSOM (`element.style.setProperty`), never by writing a `style` attribute. A page whose
 * Content-Security-Policy says `style-src 'self'` refuses style attributes written by script — Lit's
 * `styleMap` writes one on first render — but allows the CSSOM. On the server, where there is no
 * CSSOM, the properties are written as the attribute's text so a page without JavaScript still
 * shows the sizes.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type CssProperties = Readonly<Record<`--${string}`, string>>;

class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('cssProperties() ne se lie qu’à l’attribut style.');
    }
  }

  /** The server's rendering (and the first one of a build without CSSOM): the attribute text. */
  render(properties: CssProperties): string {
    return Object.entries(properties)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [properties]: [CssProperties]): typeof noChange {
    const { style } = part.element;
    for (const name of this.previous) {
      if (!(name in properties)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
