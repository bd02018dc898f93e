import type { ConfType, RScript } from '../engine/types';
import { rComment } from './r-comment';
import { rData } from './r-data';
import { R_HELPERS } from './r-helpers';
import { rNumber, rString, rVector } from './r-literal';
import { rScriptHeader, type RScriptAbout } from './r-script-header';

/** The rows and options of a survival view, as the engine analysed them. */
export interface SurvivalScriptInput {
  /** File name without extension; the CSV, when there is one, gets the same name. */
  baseName: string;
  about: RScriptAbout;
  /** Comment paragraphs on the data: which patients, what each column holds. */
  notes: readonly string[];
  time: ArrayLike<number>;
  /** 1 = event, 0 = censored. */
  event: ArrayLike<number>;
  /** Each row's group value and the levels in the explorer's order, reference first; null = one curve. */
  group: {
    values: readonly (number | string)[];
    levels: readonly { value: number | string; label: string }[];
  } | null;
  /** Months after infusion: `time` is then the time since infusion and the script shifts it. */
  landmark: number | null;
  confType: ConfType;
  /** Times (months) of the survival table, sorted. */
  times: readonly number[];
  /** More rows than this go to a CSV beside the script. */
  embedLimit: number;
}

/**
 * A self-contained R script reproducing a survival view with the survival package: the rows as a
 * data frame (or a CSV beside it), the group as a factor in the explorer's level order (reference
 * first), `survfit(conf.type)` with print() and summary(times, extend = TRUE), `survdiff` and
 * `coxph(ties = "efron")` with summary(); then every number at 17 significant digits in
 * "EXPLORER" lines: `curve k n events median lower upper`, `at k time surv lower upper`,
 * `logrank chisq df p`, `hr k hr lower upper p` (k = group position, reference = 1), `warning …`.
 * @example rScriptSurvival(input).script.includes('survdiff(Surv(time, event) ~ group') // true
 */
export function rScriptSurvival(input: SurvivalScriptInput): RScript {
  const fileName = `${input.baseName}.R`;
  const groups = input.group;
  const k = groups?.levels.length ?? 1;
  const data = rData(
    [
      {
        variable: 'd',
        key: 'd',
        columns: [
          { name: 'time', values: input.time },
          { name: 'event', values: input.event },
          ...(groups ? [{ name: 'group', values: groups.values }] : []),
        ],
      },
    ],
    { csvFileName: `${input.baseName}.csv`, embedLimit: input.embedLimit },
  );
  const rhs = groups ? 'group' : '1';
  const L = input.landmark;
  const out: string[] = [
    rScriptHeader(input.about, fileName, data.csv?.fileName ?? null),
    '',
    'library(survival)',
    '',
    R_HELPERS,
    '',
    '# ---- Data ----',
    ...input.notes.map((n) => rComment(n)),
    ...[data.read, data.blocks[0]].filter((c) => c !== ''),
  ];
  if (L !== null) {
    out.push(
      rComment(
        `Landmark at month ${rNumber(L)}: keep the patients still event-free and followed at month ${rNumber(L)} (time > ${rNumber(L)}) and count time from the landmark, as the explorer does. The data above are not yet shifted.`,
      ),
      `d <- d[d$time > ${rNumber(L)}, ]`,
      `d$time <- d$time - ${rNumber(L)}`,
    );
  }
  if (groups) {
    out.push(
      "# The groups in the explorer's order; the first level is the reference group.",
      'd$group <- factor(d$group,',
      `  levels = ${rVector(
        groups.levels.map((l) => l.value),
        { indent: 4, start: 11 },
      )},`,
      `  labels = ${rVector(
        groups.levels.map((l) => l.label),
        { indent: 4, start: 11 },
      )})`,
    );
  }
  out.push(
    '',
    `cat(${rString(input.about.title)}, "\\n\\n")`,
    '',
    '# ---- Kaplan-Meier: n, events, median and its 95% CI per group ----',
    `fit <- survfit(Surv(time, event) ~ ${rhs}, data = d, conf.type = ${rString(input.confType)})`,
    'print(fit)',
  );
  if (input.times.length > 0) {
    out.push(
      '',
      '# ---- Survival with its 95% CI at the times of the table ----',
      `times <- ${rVector(input.times)}`,
      'print(summary(fit, times = times, extend = TRUE))',
    );
  }
  if (k > 1) {
    out.push(
      '',
      '# ---- Log-rank test ----',
      'lr <- survdiff(Surv(time, event) ~ group, data = d)',
      'print(lr)',
      '',
      '# ---- Hazard ratio of each group vs the reference (Cox, Efron ties, Wald CI and p) ----',
      'cox <- keep_warnings(coxph(Surv(time, event) ~ group, data = d, ties = "efron"))',
      'print(summary(cox))',
    );
  }
  out.push(
    '',
    '# ---- Every number above, at 17 significant digits, for a program to compare ----',
    'cat("\\n#### EXPLORER NUMBERS BEGIN\\n")',
    'tab <- summary(fit)$table',
    'if (is.null(dim(tab))) tab <- t(tab)',
    'for (k in seq_len(nrow(tab))) {',
    '  columns <- c("records", "events", "median", "0.95LCL", "0.95UCL")',
    '  cat("EXPLORER curve", k, num(tab[k, columns]), "\\n")',
    '}',
  );
  if (input.times.length > 0) {
    out.push(
      'at <- summary(fit, times = times, extend = TRUE)',
      'at_group <- if (is.null(at$strata)) rep(1L, length(at$time)) else as.integer(at$strata)',
      'for (i in seq_along(at$time)) {',
      '  cat("EXPLORER at", at_group[i], num(c(at$time[i], at$surv[i], at$lower[i], at$upper[i])), "\\n")',
      '}',
    );
  }
  if (k > 1) {
    out.push(
      'lr_df <- sum(lr$exp > 0) - 1',
      'cat("EXPLORER logrank", num(c(lr$chisq, lr_df, pchisq(lr$chisq, lr_df, lower.tail = FALSE))), "\\n")',
      's <- summary(cox)',
      'for (j in seq_len(nrow(s$conf.int))) {',
      '  cat("EXPLORER hr", j + 1, num(c(s$conf.int[j, c(1, 3, 4)], s$coefficients[j, 5])), "\\n")',
      '}',
      'explorer_warnings(cox)',
    );
  }
  out.push('cat("#### EXPLORER NUMBERS END\\n")', '');
  return { fileName, script: out.join('\n'), csv: data.csv };
}
