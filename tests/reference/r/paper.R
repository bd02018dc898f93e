# The "Paper vs this dataset" table on the simulated demo cohort, computed by R: for a sample of
# the paper's targets (targets.md) the numbers the explorer compares with the published ones —
# medians and survival at 24 months (survfit), log-rank p (survdiff), Cox hazard ratios with
# Breslow ties as the paper's SPSS (coxph), Spearman (cor.test exact = FALSE), Mann–Whitney
# (wilcox.test), Fisher (fisher.test), SPSS quartiles (quantile type 6) and median follow-up
# (reverse Kaplan–Meier). Stratifiers are derived here from the input columns with the rules of
# docs/data-format.md, and threshold groups "as published" (patients followed less than the
# threshold counted below it). Each target's numbers are named as the explorer's comparisons
# (PaperComparison.what). Also sample quantiles of type 6 and 7 for quantile.ts.
# Writes tests/reference/paper.json (sourced by generate.R, which defines write_fixture and fin).
demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
if (file.exists(demo_path)) {
  d <- read.csv(demo_path, stringsAsFactors = FALSE)
  one <- function(z) if (is.null(z) || is.na(z) || !is.finite(z)) NULL else unname(z)
  all3 <- function(a, b, c) ifelse(a == 1 & b == 1 & c == 1, 1, ifelse(a == 0 | b == 0 | c == 0, 0, NA))
  any_of <- function(...) {
    m <- cbind(...)
    ifelse(rowSums(m == 1, na.rm = TRUE) > 0, 1, ifelse(rowSums(is.na(m)) > 0, NA, 0))
  }
  triple <- all3(d$pi_refractory, d$imid_refractory, d$mab_refractory)
  high_risk <- ifelse(d$fish_evaluable == 0, NA, any_of(d$del17p, d$t_4_14, d$t_14_16))
  bm_high <- as.integer(d$bm_pc_pct >= 50)
  cr <- as.integer(d$best_response %in% c("sCR", "CR"))
  responder <- as.integer(d$best_response %in% c("sCR", "CR", "VGPR", "PR"))
  crs_high <- as.integer(d$crs_grade >= 2)
  cr_by <- function(L) ifelse(!is.na(d$t_first_cr_months), as.integer(d$t_first_cr_months <= L + 14 / 30.4375),
    ifelse(is.na(d$best_response), NA, 0L))
  # As published: patients followed for less than the threshold counted below it.
  persist_ge6 <- ifelse(is.na(d$car_persist_months), NA, as.integer(d$car_persist_months >= 6))
  mrd_dur <- d$mrd_neg_end_months - d$mrd_first_neg_months
  mrd_ge <- function(x) ifelse(is.na(d$mrd_first_neg_months), 0L, as.integer(mrd_dur >= x))
  mrd_group <- ifelse(is.na(d$mrd_first_neg_months), "persistent_pos",
    c("sustained_neg", "lost_neg", "died_mrd_neg")[d$mrd_neg_end_status + 1])
  dor <- ifelse(responder == 1, d$pfs_months - d$t_first_response_months, NA)
  mrd_event <- as.integer(d$mrd_neg_end_status == 1)
  ep <- list(
    pfs = list(time = d$pfs_months, event = d$pfs_event),
    os = list(time = d$os_months, event = d$os_event),
    dor = list(time = dor, event = d$pfs_event),
    mrd = list(time = mrd_dur, event = mrd_event)
  )
  # survfit medians per group value and the log-rank p, on complete cases.
  km <- function(e, g = NULL, keep = TRUE) {
    time <- ep[[e]]$time
    event <- ep[[e]]$event
    if (is.null(g)) g <- rep(1, nrow(d))
    ok <- !is.na(time) & !is.na(event) & !is.na(g) & keep
    df <- data.frame(time = time[ok], event = event[ok], g = factor(g[ok]))
    fit <- survfit(Surv(time, event) ~ g, data = df)
    tab <- summary(fit)$table
    if (is.null(dim(tab))) tab <- t(as.matrix(tab))
    at <- summary(fit, times = 24, extend = TRUE)
    p <- if (nlevels(df$g) > 1) {
      sd <- survdiff(Surv(time, event) ~ g, data = df)
      pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE)
    } else NA
    list(levels = levels(df$g), median = unname(tab[, "median"]), at24 = at$surv, p = p)
  }
  med <- function(k, level) one(k$median[k$levels == as.character(level)])
  surv24 <- function(k, level) one(k$at24[k$levels == as.character(level)])
  # Univariable or multivariable Cox, Breslow ties: HR and Wald p per term.
  cox <- function(e, ...) {
    x <- data.frame(...)
    df <- data.frame(time = ep[[e]]$time, event = ep[[e]]$event, x)
    fit <- coxph(Surv(time, event) ~ ., data = df, ties = "breslow")
    s <- summary(fit)$coefficients
    list(hr = unname(s[, "exp(coef)"]), p = unname(s[, "Pr(>|z|)"]))
  }
  wilcox_p <- function(y, side) suppressWarnings(wilcox.test(y[side %in% 1], y[side %in% 0])$p.value)
  rev_km <- function(time, event) {
    ok <- !is.na(time) & !is.na(event)
    fit <- survfit(Surv(time[ok], 1 - event[ok]) ~ 1)
    unname(quantile(fit, probs = 0.5)$quantile)
  }
  q6 <- function(x, p) unname(quantile(x, p, type = 6, na.rm = TRUE))
  targets <- list()

  targets$C01 <- list(median = q6(d$age_years, 0.5), "lower quartile" = q6(d$age_years, 0.25),
    "upper quartile" = q6(d$age_years, 0.75))
  targets$C14 <- list(median = q6(d$bm_pc_pct, 0.5), "lower quartile" = q6(d$bm_pc_pct, 0.25),
    "upper quartile" = q6(d$bm_pc_pct, 0.75))
  targets$C22 <- list("median follow-up" = rev_km(d$os_months, d$os_event))
  targets$M02 <- list(median = median(d$mrd_first_neg_months, na.rm = TRUE))
  targets$M03 <- list("median follow-up" = rev_km(d$os_months - d$mrd_first_neg_months,
    ifelse(is.na(d$mrd_first_neg_months), NA, d$os_event)))
  targets$P01 <- list(median = median(d$tmax_days, na.rm = TRUE))

  targets$S01 <- list("median, responders" = med(km("dor"), 1))
  targets$S02 <- list("median, all" = med(km("pfs"), 1))
  k <- km("pfs", triple)
  targets$S09 <- list("median, triple-refractory" = med(k, 1), "median, not triple-refractory" = med(k, 0))
  k <- km("os", high_risk)
  targets$S12 <- list("median, high-risk" = med(k, 1))
  k <- km("pfs", persist_ge6)
  targets$S13 <- list("median, < 6 months" = med(k, 0), "median, ≥ 6 months" = med(k, 1))
  k <- km("pfs", mrd_ge(12))
  targets$S16 <- list("median, ≥ 12 months" = med(k, 1), "median, < 12 months" = med(k, 0),
    "log-rank p" = k$p)
  k <- km("pfs", mrd_ge(24))
  targets$S17 <- list("median, ≥ 24 months" = med(k, 1), "log-rank p" = k$p)
  k <- km("pfs", cr)
  targets$S05 <- list("24-month estimate, CR/sCR" = surv24(k, 1), "log-rank p" = k$p)
  k <- km("os", cr)
  targets$S06 <- list("24-month estimate, CR/sCR" = surv24(k, 1), "log-rank p" = k$p)
  targets$S15 <- list("log-rank p" = km("pfs", mrd_group, mrd_group != "died_mrd_neg")$p)
  targets$R04 <- list("log-rank p" = km("pfs", cr_by(3))$p)
  targets$R05 <- list("log-rank p" = km("pfs", cr_by(1))$p)

  k <- km("mrd", bm_high)
  targets$M10 <- list("24-month estimate, ≥ 50 %" = surv24(k, 1), "24-month estimate, < 50 %" = surv24(k, 0),
    "log-rank p" = k$p)
  k <- km("mrd", persist_ge6)
  targets$M13 <- list("24-month estimate, ≥ 6 months" = surv24(k, 1),
    "24-month estimate, < 6 months" = surv24(k, 0), "log-rank p" = k$p)

  h <- function(e, ...) {
    r <- cox(e, ...)
    list("hazard ratio" = r$hr[1], "Wald p" = r$p[1])
  }
  targets$H01 <- h("pfs", x = triple)
  targets$H02 <- h("os", x = triple)
  targets$H03 <- h("pfs", x = high_risk)
  targets$H05 <- h("pfs", x = persist_ge6)
  targets$H07 <- h("pfs", x = mrd_dur)
  targets$H08 <- h("os", x = mrd_dur)
  m <- cox("pfs", high_risk = high_risk, mrd = mrd_dur, persist = persist_ge6)
  targets$H10 <- list("High-risk cytogenetics" = m$p[1], "Duration of MRD negativity" = m$p[2],
    "CAR-T persistence ≥ 6 months" = m$p[3])
  m <- cox("mrd", triple = triple, persist = persist_ge6)
  targets$M15 <- list("Triple-class refractory" = m$p[1], "CAR-T persistence ≥ 6 months" = m$p[2])

  sp <- function(y) {
    r <- suppressWarnings(cor.test(d$car_persist_months, y, method = "spearman", exact = FALSE))
    list("Spearman r" = unname(r$estimate), p = r$p.value)
  }
  targets$P11 <- sp(mrd_dur)
  targets$P12 <- sp(d$pfs_months)
  targets$P13 <- sp(d$os_months)

  sustained <- ifelse(mrd_group == "sustained_neg", 1, ifelse(mrd_group %in% c("lost_neg", "persistent_pos"), 0, NA))
  targets$P08 <- list(Cmax = wilcox_p(d$cmax_copies, sustained))
  targets$P10 <- list("AUC0–last" = wilcox_p(d$auc_0_last, sustained))
  cr_vs_pr <- ifelse(d$best_response %in% c("sCR", "CR"), 1, ifelse(d$best_response %in% c("PR", "MR", "SD", "PD"), 0, NA))
  targets$P14 <- list(Cmax = wilcox_p(d$cmax_copies, cr_vs_pr))
  cr_vs_vgpr <- ifelse(d$best_response %in% c("sCR", "CR"), 1, ifelse(d$best_response == "VGPR", 0, NA))
  targets$P15 <- list(Cmax = wilcox_p(d$cmax_copies, cr_vs_vgpr))
  targets$A09 <- list(p = wilcox_p(d$car_persist_months, d$ada_post_pos))
  targets$A04 <- list(Cmax = wilcox_p(d$cmax_copies, crs_high), "AUC0–28d" = wilcox_p(d$auc_0_28d, crs_high),
    persistence = wilcox_p(d$car_persist_months, crs_high))

  fisher_p <- function(a, b) fisher.test(table(factor(a, 0:1), factor(b, 0:1)))$p.value
  targets$R07 <- list("ORR by triple-refractory" = fisher_p(triple, responder),
    "CR rate by triple-refractory" = fisher_p(triple, cr))
  targets$A06 <- list("CR by month 1" = fisher_p(crs_high, cr_by(1)),
    "best response CR/sCR" = fisher_p(crs_high, cr))

  targets <- lapply(targets, function(t) lapply(t, one))

  # Sample quantiles for quantile.ts (type 6 = SPSS HAVERAGE, type 7 = R's default).
  qx <- list(c(1, 2, 3, 4), c(3.5, 1.2, 9.9, 4.4, 4.4, 0.3, 7), d$bm_pc_pct, c(5))
  probs <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1)
  quantiles <- lapply(qx, function(x) list(x = x, probs = probs,
    type6 = unname(quantile(x, probs, type = 6)), type7 = unname(quantile(x, probs, type = 7))))

  write_fixture(list(r = R.version.string, survival = as.character(packageVersion("survival")),
    targets = targets, quantiles = quantiles), "paper")
}
