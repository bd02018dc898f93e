# The hazard ratio annotation drawn on the Kaplan–Meier plot (src/lib/layout/hr-annotation.ts),
# checked against coxph: PFS and OS of the simulated demo cohort by stratifiers with three to five
# groups, Efron ties, Wald 95% CI, the reference the largest group (the explorer's rule: relevel),
# the other groups in R's level order. Writes tests/reference/hr-annotation.json (sourced by
# generate.R, which defines write_fixture).
d <- read.csv(file.path("tests", "fixtures", "demo-cohort.csv"), stringsAsFactors = FALSE)
cases <- list()
for (ep in c("pfs", "os")) {
  for (s in c("isotype", "iss_stage", "best_response")) {
    time <- d[[paste0(ep, "_months")]]
    event <- d[[paste0(ep, "_event")]]
    g <- d[[s]]
    g[!is.na(g) & g == ""] <- NA
    ok <- !is.na(time) & !is.na(event) & !is.na(g)
    g <- factor(g[ok])
    g <- relevel(g, ref = names(which.max(table(g))))
    warnings <- character(0)
    fit <- withCallingHandlers(
      coxph(Surv(time[ok], event[ok]) ~ g, ties = "efron"),
      warning = function(w) {
        warnings <<- c(warnings, conditionMessage(w))
        invokeRestart("muffleWarning")
      }
    )
    ci <- summary(fit)$conf.int
    cases[[length(cases) + 1]] <- list(
      endpoint = ep,
      stratifier = s,
      levels = levels(g),
      n = as.vector(table(g)),
      hr = fin(unname(ci[, "exp(coef)"])),
      lower = fin(unname(ci[, "lower .95"])),
      upper = fin(unname(ci[, "upper .95"])),
      cox_warnings = as.list(warnings)
    )
  }
}
write_fixture(list(
  r = R.version.string,
  survival = as.character(packageVersion("survival")),
  call = "coxph(Surv(time, event) ~ relevel(factor(g), ref = largest), ties = 'efron'); summary()$conf.int",
  cases = cases
), "hr-annotation")
