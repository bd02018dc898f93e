import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timings } from './time-node';

// Reading the CSV is outside the timed calls; system.time() wraps only the model call.
const R_SCRIPT = `
suppressMessages(library(survival))
d <- read.csv(commandArgs(TRUE)[1])
best <- function(expr, repeats) {
  ex <- substitute(expr); env <- parent.frame(); s <- Inf; v <- NULL
  for (r in seq_len(repeats)) { tm <- system.time(v <- eval(ex, env))[["elapsed"]]; s <- min(s, tm) }
  list(seconds = s, value = v)
}
k <- as.integer(commandArgs(TRUE)[2])
km <- best(survfit(Surv(time, event) ~ group, data = d), k)
lr <- best(survdiff(Surv(time, event) ~ group, data = d), k)
cx <- best(coxph(Surv(time, event) ~ x1 + x2 + x3 + x4 + x5, data = d, ties = "efron"), k)
cat(jsonlite::toJSON(list(km = km$seconds, logRank = lr$seconds, cox = cx$seconds,
  chisq = lr$value$chisq, coef = unname(coef(cx$value)),
  r = paste(R.version$major, R.version$minor, sep = "."),
  survival = as.character(packageVersion("survival"))), auto_unbox = TRUE, digits = NA))
`;

export interface RTimings extends Timings {
  r: string;
  survival: string;
}

/** True when Rscript with the survival and jsonlite packages (the script's output) can be run. */
export function hasR(): boolean {
  const run = spawnSync('Rscript', ['-e', 'library(survival); library(jsonlite)'], {
    encoding: 'utf8',
  });
  return run.status === 0;
}

/** Runs the same three calls in R on the CSV; null when Rscript fails. */
export function timeR(csvPath: string, dir: string, repeats: number): RTimings | null {
  const script = join(dir, 'bench.R');
  writeFileSync(script, R_SCRIPT);
  const run = spawnSync('Rscript', [script, csvPath, String(repeats)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) {
    process.stderr.write(`bench: Rscript failed: ${run.stderr.trim().split('\n').pop()}\n`);
    return null;
  }
  return JSON.parse(run.stdout) as RTimings;
}
