import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RScript } from '../../../src/lib/engine/types';

/** One "EXPLORER <what> <fields…>" line of a generated script's output. */
export interface ExplorerLine {
  what: string;
  fields: string[];
}

export const RSCRIPT_MISSING =
  'Rscript is not on PATH. The R-script export is tested by running R: install R with the ' +
  'survival package (Debian: apt-get install r-base-core r-cran-survival; .ci/run does this).';

/** Throws (the test fails, it is not skipped) when Rscript cannot be run. */
export function requireRscript(): void {
  const probe = spawnSync('Rscript', ['-e', 'library(survival)'], { encoding: 'utf8' });
  if (probe.error) throw new Error(RSCRIPT_MISSING);
  if (probe.status !== 0) {
    throw new Error(`Rscript runs but cannot load the survival package: ${probe.stderr.trim()}`);
  }
}

/**
 * Saves a generated script (and its CSV) in `dir` and runs `Rscript <file>` there, as a user
 * would; resolves with its stdout, rejects with its stderr when R fails or takes over 60 s.
 */
export function runRscript(dir: string, r: RScript): Promise<string> {
  writeFileSync(join(dir, r.fileName), r.script);
  if (r.csv) writeFileSync(join(dir, r.csv.fileName), r.csv.text);
  return new Promise((resolve, reject) => {
    execFile(
      'Rscript',
      [r.fileName],
      { cwd: dir, timeout: 60_000, encoding: 'utf8', maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`Rscript ${r.fileName} failed: ${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/**
 * Saves several generated scripts in `dir` and runs them in one R process (R's start-up and
 * loading survival take most of a run's time): each is source()d from `dir` in an environment of
 * its own. Resolves with each script's output, by file name; a script that fails gives its error.
 */
export function runRscripts(
  dir: string,
  scripts: readonly RScript[],
): Promise<Map<string, string>> {
  for (const r of scripts) {
    writeFileSync(join(dir, r.fileName), r.script);
    if (r.csv) writeFileSync(join(dir, r.csv.fileName), r.csv.text);
  }
  const driver = [
    'for (f in commandArgs(trailingOnly = TRUE)) {',
    '  cat("@@@ SCRIPT", f, "\\n")',
    '  tryCatch(source(f, local = new.env()), error = function(e) cat("@@@ ERROR", conditionMessage(e), "\\n"))',
    '}',
  ].join('\n');
  writeFileSync(join(dir, 'run-all.R'), driver);
  return new Promise((resolve, reject) => {
    execFile(
      'Rscript',
      ['run-all.R', ...scripts.map((r) => r.fileName)],
      { cwd: dir, timeout: 120_000, encoding: 'utf8', maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`Rscript failed: ${error.message}\n${stderr}`));
        const out = new Map<string, string>();
        for (const part of stdout.split('@@@ SCRIPT ').slice(1)) {
          const newline = part.indexOf('\n');
          out.set(part.slice(0, newline).trim(), part.slice(newline + 1));
        }
        resolve(out);
      },
    );
  });
}

/** The lines between "#### EXPLORER NUMBERS BEGIN" and "#### EXPLORER NUMBERS END". */
export function explorerLines(stdout: string): ExplorerLine[] {
  const lines = stdout.split('\n');
  const begin = lines.indexOf('#### EXPLORER NUMBERS BEGIN');
  const end = lines.indexOf('#### EXPLORER NUMBERS END');
  if (begin < 0 || end < begin) throw new Error(`no complete EXPLORER block in:\n${stdout}`);
  return lines
    .slice(begin + 1, end)
    .map((l) => l.trim().split(/\s+/))
    .map(([tag, what, ...fields]) => {
      if (tag !== 'EXPLORER') throw new Error(`unexpected line in the EXPLORER block: ${tag}`);
      return { what, fields };
    });
}

/** A number as R printed it with %.17g: NA and NaN are null, Inf stays infinite. */
export function rValue(field: string): number | null {
  if (field === 'NA' || field === 'NaN') return null;
  if (field === 'Inf') return Infinity;
  if (field === '-Inf') return -Infinity;
  const x = Number(field);
  if (Number.isNaN(x)) throw new Error(`not a number: ${field}`);
  return x;
}
