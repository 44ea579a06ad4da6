/**
 * Bad input is reported once per distinct set of problems: elements re-render often, and the
 * same problems must not fill the console or fire `loos-invalid` on every render.
 * The host sets its problems while it updates (`willUpdate`); they are reported after the update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundProblems, problemsKey, reportInvalid, type InputProblem } from '../lib/invalid.js';

export class InvalidController implements ReactiveController {
  private lastKey = '';
  private current: readonly InputProblem[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The problems of the host's input as it stands now (replaces the previous set; bounded, see boundProblems). */
  set problems(problems: readonly InputProblem[]) {
    this.current = boundProblems(problems);
  }

  get problems(): readonly InputProblem[] {
    return this.current;
  }

  hostUpdated(): void {
    this.flush();
  }

  /**
   * Reports the current set now, if it differs from the last one reported. For problems found
   * outside an update (an answer from the network, say); updates call it on their own.
   */
  flush(): void {
    const key = problemsKey(this.current);
    if (key === this.lastKey) return;
    this.lastKey = key;
    reportInvalid(this.host, this.current);
  }
}
