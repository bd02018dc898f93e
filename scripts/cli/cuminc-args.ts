import { CliError } from './parse-args';

/**
 * The rules of `--cuminc`: it needs --time and --status (0 = censored, 1..k = cause), --status
 * needs it, --event does not go with it (the status says which event), and of the survival
 * options only --group and --times apply. Throws CliError.
 * @example checkCumincArgs((f) => ['cuminc', 'time'].includes(f), []); // throws: needs --status
 */
export function checkCumincArgs(
  has: (flag: string) => boolean,
  survivalFlags: readonly string[],
): void {
  if (!has('cuminc')) {
    throw new CliError('--status goes with --cuminc (0 = censored, 1, 2, … = the cause)');
  }
  if (has('event')) {
    throw new CliError('--cuminc takes --status (0 = censored, 1, 2, … = cause), not --event');
  }
  for (const flag of ['time', 'status']) {
    if (!has(flag)) throw new CliError(`--cuminc needs --time COL and --status COL`);
  }
  const other = survivalFlags.find((f) => f !== 'group' && f !== 'times' && has(f));
  if (other) throw new CliError(`--${other} cannot be combined with --cuminc`);
}
