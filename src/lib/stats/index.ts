/**
 * The statistics engine's public API: pure functions, typed arrays in, plain objects out.
 * Internal helpers (cox-*, fisher-support, km-find-quantiles, km-rows, log-rank-quadratic, cuminc-curve, gray-scores,
 * mann-whitney-exact, pearson-complete, solve-increasing) are not re-exported.
 * See docs/engine.md.
 */
// Survival curves
export * from './kaplan-meier';
export * from './km-quantile';
export { kmConfLimits, kmZ } from './km-conf-int';
export * from './survival-at';
export * from './rmst';
export * from './rmst-difference';
export * from './reverse-km';
export * from './cuminc';
export * from './cuminc-timepoints';
export * from './gray-test';
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
export * from './fisher-exact-odds-ci';
export * from './mann-whitney';
export * from './t-test';
export * from './pearson';
export * from './spearman';
export * from './rank';
export * from './kinetics';
export * from './auc-linear';
export * from './auc-linear-up-log-down';
export * from './visit-medians';
export * from './quantile';
export * from './kruskal-wallis';
export * from './welch-anova';
export * from './f-upper';
export * from './beta-incomplete';
export * from './beta-quantile';
export * from './clopper-pearson';
export * from './median-range';
export * from './response-occupancy';
// Multiplicity
export * from './p-adjust';
// Utilities
export * from './sort-order';
