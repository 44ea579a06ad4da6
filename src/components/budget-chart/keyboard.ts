/**
 * Keys of the chart's single tab stop. Read from `event.key` (the character or named key), never
 * from `event.code` (the physical key), so that they work the same on AZERTY and QWERTY keyboards.
 */

export type ChartKeyAction =
  | { readonly kind: 'move'; readonly index: number }
  | { readonly kind: 'open' }
  | { readonly kind: 'back' }
  | { readonly kind: 'help' };

/**
 * What a key does given the active item and the number of items, or `null` for keys the chart
 * leaves alone (Tab, letters typed by a screen reader in browse mode…). Movement stops at the ends.
 */
export function chartKeyAction(key: string, active: number, count: number): ChartKeyAction | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (index: number): number => Math.min(last, Math.max(0, index));
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return { kind: 'move', index: clamp(active + 1) };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { kind: 'move', index: clamp(active - 1) };
    case 'Home':
      return { kind: 'move', index: 0 };
    case 'End':
      return { kind: 'move', index: last };
    case 'PageDown':
      return { kind: 'move', index: clamp(active + 5) };
    case 'PageUp':
      return { kind: 'move', index: clamp(active - 5) };
    case 'Enter':
    case ' ':
      return { kind: 'open' };
    case 'Escape':
      return { kind: 'back' };
    case '?':
      return { kind: 'help' };
    default:
      return null;
  }
}
