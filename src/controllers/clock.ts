/**
 * Timed wake-ups on a controllable clock: a notice that appears at its publication time and
 * leaves at its expiry, a feed that re-reads every few minutes. The host says when; the controller
 * keeps at most one timer, re-arms it on a new clock and cancels it when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timerDelay } from '../lib/notices/active.js';
import type { Clock, TimerHandle } from '../lib/notices/clock.js';

export class WakeUpController implements ReactiveController {
  private timer?: { clock: Clock; handle: TimerHandle; at: number };

  /**
   * @param clock the host's current time source (read at each scheduling: tests swap it).
   * @param wake what to do when the instant is reached.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly clock: () => Clock,
    private readonly wake: () => void,
  ) {
    host.addController(this);
  }

  /** Wakes up at `instant` (epoch ms); `undefined` cancels. Replaces any earlier wake-up. */
  wakeAt(instant: number | undefined): void {
    this.cancel();
    if (instant === undefined || !Number.isFinite(instant)) return;
    const clock = this.clock();
    // A wake-up further away than a timer can wait is reached in steps (see timerDelay).
    const handle = clock.setTimeout(() => {
      this.timer = undefined;
      if (clock.now() < instant) this.wakeAt(instant);
      else this.wake();
    }, timerDelay(instant, clock.now()));
    this.timer = { clock, handle, at: instant };
  }

  /** The instant of the pending wake-up, if any. */
  get pending(): number | undefined {
    return this.timer?.at;
  }

  cancel(): void {
    this.timer?.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
