# Kaplan–Meier, log-rank and CLI reference fixtures (sourced by tests/reference/generate.R).
# Writes tests/reference/km.json, km-logrank.json, km-cli.json (+ km-demo.json when the demo
# cohort exists) and the CSV inputs tests/fixtures/r-lung.csv, tests/fixtures/r-veteran.csv.
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

# ---- CLI: CSV inputs the engine has never seen, and what R says about them ---------------------
dir.create(file.path("tests", "fixtures"), showWarnings = FALSE)
write.csv(lung2, file.path("tests", "fixtures", "r-lung.csv"), row.names = FALSE, na = "")
vet_csv <- vet
vet_csv$celltype <- as.character(vet_csv$celltype)
write.csv(vet_csv, file.path("tests", "fixtures", "r-veteran.csv"), row.names = FALSE, na = "")
heart_csv <- heart2
heart_csv$transplant <- as.integer(as.character(heart_csv$transplant))
write.csv(heart_csv, file.path("tests", "fixtures", "r-heart.csv"), row.names = FALSE, na = "")

# The CLI's JSON for one survfit(~ group) call, with conf.type, times and tau as given.
cli_km <- function(fit, times, tau) {
  strata_names <- if (is.null(fit$strata)) list(NULL) else as.list(names(fit$strata))
  lapply(seq_along(strata_names), function(i) {
    f <- if (is.null(fit$strata)) fit else fit[i]
    at <- summary(f, times = times, extend = TRUE)
    rm <- summary(f, rmean = tau)$table
    # The median as print(fit) reports it (summary(fit)$table, survmean's rule).
    tab <- summary(f)$table
    list(group = strata_names[[i]], n = f$n, events = sum(f$n.event),
         median = fu(tab["median"])[[1]], medianLower = fu(tab[grep("LCL$", names(tab))])[[1]],
         medianUpper = fu(tab[grep("UCL$", names(tab))])[[1]],
         steps = list(time = fu(f$time), nRisk = fu(f$n.risk), nEvent = fu(f$n.event), nCensor = fu(f$n.censor),
                      surv = fu(f$surv), stdErr = fu(f$std.err), lower = fu(f$lower), upper = fu(f$upper)),
         at = list(time = fu(at$time), surv = fu(at$surv), lower = fu(at$lower), upper = fu(at$upper)),
         rmst = list(tau = tau, estimate = unname(rm["rmean"]), se = unname(rm["se(rmean)"])))
  })
}
cli_cox <- function(fit) {
  s <- summary(fit)
  list(n = fit$n, events = fit$nevent, names = as.list(names(coef(fit))), coef = fu(coef(fit)),
       se = fu(sqrt(diag(vcov(fit)))), lower = fu(s$conf.int[, 3]), upper = fu(s$conf.int[, 4]),
       p = fu(s$coefficients[, 5]), logLik = fu(fit$loglik),
       # summary() rounds the Wald statistic to 2 decimals: take it unrounded from the fit.
       lrTest = fu(s$logtest), waldTest = fu(c(fit$wald.test, s$waldtest[2:3])), scoreTest = fu(s$sctest),
       concordance = unname(fit$concordance["concordance"]))
}
cli_lr <- function(sd) {
  e <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
  df <- sum(e > 0) - 1
  list(chisq = sd$chisq, df = df, p = pchisq(sd$chisq, df, lower.tail = FALSE))
}
spear <- function(x, y) {
  ok <- !is.na(x) & !is.na(y)
  ct <- suppressWarnings(cor.test(x[ok], y[ok], method = "spearman", exact = FALSE))
  list(rho = unname(ct$estimate), p = ct$p.value, n = sum(ok))
}

vet_csv$celltype <- factor(vet_csv$celltype, levels = c("squamous", "smallcell", "adeno", "large"))
# A file that is not in the explorer's format is read as R reads it: lung's 1/2 `sex` is a
# number, one term named `sex` (R makes a factor only when told; the CLI's --levels).
# A file in the explorer's format is read by its data contract: mrd_neg_end_status is an event
# status whose event is 1 (lost negativity); 0 (still negative) and 2 (died negative) are censored.
demo_cli <- read.csv(file.path("tests", "fixtures", "demo-cohort.csv"))
demo_cli$mrd_neg_duration_months <- demo_cli$mrd_neg_end_months - demo_cli$mrd_first_neg_months
demo_cli$lost <- as.integer(demo_cli$mrd_neg_end_status == 1)
cli_cases <- list(
  list(name = "veteran by trt, Cox on trt + celltype + karno, levels given",
       args = c("--data", "tests/fixtures/r-veteran.csv", "--time", "time", "--event", "status", "--group", "trt",
                "--covariates", "trt,celltype,karno", "--levels", "celltype=squamous,smallcell,adeno,large",
                "--times", "30,90,180,400", "--tau", "365", "--spearman", "karno,age"),
       km = cli_km(survfit(Surv(time, status) ~ trt, data = vet_csv), c(30, 90, 180, 400), 365),
       logRank = cli_lr(survdiff(Surv(time, status) ~ trt, data = vet_csv)),
       cox = cli_cox(coxph(Surv(time, status) ~ trt + celltype + karno, data = vet_csv, ties = "efron")),
       spearman = spear(vet_csv$karno, vet_csv$age)),
  list(name = "lung (status 1/2, missing values) by sex stratified by ph.ecog, log-log, Breslow",
       args = c("--data", "tests/fixtures/r-lung.csv", "--time", "time", "--event", "status", "--group", "sex",
                "--strata", "ph.ecog", "--covariates", "age,sex,wt.loss", "--ties", "breslow",
                "--conf-type", "log-log", "--times", "180,365,730", "--tau", "700", "--spearman", "wt.loss,meal.cal"),
       km = cli_km(survfit(Surv(time, status) ~ sex, data = lung2, conf.type = "log-log"), c(180, 365, 730), 700),
       logRank = cli_lr(survdiff(Surv(time, status) ~ sex + strata(ph.ecog), data = lung2)),
       cox = cli_cox(coxph(Surv(time, status) ~ age + sex + wt.loss + strata(ph.ecog), data = lung2, ties = "breslow")),
       spearman = spear(lung2$wt.loss, lung2$meal.cal)),
  list(name = "heart with delayed entry by transplant, Cox on age + surgery + transplant",
       args = c("--data", "tests/fixtures/r-heart.csv", "--entry", "start", "--time", "stop", "--event", "event",
                "--group", "transplant", "--covariates", "age,surgery,transplant", "--times", "50,365", "--tau", "900"),
       km = cli_km(survfit(Surv(start, stop, event) ~ transplant, data = heart_csv), c(50, 365), 900),
       logRank = NULL,
       cox = cli_cox(coxph(Surv(start, stop, event) ~ age + surgery + transplant, data = heart_csv, ties = "efron"))),
  list(name = "lung with no group, plain CI",
       args = c("--data", "tests/fixtures/r-lung.csv", "--time", "time", "--event", "status",
                "--conf-type", "plain", "--times", "100,1000,2000", "--tau", "1000"),
       km = cli_km(survfit(Surv(time, status) ~ 1, data = lung2, conf.type = "plain"), c(100, 1000, 2000), 1000)),
  list(name = "demo cohort MRD-negative duration, status coded by the data contract (event = 1)",
       args = c("--data", "public/data/demo-cohort.arrow", "--time", "mrd_neg_duration_months",
                "--event", "mrd_neg_end_status", "--group", "prior_asct", "--covariates", "prior_asct,age_years",
                "--times", "12,24", "--tau", "24"),
       km = cli_km(survfit(Surv(mrd_neg_duration_months, lost) ~ prior_asct, data = demo_cli), c(12, 24), 24),
       logRank = cli_lr(survdiff(Surv(mrd_neg_duration_months, lost) ~ prior_asct, data = demo_cli)),
       cox = cli_cox(coxph(Surv(mrd_neg_duration_months, lost) ~ prior_asct + age_years, data = demo_cli, ties = "efron")))
)
write_fixture(cli_cases, "km-cli")

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
