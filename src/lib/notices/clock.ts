/**
 * The time source of the notice elements. Injecting it makes publication and expiry testable
 * to the millisecond, and lets a story show a notice « as of » a fixed day.
 */

export type TimerHandle = number | object;

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, delay: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delay) => globalThis.setTimeout(callback, delay),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]);
  },
};

/** A clock that only moves when told to, firing due timers in order: for tests and stories. */
export interface ManualClock extends Clock {
  /** Moves time forward, running every timer that falls due on the way. */
  advance(milliseconds: number): void;
  /** Moves time to `instant` (never backwards), running due timers. */
  set(instant: Date | number): void;
  /** Number of timers waiting. */
  readonly pending: number;
}

export function manualClock(start: Date | number): ManualClock {
  let current = typeof start === 'number' ? start : start.getTime();
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();

  function runUntil(target: number): void {
    for (;;) {
      let dueId: number | undefined;
      let dueAt = Infinity;
      for (const [id, timer] of timers) {
        if (timer.at <= target && timer.at < dueAt) {
          dueId = id;
          dueAt = timer.at;
        }
      }
      if (dueId === undefined) break;
      const timer = timers.get(dueId);
      timers.delete(dueId);
      current = Math.max(current, dueAt);
      timer?.callback();
    }
    current = Math.max(current, target);
  }

  return {
    now: () => current,
    setTimeout(callback, delay) {
      const id = nextId++;
      timers.set(id, { at: current + Math.max(0, delay), callback });
      return id;
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') timers.delete(handle);
    },
    advance(milliseconds) {
      runUntil(current + milliseconds);
    },
    set(instant) {
      runUntil(typeof instant === 'number' ? instant : instant.getTime());
    },
    get pending() {
      return timers.size;
    },
  };
}
