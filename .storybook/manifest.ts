/**
 * The custom-elements manifest as the property tables of the catalogue show it: only what an
 * integrator can use. The analyzer also lists private, protected and static members (controllers,
 * render helpers…), which are not part of an element's interface, and, for an event dispatched as
 * `new LoosToggleEvent(…)`, a nameless copy of the event its `@fires` line already describes.
 */

interface Member {
  readonly name: string;
  readonly privacy?: string;
  readonly static?: boolean;
}

interface NamedEntry {
  readonly name?: string;
}

interface Declaration {
  readonly members?: readonly Member[];
  readonly events?: readonly NamedEntry[];
  readonly [key: string]: unknown;
}

interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[]; readonly [key: string]: unknown }[];
  readonly [key: string]: unknown;
}

export function isPublicMember(member: Member): boolean {
  return member.privacy !== 'private' && member.privacy !== 'protected' && member.static !== true && !/^[_#]/u.test(member.name);
}

function publicDeclaration(declaration: Declaration): Declaration {
  return {
    ...declaration,
    ...(declaration.members === undefined ? {} : { members: declaration.members.filter(isPublicMember) }),
    ...(declaration.events === undefined ? {} : { events: declaration.events.filter((event) => (event.name ?? '') !== '') }),
  };
}

/** A copy of the manifest without the members that are not public. */
export function publicManifest<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({ ...module, declarations: module.declarations?.map(publicDeclaration) })),
  };
}
