# The MRD view on the simulated demo cohort, computed by R (sourced by generate.R, which defines
# write_fixture and fin). Writes tests/reference/mrd-demo.json:
# - negativity: the probability of remaining MRD-negative (the paper's Fig. 5E-H) - survfit of
#   the duration of MRD negativity (mrd_neg_end_months - mrd_first_neg_months), event = loss of
#   negativity (mrd_neg_end_status == 1; death while negative, status 2, censored), for all
#   ever-negative patients and by the paper's four stratifiers, derived here from the input
#   columns; median + CI, survival at 12 and 24 months (extend = TRUE), survdiff;
# - swimmer: each patient's swimmer bar built from demo-mrd.csv by the rule of docs/methods.md,
#   written independently of the TypeScript (segments from 0 to os_months).
demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
mrd_path <- file.path("tests", "fixtures", "demo-mrd.csv")
if (file.exists(demo_path) && file.exists(mrd_path)) {
  d <- read.csv(demo_path, stringsAsFactors = FALSE)
  long <- read.csv(mrd_path, stringsAsFactors = FALSE)
  month_days <- 30.4375
  one <- function(z) if (is.na(z) || !is.finite(z)) NULL else z

  persist_ge6 <- ifelse(is.na(d$car_persist_months), NA,
    ifelse(d$car_persist_months >= 6, 1, ifelse(d$car_persist_event == 1, 0, NA)))
  strata <- list(
    bm_burden_high = as.integer(d$bm_pc_pct >= 50),
    triple_refractory = ifelse(d$pi_refractory == 1 & d$imid_refractory == 1 & d$mab_refractory == 1, 1,
      ifelse(d$pi_refractory == 0 | d$imid_refractory == 0 | d$mab_refractory == 0, 0, NA)),
    cr_by_m3 = ifelse(!is.na(d$t_first_cr_months), as.integer(d$t_first_cr_months <= 3 + 14 / month_days),
      ifelse(is.na(d$best_response), NA, 0L)),
    car_persist_ge6 = persist_ge6
  )
  time <- d$mrd_neg_end_months - d$mrd_first_neg_months
  event <- as.integer(d$mrd_neg_end_status == 1)
  negativity <- list()
  for (name in c("", names(strata))) {
    g <- if (name == "") rep("all", nrow(d)) else strata[[name]]
    ok <- !is.na(time) & !is.na(event) & !is.na(g)
    g <- factor(g[ok])
    df <- data.frame(time = time[ok], event = event[ok], g = g)
    fit <- if (nlevels(g) > 1) survfit(Surv(time, event) ~ g, data = df) else survfit(Surv(time, event) ~ 1, data = df)
    tab <- summary(fit)$table
    if (is.null(dim(tab))) tab <- matrix(tab, nrow = 1, dimnames = list(NULL, names(tab)))
    at <- summary(fit, times = c(12, 24), extend = TRUE)
    groups <- lapply(seq_len(nlevels(g)), function(k) {
      sel <- if (nlevels(g) > 1) as.integer(at$strata) == k else rep(TRUE, length(at$surv))
      list(
        level = levels(g)[k], n = unname(tab[k, "records"]), events = unname(tab[k, "events"]),
        median = one(unname(tab[k, "median"])), lower = one(unname(tab[k, "0.95LCL"])),
        upper = one(unname(tab[k, "0.95UCL"])),
        at_surv = fin(at$surv[sel]), at_lower = fin(at$lower[sel]), at_upper = fin(at$upper[sel])
      )
    })
    lr <- if (nlevels(g) > 1) survdiff(Surv(time, event) ~ g, data = df) else NULL
    negativity[[length(negativity) + 1]] <- list(
      stratifier = if (name == "") NULL else name, n_used = sum(ok), groups = groups,
      logrank_chisq = if (is.null(lr)) NULL else lr$chisq,
      logrank_p = if (is.null(lr)) NULL else pchisq(lr$chisq, length(lr$n) - 1, lower.tail = FALSE)
    )
  }

  # The swimmer bar: not assessed before the first test; from each test to the next, that test's
  # result ("ne" = not assessed); from the last test up to the end of follow-up, not assessed.
  state_of <- c(neg = "neg", pos = "pos", ne = "none")
  swimmer <- lapply(seq_len(nrow(d)), function(i) {
    end <- d$os_months[i]
    tests <- long[long$patient_id == d$patient_id[i] & long$day >= 0, ]
    tests <- tests[order(tests$day), ]
    t <- tests$day / month_days
    keep <- t <= end
    t <- t[keep]
    s <- unname(state_of[tests$result[keep]])
    starts <- c(0, t)
    ends <- c(t, end)
    states <- c("none", head(s, -1), "none")
    if (length(t) == 0) states <- "none"
    seg <- data.frame(start = starts, end = ends, state = states, stringsAsFactors = FALSE)
    seg <- seg[seg$end > seg$start, ]
    # Merge neighbours of the same state.
    out <- seg[0, ]
    for (k in seq_len(nrow(seg))) {
      if (nrow(out) > 0 && out$state[nrow(out)] == seg$state[k] && out$end[nrow(out)] == seg$start[k]) {
        out$end[nrow(out)] <- seg$end[k]
      } else {
        out <- rbind(out, seg[k, ])
      }
    }
    list(patient_id = d$patient_id[i], start = I(out$start), end = I(out$end), state = I(out$state),
      tests_after_follow_up = sum(!keep))
  })
  write_fixture(list(r = R.version.string, survival = as.character(packageVersion("survival")),
                     negativity = negativity, swimmer = swimmer), "mrd-demo")
}
