/**
 * Where focus goes when the notice a person was on is dismissed or expires. Loaded with the first
 * such notice: most visits never dismiss one.
 */
import { makeFocusable } from '../../lib/focus.js';
import type { LoosNotice } from '../notice/notice.js';

/** Focuses the first of `candidates` still shown, else the feed's status line, else the feed itself. */
export function focusAfterGone(feed: HTMLElement, root: ParentNode, candidates: readonly LoosNotice[]): void {
  const next = candidates.find((notice) => notice.isConnected && notice.visible);
  if (next !== undefined) {
    next.focus();
    return;
  }
  const target = root.querySelector<HTMLElement>('[part=status]') ?? feed;
  makeFocusable(target);
  target.focus();
}
