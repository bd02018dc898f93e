import type { RScript, Ties } from '../engine/types';
import { rComment } from './r-comment';
import { rData } from './r-data';
import { R_HELPERS } from './r-helpers';
import { rName, rString } from './r-literal';
import { rScriptHeader, type RScriptAbout } from './r-script-header';

/** One Cox model of a forest view: its complete cases and its design columns. */
export interface ForestScriptModel {
  title: string;
  /** Comment paragraphs on the model's columns. */
  notes: readonly string[];
  time: ArrayLike<number>;
  /** 1 = event, 0 = censored. */
  event: ArrayLike<number>;
  /** One column per term, named as R's model.matrix names it (the forest's rows, in order). */
  terms: readonly { name: string; values: ArrayLike<number> }[];
}

/** The models of a forest view, as the engine fitted them. */
export interface ForestScriptInput {
  /** File name without extension; the CSV, when there is one, gets the same name. */
  baseName: string;
  about: RScriptAbout;
  /** Comment paragraphs on the data as a whole. */
  notes: readonly string[];
  ties: Ties;
  models: readonly ForestScriptModel[];
  /** Factors the explorer could not fit, with its reason (the script says so). */
  skipped: readonly { title: string; reason: string }[];
  /** More rows than this (all models together) go to a CSV beside the script. */
  embedLimit: number;
}

/**
 * A self-contained R script reproducing a forest view with the survival package: per model its
 * complete cases as a data frame `dK` (or rows of one CSV beside the script) and
 * `summary(coxph(Surv(time, event) ~ terms, ties))`; then every number at 17 significant digits
 * in "EXPLORER" lines: `model k n events lr lr_df lr_p concordance`,
 * `term k j hr lower upper p` (j = term position) and `warning k …`.
 * @example rScriptForest(input).script.includes('ties = "breslow"') // true
 */
export function rScriptForest(input: ForestScriptInput): RScript {
  const fileName = `${input.baseName}.R`;
  const data = rData(
    input.models.map((m, i) => ({
      variable: `d${i + 1}`,
      key: m.terms.map((t) => t.name).join('+'),
      columns: [
        { name: 'time', values: m.time },
        { name: 'event', values: m.event },
        ...m.terms.map((t) => ({ name: t.name, values: t.values })),
      ],
    })),
    { csvFileName: `${input.baseName}.csv`, embedLimit: input.embedLimit },
  );
  const out: string[] = [
    rScriptHeader(input.about, fileName, data.csv?.fileName ?? null),
    '',
    'library(survival)',
    '',
    R_HELPERS,
    '',
    '# ---- Data ----',
    ...input.notes.map((n) => rComment(n)),
    ...(data.read ? [data.read] : []),
    '',
    `cat(${rString(input.about.title)}, "\\n\\n")`,
  ];
  const n = input.models.length;
  input.models.forEach((m, i) => {
    const formula = formulaLines(m.terms.map((t) => rName(t.name)));
    out.push(
      '',
      rComment(`---- Model ${i + 1} of ${n}: ${m.title} ----`),
      ...m.notes.map((note) => rComment(note)),
      ...(data.blocks[i] ? [data.blocks[i]] : []),
      `cat(${rString(`\n---- Model ${i + 1} of ${n}: ${m.title} ----\n`)})`,
      `m${i + 1} <- keep_warnings(coxph(`,
      `  ${formula},`,
      `  data = d${i + 1}, ties = ${rString(input.ties)}))`,
      `print(summary(m${i + 1}))`,
    );
  });
  for (const s of input.skipped) {
    out.push('', rComment(`No model for ${s.title}: ${s.reason}`));
  }
  out.push(
    '',
    '# ---- Every number above, at 17 significant digits, for a program to compare ----',
    'cat("\\n#### EXPLORER NUMBERS BEGIN\\n")',
    `models <- list(${input.models.map((_, i) => `m${i + 1}`).join(', ')})`,
    'for (k in seq_along(models)) {',
    '  m <- models[[k]]',
    '  s <- summary(m)',
    '  concordance <- if (is.null(s$concordance)) NA else s$concordance[1]',
    '  cat("EXPLORER model", k, num(c(m$n, m$nevent, s$logtest, concordance)), "\\n")',
    '  for (j in seq_len(nrow(s$conf.int))) {',
    '    cat("EXPLORER term", k, j, num(c(s$conf.int[j, c(1, 3, 4)], s$coefficients[j, 5])), "\\n")',
    '  }',
    '  explorer_warnings(m, k)',
    '}',
    'cat("#### EXPLORER NUMBERS END\\n")',
    '',
  );
  return { fileName, script: out.join('\n'), csv: data.csv };
}

/** `Surv(time, event) ~ a + b + …`, broken after a "+" before a line passes 100 characters. */
function formulaLines(terms: readonly string[]): string {
  let line = '';
  const lines: string[] = [];
  terms.forEach((t, i) => {
    const piece = (i === 0 ? 'Surv(time, event) ~ ' : '') + t;
    if (i > 0 && line.length + piece.length + 5 > 98) {
      lines.push(line + ' +');
      line = '    ' + piece;
    } else line += (i > 0 ? ' + ' : '') + piece;
  });
  lines.push(line);
  return lines.join('\n');
}
