// Reads dist/custom-elements.json (written by `npm run analyze` from the JSDoc of each element)
// into a small description per element. React wrappers, editor data and typings are generated
// from it, so they follow the elements as they land: nothing here lists an element by hand.
import { readFileSync } from 'node:fs';

const ELEMENT_MODULE = /^src\/components\/([a-z0-9-]+)\/\1\.ts$/;

/**
 * @typedef {{ name: string, fieldName: string | undefined, type: string, description: string, default: string | undefined }} AttributeInfo
 * @typedef {{ name: string, description: string, propName: string }} EventInfo
 * @typedef {{
 *   tag: string, className: string, folder: string, module: string,
 *   summary: string, description: string,
 *   attributes: AttributeInfo[], properties: string[], events: EventInfo[],
 *   slots: { name: string, description: string }[],
 *   cssProperties: { name: string, description: string }[],
 *   cssParts: { name: string, description: string }[],
 * }} ElementInfo
 */

/** `loos-filter-change` → `onLoosFilterChange`, the React prop that listens to it. */
export function eventPropName(eventName) {
  return `on${eventName
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}`;
}

/** @returns {ElementInfo[]} every element of the manifest, sorted by tag. */
export function readElements(manifestPath) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = [];
  for (const module of manifest.modules ?? []) {
    const match = ELEMENT_MODULE.exec(module.path);
    if (match === null) continue;
    const folder = match[1];
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      elements.push(describe(declaration, folder));
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

function describe(declaration, folder) {
  const events = new Map();
  for (const event of declaration.events ?? []) {
    // The analyzer also lists `dispatchEvent(new XEvent())` calls without a name; `@fires` names them.
    if (typeof event.name !== 'string' || events.has(event.name)) continue;
    events.set(event.name, { name: event.name, description: event.description ?? '', propName: eventPropName(event.name) });
  }
  const publicFields = (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_'),
  );
  return {
    // The tag comes from `customElements.define` when the analyzer sees it; our `defineElement`
    // helper hides it, so the folder convention (`components/<name>/` → `<loos-name>`) decides.
    tag: declaration.tagName ?? `loos-${folder}`,
    className: declaration.name,
    folder,
    module: `components/${folder}/${folder}.js`,
    summary: declaration.summary ?? '',
    description: declaration.description ?? '',
    attributes: (declaration.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      fieldName: attribute.fieldName,
      type: attribute.type?.text ?? fieldType(publicFields, attribute.fieldName),
      description: attribute.description ?? '',
      default: attribute.default,
    })),
    properties: publicFields.filter((member) => !member.readonly).map((member) => member.name),
    events: [...events.values()],
    slots: (declaration.slots ?? []).map(({ name, description }) => ({ name, description: description ?? '' })),
    cssProperties: (declaration.cssProperties ?? []).map(({ name, description }) => ({ name, description: description ?? '' })),
    cssParts: (declaration.cssParts ?? []).map(({ name, description }) => ({ name, description: description ?? '' })),
  };
}

function fieldType(fields, fieldName) {
  return fields.find((field) => field.name === fieldName)?.type?.text ?? 'string';
}
