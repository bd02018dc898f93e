import { Superseded } from './superseded';
import { seconds } from './watchdog-policy';

/** Why the client stopped its worker. */
export type StopCause =
  | { reason: 'timeout'; what: 'analysis' | 'load'; limitMs: number; fileName?: string }
  | { reason: 'died' }
  | { reason: 'unresponsive' }
  | { reason: 'cancelled'; fileName: string }
  | { reason: 'analysis-cancelled' };

/** Rejection of every call that was pending when the worker was stopped. */
export class EngineStopped extends Superseded {
  constructor(
    message: string,
    readonly stop: StopCause,
  ) {
    super(message);
    this.name = 'EngineStopped';
  }
}

function what(cause: StopCause): string {
  switch (cause.reason) {
    case 'timeout':
      return cause.what === 'load'
        ? `Reading “${cause.fileName ?? 'the file'}” took longer than ${seconds(cause.limitMs)} and was stopped`
        : `The analysis took longer than ${seconds(cause.limitMs)} and was stopped`;
    case 'died':
      return 'The analysis engine stopped unexpectedly (it may have run out of memory)';
    case 'unresponsive':
      return 'The analysis engine stopped answering';
    case 'cancelled':
      return `Loading “${cause.fileName}” was cancelled`;
    case 'analysis-cancelled':
      return 'The analysis was cancelled';
  }
}

/**
 * What the user is told, in plain words: what happened, and what was kept. `label` is the dataset
 * the engine was restarted with (null when none had loaded); `reloaded` is false when even that
 * could not be loaded again.
 */
export function stopMessage(cause: StopCause, label: string | null, reloaded = true): string {
  const kept =
    label === null
      ? 'the engine was restarted; open a file or the demo cohort to continue.'
      : reloaded
        ? `the engine was restarted with “${label}”, which is still shown.`
        : `the engine was restarted but “${label}” could not be loaded again; reload the page.`;
  const advice =
    cause.reason === 'timeout' && cause.what === 'analysis'
      ? ' Try fewer groups or a simpler view.'
      : cause.reason === 'died'
        ? ' If this happens again, try a smaller file.'
        : '';
  return `${what(cause)}; ${kept}${advice}`;
}
