# A per-month hazard ratio on a second scale (per 12 months), as the forest plot writes it beside
# the row: coxph on the covariate divided by 12 (Efron), whose HR and Wald 95% CI are exp(12 × coef)
# and exp(12 × (coef ± 1.96 se)) of the per-month fit. The duration of MRD negativity is derived
# here again from tests/fixtures/demo-cohort.csv (mrd_neg_end_months − mrd_first_neg_months).
# Writes tests/reference/rescaled.json (sourced by generate.R: write_fixture).
d <- read.csv(file.path("tests", "fixtures", "demo-cohort.csv"))
d$dur <- d$mrd_neg_end_months - d$mrd_first_neg_months
fits <- lapply(list(c("pfs", "pfs_months", "pfs_event"), c("os", "os_months", "os_event")), function(e) {
  per_month <- summary(coxph(Surv(d[[e[2]]], d[[e[3]]]) ~ d$dur, ties = "efron"))$conf.int
  per_year <- summary(coxph(Surv(d[[e[2]]], d[[e[3]]]) ~ I(d$dur / 12), ties = "efron"))$conf.int
  list(endpoint = e[1],
    per_month = list(hr = per_month[1, 1], lower = per_month[1, 3], upper = per_month[1, 4]),
    per_12_months = list(hr = per_year[1, 1], lower = per_year[1, 3], upper = per_year[1, 4]))
})
write_fixture(list(fits = fits), "rescaled")
