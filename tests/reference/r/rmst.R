# Restricted mean survival time (RMST) per group and its difference and ratio vs the reference
# group. Per group: survfit's summary(fit, rmean = tau)$table[, c("rmean", "se(rmean)")].
# Contrasts: recomputed by hand with survRM2::rmst2's unadjusted formulas (survRM2 is not
# installed here): difference d = mu1 - mu0, se = sqrt(se1^2 + se0^2), CI d +- z se,
# p = 2 pnorm(-|d/se|); ratio on the log scale, se = sqrt(se1^2/mu1^2 + se0^2/mu0^2).
# The per-group variance is survfit's (for unweighted data the same Greenwood plug-in formula as
# survRM2's rmst1). Default tau: the smallest of the groups' last observed times.
# Writes tests/reference/rmst.json (sourced by generate.R, which defines write_fixture and fin).
z <- qnorm(0.975)
rmst_case <- function(label, time, event, g, tau = NULL, extra = list()) {
  ok <- !is.na(time) & !is.na(event) & !is.na(g)
  time <- time[ok]; event <- event[ok]; g <- droplevels(g[ok])
  last <- tapply(time, g, max)
  tau_default <- is.null(tau)
  if (tau_default) tau <- min(last)
  fit <- survfit(Surv(time, event) ~ g)
  tab <- summary(fit, rmean = tau)$table
  mu <- unname(tab[, "rmean"]); se <- unname(tab[, "se(rmean)"])
  groups <- lapply(seq_along(levels(g)), function(k) list(
    level = levels(g)[k], n = sum(g == levels(g)[k]), last_time = unname(last[k]),
    rmst = mu[k], se = se[k], lower = mu[k] - z * se[k], upper = mu[k] + z * se[k]))
  contrasts <- lapply(seq_along(levels(g))[-1], function(k) {
    d <- mu[k] - mu[1]; dse <- sqrt(se[k]^2 + se[1]^2)
    lr <- log(mu[k]) - log(mu[1]); lse <- sqrt(se[k]^2 / mu[k]^2 + se[1]^2 / mu[1]^2)
    list(level = levels(g)[k],
      diff = d, diff_se = dse, diff_lower = d - z * dse, diff_upper = d + z * dse,
      diff_p = 2 * pnorm(-abs(d) / dse),
      ratio = exp(lr), ratio_log_se = lse, ratio_lower = exp(lr - z * lse),
      ratio_upper = exp(lr + z * lse), ratio_p = 2 * pnorm(-abs(lr) / lse))
  })
  c(list(label = label, tau = tau, tau_default = tau_default, groups = groups,
    contrasts = contrasts), extra)
}
cases <- list()
lung <- read.csv(file.path("tests", "fixtures", "r-lung.csv"))
cases[[length(cases) + 1]] <- rmst_case("lung by sex", lung$time, lung$status - 1,
  factor(lung$sex), extra = list(data = "lung", column = "sex"))
cases[[length(cases) + 1]] <- rmst_case("lung by sex, tau = 365 days", lung$time,
  lung$status - 1, factor(lung$sex), tau = 365, extra = list(data = "lung", column = "sex"))
colon <- read.csv(file.path("tests", "fixtures", "r-colon.csv"))
colon <- colon[colon$etype == 2, ]
rx <- factor(colon$rx, levels = c("Obs", "Lev", "Lev+5FU"))
cases[[length(cases) + 1]] <- rmst_case("colon deaths by treatment (3 groups)", colon$time,
  colon$status, rx, extra = list(data = "colon", column = "rx"))
cases[[length(cases) + 1]] <- rmst_case("colon deaths by treatment, tau = 1825 days",
  colon$time, colon$status, rx, tau = 1825, extra = list(data = "colon", column = "rx"))

demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
if (file.exists(demo_path)) {
  d <- read.csv(demo_path, stringsAsFactors = FALSE)
  all3 <- function(a, b, c) ifelse(a == 1 & b == 1 & c == 1, 1, ifelse(a == 0 | b == 0 | c == 0, 0, NA))
  any_of <- function(...) {
    m <- cbind(...)
    ifelse(rowSums(m == 1, na.rm = TRUE) > 0, 1, ifelse(rowSums(is.na(m)) > 0, NA, 0))
  }
  # Derived as in tests/reference/r/explorer.R (docs/data-format.md rules).
  s <- list(
    triple_refractory = all3(d$pi_refractory, d$imid_refractory, d$mab_refractory),
    high_risk_ca = ifelse(d$fish_evaluable == 0, NA, any_of(d$del17p, d$t_4_14, d$t_14_16)),
    bm_burden_high = as.integer(d$bm_pc_pct >= 50),
    mrd_group = ifelse(is.na(d$mrd_first_neg_months), "persistent_pos",
      c("sustained_neg", "lost_neg", "died_mrd_neg")[d$mrd_neg_end_status + 1])
  )
  endpoints <- list(pfs = c("pfs_months", "pfs_event"), os = c("os_months", "os_event"))
  for (ep in names(endpoints)) for (name in names(s)) for (tau in list(NULL, 36)) {
    time <- d[[endpoints[[ep]][1]]]; event <- d[[endpoints[[ep]][2]]]
    g <- s[[name]]
    ok <- !is.na(time) & !is.na(event) & !is.na(g)
    # The explorer's reference: 0 of a yes/no column, else the largest group (R's relevel).
    f <- factor(g[ok])
    if (!identical(levels(f), c("0", "1"))) f <- relevel(f, ref = names(which.max(table(f))))
    cases[[length(cases) + 1]] <- rmst_case(
      paste0(ep, " by ", name, if (is.null(tau)) "" else paste0(", tau = ", tau)),
      time[ok], event[ok], f, tau = tau,
      extra = list(data = "demo", endpoint = ep, stratifier = name))
  }
}
write_fixture(list(
  r_call = "summary(survfit(Surv(time, event) ~ g), rmean = tau)$table; contrasts as survRM2::rmst2",
  cases = cases), "rmst")
