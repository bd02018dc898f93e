# The headless CLI's reference fixture (sourced by tests/reference/generate.R, which defines
# write_fixture and fin): CSV inputs the engine has never seen, written here from R's datasets
# (tests/fixtures/r-lung.csv, r-veteran.csv, r-heart.csv, r-colon.csv), and for each case the
# CLI's arguments with what R says about them. Writes tests/reference/km-cli.json.
# Every vector goes through fu() (fin() without names) so that NA/NaN/Inf become JSON null and
# length-1 vectors stay arrays.
source(file.path("tests", "reference", "r", "lib", "fisher-conditional.R"), local = TRUE)
fu <- function(v) fin(unname(v))
lung2 <- survival::lung
heart2 <- survival::heart
vet <- survival::veteran
# Deaths (etype 2) of the colon cancer adjuvant trial: rx has three levels, nodes and differ
# have missing values.
colon2 <- survival::colon[survival::colon$etype == 2, ]
colon2$rx <- as.character(colon2$rx)

# ---- CLI: CSV inputs the engine has never seen, and what R says about them ---------------------
dir.create(file.path("tests", "fixtures"), showWarnings = FALSE)
write.csv(lung2, file.path("tests", "fixtures", "r-lung.csv"), row.names = FALSE, na = "")
vet_csv <- vet
vet_csv$celltype <- as.character(vet_csv$celltype)
write.csv(vet_csv, file.path("tests", "fixtures", "r-veteran.csv"), row.names = FALSE, na = "")
heart_csv <- heart2
heart_csv$transplant <- as.integer(as.character(heart_csv$transplant))
write.csv(heart_csv, file.path("tests", "fixtures", "r-heart.csv"), row.names = FALSE, na = "")
write.csv(colon2, file.path("tests", "fixtures", "r-colon.csv"), row.names = FALSE, na = "")

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

# ---- the CLI's --test, --rho, --landmark, --follow-up and --as-published ----------------------
# --test as R's htest: wilcox.test(x ~ by, exact = FALSE, correct = TRUE), t.test(x ~ by) (Welch;
# estimate = first level's mean minus the second's), fisher.test(table(x, by)). n = rows used.
htest <- function(h, n, estimate = NULL, lower = NULL, upper = NULL) {
  list(method = h$method, statistic = if (is.null(h$statistic)) NULL else unname(h$statistic),
       df = if (is.null(h$parameter)) NULL else unname(h$parameter), p = h$p.value,
       estimate = estimate, lower = lower, upper = upper, n = n)
}
wilcoxon <- function(x, by) {
  ok <- !is.na(x) & !is.na(by)
  htest(wilcox.test(x ~ by, exact = FALSE, correct = TRUE), sum(ok))
}
welch <- function(x, by) {
  ok <- !is.na(x) & !is.na(by)
  h <- t.test(x ~ by)
  htest(h, sum(ok), unname(h$estimate[1] - h$estimate[2]), h$conf.int[1], h$conf.int[2])
}
# The CLI solves fisher.test's odds-ratio equations to machine precision (fisher_conditional);
# fisher.test's own uniroot answers (~1e-4) are kept as rEstimate, rLower, rUpper.
fisher <- function(x, by) {
  m <- table(x, by)
  h <- fisher.test(m)
  out <- htest(h, sum(m))
  if (all(dim(m) == 2)) {
    fc <- fisher_conditional(m)
    out$estimate <- fu(fc$estimate)[[1]]; out$lower <- fu(fc$lower)[[1]]; out$upper <- fu(fc$upper)[[1]]
    out$rEstimate <- fu(h$estimate)[[1]]; out$rLower <- fu(h$conf.int[1])[[1]]; out$rUpper <- fu(h$conf.int[2])[[1]]
  }
  out
}
# Median follow-up (reverse Kaplan–Meier), as print(fit) reports it: summary(fit)$table.
follow_up <- function(fit) {
  tab <- summary(fit)$table
  list(median = fu(tab["median"])[[1]], lower = fu(tab[grep("LCL$", names(tab))])[[1]],
       upper = fu(tab[grep("UCL$", names(tab))])[[1]], n = unname(tab["records"]))
}
# A landmark analysis: the rows with time > L, time counted from L.
landmark <- function(d, L, time = "time") {
  d <- d[!is.na(d[[time]]) & d[[time]] > L, ]
  d[[time]] <- d[[time]] - L
  d
}

colon_csv <- "tests/fixtures/r-colon.csv"
colon_sex10 <- transform(colon2, sex = factor(sex, levels = c(1, 0)))
colon_two_rx <- transform(colon2, rx = factor(rx, levels = c("Lev+5FU", "Obs")))
colon_obstruct10 <- transform(colon2, obstruct = factor(obstruct, levels = c(1, 0)))
colon_lm <- transform(landmark(colon2, 365), rx = factor(rx, levels = c("Obs", "Lev", "Lev+5FU")))
lung_lm <- landmark(lung2, 180)
vet_trt21 <- transform(vet_csv, trt = factor(trt, levels = c(2, 1)))
# The demo cohort's car_persist_ge6 "as published": persistence ≥ 6 months, a patient followed
# for less counted as below (docs/data-format.md; as tests/reference/r/explorer.R).
demo_cli$car_persist_ge6 <- ifelse(is.na(demo_cli$car_persist_months), NA,
  as.integer(demo_cli$car_persist_months >= 6))
demo_lm <- landmark(demo_cli, 6, "os_months")
test_only <- list(km = list(), logRank = NULL, cox = NULL, spearman = NULL)
cli_cases <- c(cli_cases, list(
  c(list(name = "colon (new dataset): wilcoxon age by sex, without --time/--event",
         args = c("--data", colon_csv, "--test", "wilcoxon", "--x", "age", "--by", "sex"),
         test = wilcoxon(colon2$age, colon2$sex)), test_only),
  c(list(name = "colon: welch nodes (missing values) by sex, with --spearman, without --time/--event",
         args = c("--data", colon_csv, "--test", "welch", "--x", "nodes", "--by", "sex", "--spearman", "age,nodes"),
         test = welch(colon2$nodes, colon2$sex)), test_only[1:3], list(spearman = spear(colon2$age, colon2$nodes))),
  c(list(name = "colon: welch nodes by sex, --levels sex=1,0 (the estimate changes sign)",
         args = c("--data", colon_csv, "--test", "welch", "--x", "nodes", "--by", "sex", "--levels", "sex=1,0"),
         test = welch(colon_sex10$nodes, colon_sex10$sex)), test_only),
  c(list(name = "colon: wilcoxon age by two of rx's three levels, chosen and ordered by --levels",
         args = c("--data", colon_csv, "--test", "wilcoxon", "--x", "age", "--by", "rx", "--levels", "rx=Lev+5FU,Obs"),
         test = wilcoxon(colon_two_rx$age, colon_two_rx$rx)), test_only),
  c(list(name = "colon: fisher sex by obstruct (2 x 2)",
         args = c("--data", colon_csv, "--test", "fisher", "--x", "sex", "--by", "obstruct"),
         test = fisher(colon2$sex, colon2$obstruct)), test_only),
  c(list(name = "colon: fisher sex by obstruct, --levels obstruct=1,0 (the odds ratio inverts)",
         args = c("--data", colon_csv, "--test", "fisher", "--x", "sex", "--by", "obstruct", "--levels", "obstruct=1,0"),
         test = fisher(colon_obstruct10$sex, colon_obstruct10$obstruct)), test_only),
  c(list(name = "colon: fisher sex by rx (2 x 3: p only)",
         args = c("--data", colon_csv, "--test", "fisher", "--x", "sex", "--by", "rx"),
         test = fisher(colon2$sex, colon2$rx)), test_only),
  list(name = "colon: death by rx, Peto-Peto (--rho 1), landmark 365 days, follow-up, Cox; welch age by sex on every row",
       args = c("--data", colon_csv, "--time", "time", "--event", "status", "--group", "rx",
                "--levels", "rx=Obs,Lev,Lev+5FU", "--rho", "1", "--landmark", "365", "--follow-up",
                "--covariates", "rx,age,nodes", "--times", "365,1095", "--tau", "1825",
                "--test", "welch", "--x", "age", "--by", "sex"),
       km = cli_km(survfit(Surv(time, status) ~ rx, data = colon_lm), c(365, 1095), 1825),
       logRank = cli_lr(survdiff(Surv(time, status) ~ rx, data = colon_lm, rho = 1)),
       cox = cli_cox(coxph(Surv(time, status) ~ rx + age + nodes, data = colon_lm, ties = "efron")),
       test = welch(colon2$age, colon2$sex),
       followUp = follow_up(survfit(Surv(time, 1 - status) ~ 1, data = colon_lm))),
  list(name = "lung: Peto-Peto (--rho 1) by sex stratified by ph.ecog, follow-up",
       args = c("--data", "tests/fixtures/r-lung.csv", "--time", "time", "--event", "status", "--group", "sex",
                "--strata", "ph.ecog", "--rho", "1", "--follow-up", "--times", "180,365", "--tau", "700"),
       km = cli_km(survfit(Surv(time, status) ~ sex, data = lung2), c(180, 365), 700),
       logRank = cli_lr(survdiff(Surv(time, status) ~ sex + strata(ph.ecog), data = lung2, rho = 1)),
       followUp = follow_up(survfit(Surv(time, 2 - status) ~ 1, data = lung2))),
  list(name = "lung: landmark 180 days by sex, log-log, Cox on age + sex, follow-up on the landmark clock",
       args = c("--data", "tests/fixtures/r-lung.csv", "--time", "time", "--event", "status", "--group", "sex",
                "--landmark", "180", "--conf-type", "log-log", "--covariates", "age,sex", "--follow-up",
                "--times", "180,365", "--tau", "500"),
       km = cli_km(survfit(Surv(time, status) ~ sex, data = lung_lm, conf.type = "log-log"), c(180, 365), 500),
       logRank = cli_lr(survdiff(Surv(time, status) ~ sex, data = lung_lm)),
       cox = cli_cox(coxph(Surv(time, status) ~ age + sex, data = lung_lm, ties = "efron")),
       followUp = follow_up(survfit(Surv(time, 2 - status) ~ 1, data = lung_lm, conf.type = "log-log"))),
  c(list(name = "veteran: wilcoxon karno by trt, --levels trt=2,1",
         args = c("--data", "tests/fixtures/r-veteran.csv", "--test", "wilcoxon", "--x", "karno", "--by", "trt",
                  "--levels", "trt=2,1"),
         test = wilcoxon(vet_trt21$karno, vet_trt21$trt)), test_only),
  c(list(name = "veteran: fisher celltype by trt (4 x 2: p only)",
         args = c("--data", "tests/fixtures/r-veteran.csv", "--test", "fisher", "--x", "celltype", "--by", "trt"),
         test = fisher(vet_csv$celltype, vet_csv$trt)), test_only),
  list(name = "demo cohort PFS by car_persist_ge6 as published (--as-published), Cox; fisher on it by prior_asct",
       args = c("--data", "public/data/demo-cohort.arrow", "--time", "pfs_months", "--event", "pfs_event",
                "--group", "car_persist_ge6", "--as-published", "--covariates", "car_persist_ge6,age_years",
                "--times", "12,24", "--tau", "24", "--test", "fisher", "--x", "car_persist_ge6", "--by", "prior_asct"),
       km = cli_km(survfit(Surv(pfs_months, pfs_event) ~ car_persist_ge6, data = demo_cli), c(12, 24), 24),
       logRank = cli_lr(survdiff(Surv(pfs_months, pfs_event) ~ car_persist_ge6, data = demo_cli)),
       cox = cli_cox(coxph(Surv(pfs_months, pfs_event) ~ car_persist_ge6 + age_years, data = demo_cli, ties = "efron")),
       test = fisher(demo_cli$car_persist_ge6, demo_cli$prior_asct)),
  list(name = "demo cohort OS landmark 6 months by prior_asct, follow-up",
       args = c("--data", "public/data/demo-cohort.arrow", "--time", "os_months", "--event", "os_event",
                "--group", "prior_asct", "--landmark", "6", "--follow-up", "--times", "12,24", "--tau", "24"),
       km = cli_km(survfit(Surv(os_months, os_event) ~ prior_asct, data = demo_lm), c(12, 24), 24),
       logRank = cli_lr(survdiff(Surv(os_months, os_event) ~ prior_asct, data = demo_lm)),
       followUp = follow_up(survfit(Surv(os_months, 1 - os_event) ~ 1, data = demo_lm)))
))
write_fixture(cli_cases, "km-cli")

