# Multiplicity adjustments for the explorer's p-value families, computed by R's p.adjust
# (Holm 1979; Benjamini & Hochberg 1995): ties, missing p-values (NA, left out of the family),
# p = 1, a single p-value, an empty family. Writes tests/reference/padjust.json (sourced by
# generate.R, which defines write_fixture and fin).
set.seed(20261203)
cases <- list(
  list(label = "five distinct p-values", p = c(0.01, 0.04, 0.03, 0.005, 0.2)),
  list(label = "ties", p = c(0.02, 0.02, 0.01, 0.04, 0.04, 0.04)),
  list(label = "missing p-values are left out of the family", p = c(0.03, NA, 0.01, NA, 0.2)),
  list(label = "p = 1 and values that adjust above 1", p = c(1, 0.6, 0.5, 0.9)),
  list(label = "a single p-value", p = c(0.03)),
  list(label = "all equal", p = c(0.05, 0.05, 0.05)),
  list(label = "tiny and zero p-values", p = c(0, 1e-12, 3e-8, 0.5)),
  list(label = "twenty uniform p-values", p = runif(20)),
  list(label = "forty p-values, half near zero", p = c(rbeta(20, 0.3, 6), runif(20)))
)
out <- lapply(cases, function(cs) list(
  label = cs$label,
  p = fin(cs$p),
  holm = fin(p.adjust(cs$p, method = "holm")),
  BH = fin(p.adjust(cs$p, method = "BH"))
))
write_fixture(list(r_call = "p.adjust(p, method = 'holm' | 'BH')", cases = out), "padjust")
