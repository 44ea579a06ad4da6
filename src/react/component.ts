/**
 * The React wrapper of one element, shared by the generated modules `@ville-de-loos/ui/react/<name>.js`.
 *
 * In the browser it is `@lit/react`'s `createComponent`: props that are element properties are
 * set as properties, `onLoosX` props listen to `loos-x` events. On a server (`react-dom/server`),
 * `createComponent` writes none of the element's properties — every attribute would be lost and
 * the element rendered empty. There, the wrapper writes each property that has an attribute as
 * that attribute (`headingLevel={3}` → `heading-level="3"`), so the server's HTML says what the
 * browser will render, and `@ville-de-loos/ui/ssr` can fill its shadow root (docs/ssr.md, React).
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';

type EventNames = Record<string, EventName | string>;

/** What Lit knows of a property: its attribute name, `false` when it has none. */
interface PropertyDeclaration {
  readonly attribute?: boolean | string;
}

/** A Lit element class as seen from here: its reactive properties, once Lit has finalised them. */
interface LitElementClass<E extends HTMLElement> {
  new (): E;
  readonly observedAttributes?: readonly string[];
  readonly elementProperties?: ReadonlyMap<PropertyKey, PropertyDeclaration>;
}

export interface WrapperOptions<E extends HTMLElement, Events extends EventNames> {
  readonly tagName: string;
  readonly elementClass: LitElementClass<E>;
  readonly events: Events;
  readonly displayName: string;
}

/** Property name → attribute name, for the properties that have an attribute. */
export function attributeNames(elementClass: LitElementClass<HTMLElement>): ReadonlyMap<string, string> {
  // Reading `observedAttributes` makes Lit finalise the class, which fills `elementProperties`.
  if (elementClass.observedAttributes === undefined) return new Map();
  const names = new Map<string, string>();
  for (const [property, declaration] of elementClass.elementProperties ?? []) {
    if (typeof property !== 'string' || declaration.attribute === false) continue;
    names.set(property, typeof declaration.attribute === 'string' ? declaration.attribute : property.toLowerCase());
  }
  return names;
}

/** The value of an attribute as the element's converter reads it back; `undefined` for no attribute. */
function attributeValue(value: unknown): string | undefined {
  if (value === true) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.toISOString();
  // false, null, undefined, objects, functions: no attribute (rich data goes in `src` or a data child).
  return undefined;
}

/**
 * The props React writes on the server: attributes for the element's properties, nothing for its
 * events or for properties without an attribute, everything else (id, class, lang, children…) as given.
 */
export function serverProps(props: Readonly<Record<string, unknown>>, attributes: ReadonlyMap<string, string>, events: EventNames, elementClass: object): Record<string, unknown> {
  const written: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'className') {
      written.class = value;
      continue;
    }
    if (name in events) continue;
    const attribute = attributes.get(name);
    if (attribute !== undefined) {
      const text = attributeValue(value);
      if (text !== undefined) written[attribute] = text;
      continue;
    }
    if (name !== 'children' && name in (elementClass as { prototype: object }).prototype) continue;
    written[name] = value;
  }
  return written;
}

/** One element's React component: `@lit/react` in the browser, attributes on the server. */
export function loosComponent<E extends HTMLElement, Events extends EventNames>(options: WrapperOptions<E, Events>): ReactWebComponent<E, Events> {
  const { tagName, elementClass, events, displayName } = options;
  // Decided once, when the module loads: a React tree is rendered either on a server or in a browser.
  if (typeof document !== 'undefined') return createComponent({ react: React, tagName, elementClass, events, displayName });
  const attributes = attributeNames(elementClass);
  // A server has no element to hand a ref to; the ref parameter stays because React warns when a
  // forwardRef render function does not take exactly two.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- see above
  const Server = React.forwardRef<E, Record<string, unknown>>((props, ref) => React.createElement(tagName, serverProps(props, attributes, events, elementClass)));
  Server.displayName = displayName;
  return Server as ReactWebComponent<E, Events>;
}
