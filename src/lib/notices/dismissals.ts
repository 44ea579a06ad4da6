/**
 * Remembers which notices a person dismissed. `localStorage` may be missing, blocked (private
 * mode, sandboxed frame, cookies refused) or full: then the dismissal holds for the page only,
 * in memory, and nothing is thrown.
 */

export const DISMISSAL_PREFIX = 'loos-notice:dismissed:';

/** The page-wide memory used when storage fails (shared by every notice on the page). */
const pageMemory = new Set<string>();

/** `localStorage` when it can be reached; reaching it can itself throw (SecurityError). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export interface DismissalStore {
  isDismissed(key: string): boolean;
  /** Remembers the dismissal; returns `true` when it will survive a reload. */
  dismiss(key: string): boolean;
}

export function dismissalStore(storage: () => Storage | undefined = browserStorage): DismissalStore {
  return {
    isDismissed(key) {
      if (pageMemory.has(key)) return true;
      try {
        const stored = storage()?.getItem(DISMISSAL_PREFIX + key) != null;
        // Remembered for the page: storage is read at most once per dismissed notice.
        if (stored) pageMemory.add(key);
        return stored;
      } catch {
        return false;
      }
    },
    dismiss(key) {
      pageMemory.add(key);
      try {
        const target = storage();
        if (target === undefined) return false;
        target.setItem(DISMISSAL_PREFIX + key, new Date().toISOString());
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The store of the page: `localStorage`, or memory when it fails. One for all notices. */
export const pageDismissals: DismissalStore = dismissalStore();

/** Forgets the page memory, as a reload would (for tests). */
export function forgetPageDismissals(): void {
  pageMemory.clear();
}
