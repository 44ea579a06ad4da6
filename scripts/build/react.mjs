// React wrappers generated from the manifest: dist/react/<element>.js + .d.ts, one module per element
// (importing one wrapper loads one element), and dist/react/index.js, which re-exports them all.
// The runtime part is src/react/component.ts (@lit/react in the browser, attributes on a server).
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

/** dist/react/<folder>.js: one element's wrapper, importing that element only. */
export function reactElementModule(element) {
  return `${HEADER}import { loosComponent } from './component.js';
import { ${element.className} as ${elementAlias(element)} } from '../${element.module}';

/** ${element.summary || element.tag} */
export const ${element.className} = loosComponent({
  tagName: '${element.tag}',
  elementClass: ${elementAlias(element)},
  displayName: '${element.className}',
  events: {
${eventsObject(element)}
  },
});
`;
}

/** dist/react/index.js: every wrapper (and so every element); one wrapper's own module imports one element. */
export function reactModule(elements) {
  return `${HEADER}${elements.map((element) => `export { ${element.className} } from './${element.folder}.js';`).join('\n')}
`;
}

export function reactElementTypes(element) {
  const events = element.events
    .map((event) => `  /** ${event.description.replaceAll('*/', '* /')} */\n  ${event.propName}: EventName<LoosEventOf<'${event.name}'>>;`)
    .join('\n');
  return `${HEADER}import type { EventName, ReactWebComponent } from '@lit/react';
import type { ${element.className} as ${elementAlias(element)} } from '../${element.module}';

/** The event class an element declares for \`name\` (GlobalEventHandlersEventMap), \`Event\` otherwise. */
type LoosEventOf<Name extends string> = Name extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Name] : Event;

/** ${element.summary || element.tag} */
export declare const ${element.className}: ReactWebComponent<${elementAlias(element)}, {
${events}
}>;
`;
}

export function buildReact(root, elements) {
  mkdirSync(`${root}dist/react`, { recursive: true });
  const written = [];
  for (const element of elements) {
    writeFileSync(`${root}dist/react/${element.folder}.js`, reactElementModule(element));
    writeFileSync(`${root}dist/react/${element.folder}.d.ts`, reactElementTypes(element));
    written.push(`dist/react/${element.folder}.js`);
  }
  writeFileSync(`${root}dist/react/index.js`, reactModule(elements));
  writeFileSync(`${root}dist/react/index.d.ts`, reactModule(elements));
  return [...written, 'dist/react/index.js', 'dist/react/index.d.ts'];
}
