import { describe, expect, it } from 'vitest';
import { chartKeyAction } from '../../../src/components/budget-chart/keyboard.js';

describe('chartKeyAction', () => {
  it('moves with the arrows and stops at the ends', () => {
    expect(chartKeyAction('ArrowDown', 0, 3)).toEqual({ kind: 'move', index: 1 });
    expect(chartKeyAction('ArrowRight', 2, 3)).toEqual({ kind: 'move', index: 2 });
    expect(chartKeyAction('ArrowUp', 0, 3)).toEqual({ kind: 'move', index: 0 });
    expect(chartKeyAction('ArrowLeft', 2, 3)).toEqual({ kind: 'move', index: 1 });
  });

  it('goes to the ends with Home and End, by five with Page Up and Page Down', () => {
    expect(chartKeyAction('Home', 5, 9)).toEqual({ kind: 'move', index: 0 });
    expect(chartKeyAction('End', 0, 9)).toEqual({ kind: 'move', index: 8 });
    expect(chartKeyAction('PageDown', 6, 9)).toEqual({ kind: 'move', index: 8 });
    expect(chartKeyAction('PageUp', 6, 9)).toEqual({ kind: 'move', index: 1 });
  });

  it('opens with Enter or Space, goes back with Escape, shows help with ?', () => {
    expect(chartKeyAction('Enter', 0, 1)).toEqual({ kind: 'open' });
    expect(chartKeyAction(' ', 0, 1)).toEqual({ kind: 'open' });
    expect(chartKeyAction('Escape', 0, 1)).toEqual({ kind: 'back' });
    expect(chartKeyAction('?', 0, 1)).toEqual({ kind: 'help' });
  });

  it('leaves Tab, letters and digits to the browser and to screen readers (AZERTY « & é " » included)', () => {
    for (const key of ['Tab', 'a', 'q', '&', 'é', '"', '1', 'F5']) expect(chartKeyAction(key, 0, 3)).toBeNull();
  });

  it('does nothing on an empty chart', () => {
    expect(chartKeyAction('ArrowDown', 0, 0)).toBeNull();
  });
});
