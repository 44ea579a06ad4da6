// React wrappers generated with @lit/react from the manifest: dist/react/index.js + index.d.ts.
// React 19 can set properties on custom elements by itself, but the wrappers add what it lacks:
// typed props (the element's own property types) and `onLoosX` props for our `loos-x` events,
// and they work with React 18 too. React and @lit/react stay external (one React per page).
import { mkdirSync, writeFileSync } from 'node:fs';

const HEADER = '// Généré par scripts/build/react.mjs depuis dist/custom-elements.json : ne pas modifier.\n';

/** The element class is re-exported as `LoosXElement`; the React component takes its name. */
function elementAlias(element) {
  return `${element.className}Element`;
}

function eventsObject(element) {
  return element.events.map((event) => `    ${event.propName}: '${event.name}',`).join('\n');
}

export function reactModule(elements) {
  const imports = elements
    .map((element) => `import { ${element.className} as ${elementAlias(element)} } from '../${element.module}';`)
    .join('\n');
  const components = elements
    .map(
      (element) => `/** ${element.summary || element.tag} */
export const ${element.className} = createComponent({
  tagName: '${element.tag}',
  elementClass: ${elementAlias(element)},
  react: React,
  displayName: '${element.className}',
  events: {
${eventsObject(element)}
  },
});`,
    )
    .join('\n\n');
  return `${HEADER}import * as React from 'react';
import { createComponent } from '@lit/react';
${imports}

${components}
`;
}

export function reactTypes(elements) {
  const imports = elements
    .map((element) => `import type { ${element.className} as ${elementAlias(element)} } from '../${element.module}';`)
    .join('\n');
  const components = elements
    .map((element) => {
      const events = element.events
        .map((event) => `  /** ${event.description.replaceAll('*/', '* /')} */\n  ${event.propName}: EventName<LoosEventOf<'${event.name}'>>;`)
        .join('\n');
      return `/** ${element.summary || element.tag} */
export declare const ${element.className}: ReactWebComponent<${elementAlias(element)}, {
${events}
}>;`;
    })
    .join('\n\n');
  return `${HEADER}import type { EventName, ReactWebComponent } from '@lit/react';
${imports}

/** The event class an element declares for \`name\` (GlobalEventHandlersEventMap), \`Event\` otherwise. */
type LoosEventOf<Name extends string> = Name extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Name] : Event;

${components}
`;
}

export function buildReact(root, elements) {
  mkdirSync(`${root}dist/react`, { recursive: true });
  writeFileSync(`${root}dist/react/index.js`, reactModule(elements));
  writeFileSync(`${root}dist/react/index.d.ts`, reactTypes(elements));
  return ['dist/react/index.js', 'dist/react/index.d.ts'];
}
