// Editor data generated from the manifest:
// - dist/vscode.html-custom-data.json: completion and hover help for `<loos-…>` in HTML files
//   (VS Code setting `"html.customData": ["./node_modules/@ville-de-loos/ui/dist/vscode.html-custom-data.json"]`);
// - dist/jsx.d.ts: the elements in React's JSX (`<loos-notice level="alert">` type-checks in TSX).
import { mkdirSync, writeFileSync } from 'node:fs';

/** `'info' | 'warning' | undefined` → ['info', 'warning']; anything else → undefined. */
export function literalValues(typeText) {
  const members = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (members.length === 0 || !members.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return undefined;
  return members.map((part) => part.slice(1, -1));
}

function markdown(element) {
  const lines = [element.summary, '', element.description];
  if (element.slots.length > 0) {
    lines.push('', '**Emplacements (slots)**', ...element.slots.map((slot) => `- \`${slot.name || '(défaut)'}\` : ${slot.description}`));
  }
  if (element.events.length > 0) {
    lines.push('', '**Événements**', ...element.events.map((event) => `- \`${event.name}\` : ${event.description}`));
  }
  if (element.cssProperties.length > 0) {
    lines.push('', '**Propriétés CSS**', ...element.cssProperties.map((property) => `- \`${property.name}\` : ${property.description}`));
  }
  if (element.cssParts.length > 0) {
    lines.push('', '**Parties (::part)**', ...element.cssParts.map((part) => `- \`${part.name}\` : ${part.description}`));
  }
  return lines.join('\n').trim();
}

export function vscodeCustomData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: { kind: 'markdown', value: markdown(element) },
      attributes: element.attributes.map((attribute) => {
        const values = attribute.type === 'boolean' ? undefined : literalValues(attribute.type);
        return {
          name: attribute.name,
          description: attribute.description + (attribute.default === undefined ? '' : ` (défaut : ${attribute.default})`),
          ...(attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [],
    })),
  };
}

export function jsxTypes(elements) {
  const imports = elements
    .map((element) => `import type { ${element.className} } from './${element.module}';`)
    .join('\n');
  const entries = elements
    .map((element) => {
      const properties = element.properties.map((name) => `'${name}'`).join(' | ') || 'never';
      // React 19 sets a prop as a property when the element has it, and listens to an event
      // for a prop named `on` + the exact event name (`onloos-toggle`).
      const events = element.events
        .map((event) => `'on${event.name}'?: (event: LoosEventOf<'${event.name}'>) => void`)
        .join('; ');
      const attributes = element.attributes
        .filter((attribute) => attribute.fieldName === undefined || attribute.name !== attribute.fieldName)
        .map((attribute) => `'${attribute.name}'?: string | number | boolean`)
        .join('; ');
      return `      /** ${element.summary.replaceAll('*/', '* /')} */
      '${element.tag}': LoosJsxProps<${element.className}, ${properties}> & { ${[events, attributes].filter(Boolean).join('; ')} };`;
    })
    .join('\n');
  return `// Généré par scripts/build/ide.mjs depuis dist/custom-elements.json : ne pas modifier.
// Usage in a TSX project: \`import type {} from '@ville-de-loos/ui/jsx';\` once (e.g. in a global.d.ts).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports}

type LoosEventOf<Name extends string> = Name extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Name] : Event;

/** React's HTML props, \`class\` (custom elements take it as is) and the element's own properties, all optional. */
type LoosJsxProps<Element extends HTMLElement, Props extends keyof Element> = DetailedHTMLProps<HTMLAttributes<Element>, Element> &
  Partial<Pick<Element, Props>> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

export function buildIdeData(root, elements) {
  mkdirSync(`${root}dist`, { recursive: true });
  writeFileSync(`${root}dist/vscode.html-custom-data.json`, `${JSON.stringify(vscodeCustomData(elements), null, 2)}\n`);
  writeFileSync(`${root}dist/jsx.d.ts`, jsxTypes(elements));
  return ['dist/vscode.html-custom-data.json', 'dist/jsx.d.ts'];
}
