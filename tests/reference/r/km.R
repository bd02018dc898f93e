# Kaplan–Meier and log-rank reference fixtures (sourced by tests/reference/generate.R).
# Writes tests/reference/km.json, km-logrank.json (+ km-demo.json when the demo cohort exists).
# The CLI's fixtures (km-cli.json and the CSVs it reads) are written by cli.R.
# Every vector goes through fu() (fin() without names) so that NA/NaN/Inf become JSON null and length-1 vectors stay arrays.

# fin() keeps names, which would turn a named vector into a JSON object: drop them first.
fu <- function(v) fin(unname(v))

conf_types <- c("log", "log-log", "plain")
probs <- c(0.25, 0.5, 0.75)

# One survfit() fit, reported the way the TypeScript KaplanMeierFit is shaped.
km_fit <- function(time, status, entry, conf.type, times, tau, conf.int) {
  y <- if (is.null(entry)) Surv(time, status) else Surv(entry, time, status)
  fit <- survfit(y ~ 1, conf.type = conf.type, conf.int = conf.int)
  q <- quantile(fit, probs = probs)
  tab <- summary(fit)$table
  at <- summary(fit, times = times, extend = TRUE)
  rmean <- tryCatch(summary(fit, rmean = tau)$table[c("rmean", "se(rmean)")], error = function(e) NULL)
  list(
    n = fit$n, events = sum(fit$n.event),
    time = fu(fit$time), n_risk = fu(fit$n.risk), n_event = fu(fit$n.event),
    n_censor = fu(fit$n.censor), surv = fu(fit$surv), std_err = fu(fit$std.err),
    lower = fu(fit$lower), upper = fu(fit$upper),
    quantile = list(p = fu(probs), q = fu(q$quantile), lower = fu(q$lower), upper = fu(q$upper)),
    # The median as print(fit) / summary(fit)$table report it (survmean's rule).
    table = list(median = fu(tab["median"]), lower = fu(tab[grep("LCL$", names(tab))]),
                 upper = fu(tab[grep("UCL$", names(tab))])),
    at = list(times = fu(times), time = fu(at$time), surv = fu(at$surv), lower = fu(at$lower),
              upper = fu(at$upper), n_risk = fu(at$n.risk)),
    rmean = if (is.null(rmean)) NULL else list(tau = tau, estimate = unname(rmean[1]), se = unname(rmean[2]))
  )
}

# Median follow-up by the reverse Kaplan–Meier method: censoring is the "event". The median as
# print(fit) reports it (summary(fit)$table), as for every median the explorer shows.
reverse_km <- function(time, status) {
  tab <- summary(survfit(Surv(time, 1 - status) ~ 1))$table
  list(median = fu(tab["median"])[[1]], lower = fu(tab["0.95LCL"])[[1]], upper = fu(tab["0.95UCL"])[[1]])
}

km_case <- function(name, time, status, entry = NULL, times = c(0, 1, 2, 5), tau = NULL, conf.int = 0.95) {
  if (is.null(tau)) tau <- max(time)
  fits <- lapply(conf_types, function(ct) km_fit(time, status, entry, ct, times, tau, conf.int))
  names(fits) <- conf_types
  list(name = name, conf_level = conf.int, time = fu(time), status = fu(status),
       entry = if (is.null(entry)) NULL else fu(entry), fits = fits,
       reverse = reverse_km(time, status))
}

lung2 <- survival::lung
pbc2 <- survival::pbc
heart2 <- survival::heart
aml2 <- survival::aml
vet <- survival::veteran
km_cases <- list(
  km_case("aml Maintained", aml2$time[aml2$x == "Maintained"], aml2$status[aml2$x == "Maintained"], times = c(0, 10, 25, 50, 200), tau = 40),
  km_case("aml Nonmaintained", aml2$time[aml2$x == "Nonmaintained"], aml2$status[aml2$x == "Nonmaintained"], times = c(5, 12, 30), tau = 40),
  km_case("ovarian", ovarian$futime, ovarian$fustat, times = c(100, 365, 730, 2000), tau = 1000),
  km_case("lung", lung2$time, lung2$status - 1, times = c(0, 180, 365, 730, 1200), tau = 730),
  km_case("veteran", vet$time, vet$status, times = c(30, 90, 180, 365, 1000), tau = 365),
  km_case("veteran, 90% confidence level", vet$time, vet$status, times = c(30, 90, 180, 365, 1000), tau = 365, conf.int = 0.9),
  km_case("pbc death", pbc2$time, as.integer(pbc2$status == 2), times = c(365, 1825, 3650), tau = 3650),
  km_case("heart left-truncated", heart2$stop, heart2$event, entry = heart2$start, times = c(0, 10, 100, 365, 2000), tau = 1000),
  km_case("left-truncated with ties", c(3, 4, 5, 6, 2, 5, 4), c(1, 0, 1, 1, 1, 0, 1), entry = c(0, 0, 1, 2, 0, 4, 3), times = c(0, 1, 2.5, 5, 10), tau = 5.5),
  km_case("one patient with an event", 5, 1, times = c(1, 5, 9), tau = 7),
  km_case("one patient censored", 5, 0, times = c(1, 5, 9), tau = 7),
  km_case("all censored", c(2, 4, 4, 7, 9), c(0, 0, 0, 0, 0), times = c(3, 10), tau = 8),
  km_case("all events at one time", c(3, 3, 3, 3), c(1, 1, 1, 1), times = c(1, 3, 4), tau = 5),
  km_case("ties between events and censorings", c(1, 2, 2, 2, 3, 3, 4, 6, 6), c(1, 1, 0, 1, 0, 1, 0, 1, 0), times = c(2, 3, 5, 7), tau = 6),
  km_case("survival reaches zero", c(1, 2, 3, 4), c(1, 1, 1, 1), times = c(0.5, 2, 4, 6), tau = 5),
  km_case("curve flat at exactly 0.5 to the end", c(1, 2, 3, 4), c(1, 1, 0, 0), times = c(2, 4), tau = 4),
  # Its mirror: the reverse curve (median follow-up) is flat at 0.5 to the end, where print's
  # median (2) and quantile()'s (3) differ.
  km_case("reverse curve flat at exactly 0.5 to the end", c(1, 2, 3, 4), c(0, 0, 1, 1), times = c(2, 4), tau = 4),
  km_case("median not reached", c(1, 3, 4, 6, 8, 9, 10), c(1, 0, 1, 0, 0, 0, 0), times = c(2, 9), tau = 10),
  km_case("two patients", c(2, 5), c(1, 1), times = c(1, 2, 3, 5), tau = 4),
  km_case("censor before first event", c(1, 2, 3, 3.5, 8), c(0, 1, 0, 1, 1), times = c(0.5, 3, 8), tau = 8)
)
write_fixture(km_cases, "km")

# ---- log-rank (survdiff), Fleming–Harrington, stratified, trend -------------------------------
# Trend across ordered groups, scores w = 1..k: chisq = (w'(O-E))^2 / (w' V w), df = 1.
trend_test <- function(sd) {
  o <- if (is.matrix(sd$obs)) rowSums(sd$obs) else sd$obs
  e <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
  w <- seq_along(o)
  chisq <- sum(w * (o - e))^2 / drop(t(w) %*% sd$var %*% w)
  list(chisq = chisq, df = 1, p = pchisq(chisq, 1, lower.tail = FALSE))
}

lr_case <- function(name, time, status, group, strata = NULL, rho = 0) {
  keep <- !is.na(time) & !is.na(status) & !is.na(group) & (if (is.null(strata)) TRUE else !is.na(strata))
  g <- factor(group[keep])
  sd <- if (is.null(strata)) survdiff(Surv(time[keep], status[keep]) ~ g, rho = rho)
        else { s <- strata[keep]; survdiff(Surv(time[keep], status[keep]) ~ g + strata(s), rho = rho) }
  o <- if (is.matrix(sd$obs)) rowSums(sd$obs) else sd$obs
  e <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
  df <- sum(e > 0) - 1
  # Group codes 0..k-1 in factor-level order; -1 marks a missing value (dropped, as na.omit).
  code <- function(v) ifelse(is.na(v), -1L, as.integer(factor(v)) - 1L)
  list(name = name, rho = rho, time = fu(time), status = fu(status), group = fu(code(group)),
       strata = if (is.null(strata)) NULL else fu(code(strata)),
       n = sum(keep), chisq = sd$chisq, df = df, p = pchisq(sd$chisq, df, lower.tail = FALSE),
       observed = fu(o), expected = fu(e), variance = lapply(seq_len(nrow(sd$var)), function(i) fu(sd$var[i, ])),
       trend = trend_test(sd))
}

rats2 <- survival::rats
lr_cases <- list(
  lr_case("aml by maintenance", aml2$time, aml2$status, aml2$x),
  lr_case("aml by maintenance, rho = 1", aml2$time, aml2$status, aml2$x, rho = 1),
  lr_case("ovarian by rx", ovarian$futime, ovarian$fustat, ovarian$rx),
  lr_case("lung by sex", lung2$time, lung2$status - 1, lung2$sex),
  lr_case("lung by sex, rho = 1", lung2$time, lung2$status - 1, lung2$sex, rho = 1),
  lr_case("lung by ph.ecog (4 ordered groups, one missing)", lung2$time, lung2$status - 1, lung2$ph.ecog),
  lr_case("lung by sex stratified by ph.ecog", lung2$time, lung2$status - 1, lung2$sex, strata = lung2$ph.ecog),
  lr_case("veteran by celltype (4 groups)", vet$time, vet$status, vet$celltype),
  lr_case("veteran by celltype, rho = 1", vet$time, vet$status, vet$celltype, rho = 1),
  lr_case("pbc death by stage (trend, missing stage)", pbc2$time, as.integer(pbc2$status == 2), pbc2$stage),
  lr_case("rats by rx stratified by litter", rats2$time, rats2$status, rats2$rx, strata = rats2$litter),
  lr_case("rats by rx stratified by litter, rho = 1", rats2$time, rats2$status, rats2$rx, strata = rats2$litter, rho = 1),
  lr_case("a group with zero events", c(1, 2, 3, 4, 5, 6, 7), c(1, 0, 1, 1, 0, 0, 0), c(1, 1, 1, 1, 2, 2, 2)),
  lr_case("a 2-patient group", c(1, 2, 3, 4, 5, 6, 7, 8), c(1, 1, 0, 1, 1, 0, 1, 1), c("a", "a", "a", "a", "a", "a", "b", "b")),
  lr_case("ties across groups", c(2, 2, 2, 3, 3, 5, 5, 5, 6), c(1, 1, 0, 1, 1, 1, 0, 1, 1), c(1, 2, 3, 1, 2, 3, 1, 2, 3))
)
write_fixture(lr_cases, "km-logrank")

# ---- the simulated demo cohort, when the simulator has written it ------------------------------
demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
if (file.exists(demo_path)) {
  demo <- read.csv(demo_path)
  ok_pfs <- !is.na(demo$pfs_months) & !is.na(demo$pfs_event)
  ok_os <- !is.na(demo$os_months) & !is.na(demo$os_event)
  write_fixture(list(
    km_case("demo cohort PFS", demo$pfs_months[ok_pfs], demo$pfs_event[ok_pfs], times = c(6, 12, 24, 36, 60), tau = 36),
    km_case("demo cohort OS", demo$os_months[ok_os], demo$os_event[ok_os], times = c(6, 12, 24, 36, 60), tau = 36)
  ), "km-demo")
} else {
  cat("km.R: tests/fixtures/demo-cohort.csv not found; km-demo.json not written\n")
}
