/**
 * The accessibility tree Chromium gives assistive technology, read through the DevTools protocol:
 * roles, names and descriptions as a screen reader gets them (text-transform and whitespace included).
 */
import { cdp } from 'vitest/browser';

export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
}

interface RawValue {
  readonly value?: unknown;
}
interface RawNode {
  readonly ignored?: boolean;
  readonly role?: RawValue;
  readonly name?: RawValue;
  readonly description?: RawValue;
}
interface FrameTree {
  readonly frame: { readonly id: string };
  readonly childFrames?: readonly FrameTree[];
}

const text = (value: RawValue | undefined): string => (typeof value?.value === 'string' ? value.value : '');

/** Every node of the tree that is not ignored, in the frames of the test page. */
export async function axNodes(): Promise<AxNode[]> {
  const session = cdp();
  const { frameTree } = await session.send('Page.getFrameTree', {});
  const frames = (tree: FrameTree): string[] => [tree.frame.id, ...(tree.childFrames ?? []).flatMap(frames)];
  const nodes: AxNode[] = [];
  for (const frameId of frames(frameTree)) {
    const { nodes: raw } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: RawNode[] };
    for (const node of raw) {
      if (node.ignored === true) continue;
      nodes.push({ role: text(node.role), name: text(node.name), description: text(node.description) });
    }
  }
  return nodes;
}

/** The nodes of one role. */
export async function axByRole(role: string): Promise<AxNode[]> {
  return (await axNodes()).filter((node) => node.role === role);
}
