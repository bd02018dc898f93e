/**
 * The two R helpers every generated script defines: `num()` writes numbers for the
 * machine-readable block at 17 significant digits (`sprintf("%.17g")`, as `format(x, digits = 17)`;
 * NA, Inf and NaN as R prints them), and `keep_warnings()` runs a model fit and keeps R's warnings
 * with it (they are still printed as usual) so the block can list them.
 * @example R_HELPERS.startsWith('# Helpers') // true
 */
export const R_HELPERS = [
  '# Helpers for the machine-readable block at the end.',
  'num <- function(x) sprintf("%.17g", as.numeric(x))',
  'keep_warnings <- function(expr) {',
  '  warned <- character()',
  '  fit <- withCallingHandlers(expr, warning = function(w) {',
  '    warned <<- c(warned, conditionMessage(w))',
  '  })',
  '  attr(fit, "explorer_warnings") <- warned',
  '  fit',
  '}',
  'explorer_warnings <- function(fit, ...) {',
  '  for (w in attr(fit, "explorer_warnings")) {',
  '    cat("EXPLORER warning", ..., gsub("[[:space:]]+", " ", w), "\\n")',
  '  }',
  '}',
].join('\n');
