import { beforeEach, describe, expect, it } from 'vitest';
import { memoryStorage } from './storage.js';
import { DISMISSAL_PREFIX, dismissalStore, forgetPageDismissals } from '../../../src/lib/notices/dismissals.js';

const failing = (): Storage => {
  const storage = memoryStorage();
  storage.setItem = () => {
    throw new DOMException('Quota dépassé', 'QuotaExceededError');
  };
  storage.getItem = () => {
    throw new DOMException('Refusé', 'SecurityError');
  };
  return storage;
};

describe('dismissalStore', () => {
  beforeEach(() => {
    forgetPageDismissals();
  });

  it('remembers a dismissal in storage, so that it survives a reload', () => {
    const storage = memoryStorage();
    expect(dismissalStore(() => storage).dismiss('n1@2026')).toBe(true);
    expect(storage.getItem(`${DISMISSAL_PREFIX}n1@2026`)).not.toBeNull();
    forgetPageDismissals(); // what a reload does to memory
    expect(dismissalStore(() => storage).isDismissed('n1@2026')).toBe(true);
    expect(dismissalStore(() => storage).isDismissed('n1@2027')).toBe(false);
  });

  it('holds for the page only, without throwing, when storage fails', () => {
    const store = dismissalStore(failing);
    expect(store.dismiss('n1')).toBe(false);
    expect(store.isDismissed('n1')).toBe(true);
    forgetPageDismissals();
    expect(store.isDismissed('n1')).toBe(false);
  });

  it('holds for the page only when there is no storage at all', () => {
    const store = dismissalStore(() => undefined);
    expect(store.dismiss('n1')).toBe(false);
    expect(store.isDismissed('n1')).toBe(true);
  });

  it('works when even reaching storage throws', () => {
    const store = dismissalStore(() => {
      throw new DOMException('Refusé', 'SecurityError');
    });
    expect(() => store.dismiss('n1')).not.toThrow();
    expect(store.isDismissed('n1')).toBe(true);
  });
});
