/**
 * The statistics engine's public API: pure functions, typed arrays in, plain objects out.
 * Internal helpers (cox-*, km-find-quantiles, km-rows, log-rank-quadratic, mann-whitney-exact,
 * pearson-complete) are not re-exported.
 * See docs/engine.md.
 */
// Survival curves
export * from './kaplan-meier';
export * from './km-quantile';
export { kmConfLimits, kmZ } from './km-conf-int';
export * from './survival-at';
export * from './rmst';
export * from './reverse-km';
// Comparing survival
export * from './log-rank';
export * from './log-rank-trend';
export * from './cox';
export * from './model-matrix';
// Tests and correlations
export * from './chi-square';
export * from './chi-square-upper';
export * from './fisher-exact';
export * from './fisher-exact-odds';
export * from './mann-whitney';
export * from './t-test';
export * from './pearson';
export * from './spearman';
export * from './rank';
export * from './kinetics';
// Descriptive statistics and rank tests of k groups (Table 1)
export * from './quantile';
export * from './kruskal-wallis';
// Utilities
export * from './sort-order';
