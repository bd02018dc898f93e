# The explorer's survival view on the simulated demo cohort, computed by R: for each endpoint and
# paper stratifier, survfit per group (median + CI, survival at 12/24/36 months), survdiff and a
# univariable coxph (Efron). The stratifiers are derived here independently, from the input
# columns, with the rules of docs/data-format.md, so the test also checks the app's derivations.
# Writes tests/reference/explorer-demo.json (sourced by generate.R, which defines write_fixture
# and fin).
demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
if (file.exists(demo_path)) {
  d <- read.csv(demo_path, stringsAsFactors = FALSE)
  all3 <- function(a, b, c) ifelse(a == 1 & b == 1 & c == 1, 1, ifelse(a == 0 | b == 0 | c == 0, 0, NA))
  any_of <- function(...) {
    m <- cbind(...)
    ifelse(rowSums(m == 1, na.rm = TRUE) > 0, 1, ifelse(rowSums(is.na(m)) > 0, NA, 0))
  }
  persist_ge <- function(x) ifelse(is.na(d$car_persist_months), NA,
    ifelse(d$car_persist_months >= x, 1, ifelse(d$car_persist_event == 1, 0, NA)))
  mrd_dur <- d$mrd_neg_end_months - d$mrd_first_neg_months
  # At landmark L: negative at L with no loss since first negativity (1), never negative by L or
  # lost by L (0), unknown when MRD follow-up ended while negative before L (NA).
  mrd_at <- function(L) {
    first <- d$mrd_first_neg_months
    end <- d$mrd_neg_end_months
    st <- d$mrd_neg_end_status
    ifelse(is.na(first) | first > L, 0,
      ifelse(end > L | (end == L & st != 1), 1, ifelse(st == 1, 0, NA)))
  }
  mrd_ge <- function(x) ifelse(is.na(d$mrd_first_neg_months), 0,
    ifelse(mrd_dur >= x, 1, ifelse(d$mrd_neg_end_status %in% c(1, 2), 0, NA)))
  s <- list(
    triple_refractory = all3(d$pi_refractory, d$imid_refractory, d$mab_refractory),
    high_risk_ca = ifelse(d$fish_evaluable == 0, NA, any_of(d$del17p, d$t_4_14, d$t_14_16)),
    bm_burden_high = as.integer(d$bm_pc_pct >= 50),
    emd_or_pcl = any_of(d$emd, d$pcl),
    prior_asct = d$prior_asct,
    crs_high = as.integer(d$crs_grade >= 2),
    ada_post_pos = d$ada_post_pos,
    cr_or_better = as.integer(d$best_response %in% c("sCR", "CR")),
    car_persist_ge6 = persist_ge(6),
    car_persist_ge12 = persist_ge(12),
    mrd_neg_ge12 = mrd_ge(12),
    cr_by_m3 = ifelse(!is.na(d$t_first_cr_months), as.integer(d$t_first_cr_months <= 3 + 14 / 30.4375),
      ifelse(is.na(d$best_response), NA, 0L)),
    mrd_neg_ge24 = mrd_ge(24),
    mrd_group = ifelse(is.na(d$mrd_first_neg_months), "persistent_pos",
      c("sustained_neg", "lost_neg", "died_mrd_neg")[d$mrd_neg_end_status + 1]),
    mrd_neg_at_m12 = mrd_at(12),
    mrd_neg_at_m24 = mrd_at(24),
    mrd_neg_at_m36 = mrd_at(36)
  )
  # "As published": a patient followed for less than the threshold counts as below it.
  naive <- list(
    car_persist_ge6 = ifelse(is.na(d$car_persist_months), NA, as.integer(d$car_persist_months >= 6)),
    mrd_neg_ge12 = ifelse(is.na(d$mrd_first_neg_months), 0L, as.integer(mrd_dur >= 12))
  )
  # Landmark analyses: patients event-free at L, time counted from L (Anderson et al. 1983).
  landmarks <- c(car_persist_ge6 = 6, cr_by_m3 = 3, mrd_neg_at_m12 = 12, mrd_neg_at_m24 = 24,
    mrd_neg_at_m36 = 36)
  endpoints <- list(pfs = c("pfs_months", "pfs_event"), os = c("os_months", "os_event"))
  one <- function(z) if (is.na(z) || !is.finite(z)) NULL else z
  cases <- list()
  for (ep in names(endpoints)) {
    for (key in c(names(s), paste0(names(naive), "/as_published"), paste0(names(landmarks), "/landmark"))) {
      name <- sub("/(as_published|landmark)$", "", key)
      as_published <- grepl("/as_published$", key)
      landmark <- if (grepl("/landmark$", key)) unname(landmarks[name]) else NULL
      time <- d[[endpoints[[ep]][1]]]
      event <- d[[endpoints[[ep]][2]]]
      g <- if (as_published) naive[[name]] else s[[name]]
      ok <- !is.na(time) & !is.na(event) & !is.na(g)
      if (!is.null(landmark)) {
        ok <- ok & time > landmark
        time <- time - landmark
      }
      # The explorer's reference group: "no" (0) of a yes/no column, as R's default; for any
      # other factor the largest group (R's relevel), the rest in R's level order.
      g <- factor(g[ok])
      if (!identical(levels(g), c("0", "1"))) g <- relevel(g, ref = names(which.max(table(g))))
      df <- data.frame(time = time[ok], event = event[ok], g = g)
      fit <- survfit(Surv(time, event) ~ g, data = df)
      tab <- summary(fit)$table
      at <- summary(fit, times = c(12, 24, 36), extend = TRUE)
      groups <- lapply(seq_along(levels(df$g)), function(k) {
        sel <- as.integer(at$strata) == k
        list(
          level = levels(df$g)[k], n = unname(tab[k, "records"]), events = unname(tab[k, "events"]),
          median = one(unname(tab[k, "median"])), lower = one(unname(tab[k, "0.95LCL"])),
          upper = one(unname(tab[k, "0.95UCL"])),
          at_surv = fin(at$surv[sel]), at_lower = fin(at$lower[sel]), at_upper = fin(at$upper[sel])
        )
      })
      sd <- survdiff(Surv(time, event) ~ g, data = df)
      cox_warnings <- character(0)
      cx <- withCallingHandlers(coxph(Surv(time, event) ~ g, data = df, ties = "efron"),
        warning = function(w) {
          cox_warnings <<- c(cox_warnings, conditionMessage(w))
          invokeRestart("muffleWarning")
        })
      ci <- suppressWarnings(summary(cx)$conf.int)
      co <- summary(cx)$coefficients
      cases[[length(cases) + 1]] <- list(
        endpoint = ep, stratifier = name, as_published = as_published, landmark = landmark,
        n_used = sum(ok), groups = groups,
        logrank_chisq = sd$chisq, logrank_df = length(sd$n) - 1,
        logrank_p = pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE),
        hr = fin(unname(ci[, "exp(coef)"])), hr_lower = fin(unname(ci[, "lower .95"])),
        hr_upper = fin(unname(ci[, "upper .95"])), hr_p = fin(unname(co[, "Pr(>|z|)"])),
        cox_warnings = as.list(cox_warnings)
      )
    }
  }
  write_fixture(list(r = R.version.string, survival = as.character(packageVersion("survival")),
                     cases = cases), "explorer-demo")
}
