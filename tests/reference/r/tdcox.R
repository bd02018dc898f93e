# The time-dependent analysis of post-baseline stratifiers (pitfalls P1-P3), computed by R
# (sourced by generate.R, which defines write_fixture and fin). Writes tests/reference/tdcox.json:
# - demo: for PFS and OS and each time-dependent covariate, the counting-process data built here
#   INDEPENDENTLY of the TypeScript with survival::tmerge (event() + tdc()) from demo-cohort.csv,
#   demo-mrd.csv, demo-pk.csv and demo-response.csv by the rules of docs/methods.md; the split
#   rows; coxph(Surv(tstart, tstop, ev) ~ z) (Efron); the Simon-Makuch curves
#   survfit(Surv(tstart, tstop, ev) ~ z) at their event times; landmark Cox fits (patients with
#   time > L, z known at L, time from L); the naive coxph(Surv(time, status) ~ stratifier);
#   (summary(survfit) lists only curves with an event);
# - heart: survival's heart data, coxph(Surv(start, stop, event) ~ transplant + age + surgery)
#   and survfit(Surv(start, stop, event) ~ transplant).
demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
if (file.exists(demo_path)) {
  d <- read.csv(demo_path, stringsAsFactors = FALSE)
  mrd <- read.csv(file.path("tests", "fixtures", "demo-mrd.csv"), stringsAsFactors = FALSE)
  pk <- read.csv(file.path("tests", "fixtures", "demo-pk.csv"), stringsAsFactors = FALSE)
  resp <- read.csv(file.path("tests", "fixtures", "demo-response.csv"), stringsAsFactors = FALSE)
  md <- 30.4375
  pd_time <- ifelse(d$pfs_event_type == "progression", d$pfs_months, NA)

  # Change points of one patient: sorted by time, the last of equal times wins, changes only.
  changes <- function(time, value) {
    time <- pmax(time, 0)
    o <- order(time)
    time <- time[o]
    value <- value[o]
    keep <- c(time[-1] != time[-length(time)], TRUE)
    time <- time[keep]
    value <- value[keep]
    if (time[1] > 0) {
      time <- c(0, time)
      value <- c(0, value)
    }
    ch <- c(TRUE, value[-1] != value[-length(value)])
    data.frame(time = time[ch], value = value[ch])
  }
  mrd_path <- function(i) {
    t <- mrd[mrd$patient_id == d$patient_id[i] & mrd$result != "ne" & mrd$day >= 0, ]
    t <- t[order(t$day), ]
    tm <- t$day / md
    v <- as.integer(t$result == "neg")
    pd <- pd_time[i]
    if (!is.na(pd)) {
      v <- c(v[tm < pd], 0)
      tm <- c(tm[tm < pd], pd)
    }
    changes(c(0, tm), c(0, v))
  }
  sustained_path <- function(neg, x) {
    tm <- 0
    v <- 0
    for (k in seq_len(nrow(neg))) {
      if (neg$value[k] != 1) next
      end <- if (k < nrow(neg)) neg$time[k + 1] else Inf
      on <- neg$time[k] + x
      if (on < end) {
        tm <- c(tm, on)
        v <- c(v, 1)
        if (is.finite(end)) {
          tm <- c(tm, end)
          v <- c(v, 0)
        }
      }
    }
    changes(tm, v)
  }
  car_path <- function(i) {
    s <- pk[pk$patient_id == d$patient_id[i] & pk$day >= 0, ]
    if (nrow(s) == 0) return(NULL)
    s <- s[order(s$day), ]
    det <- ifelse(!is.na(s$below_lloq), s$below_lloq == 0, !is.na(s$copies_per_ug) & s$copies_per_ug > 0)
    changes(c(0, s$day / md), c(1, as.integer(det)))
  }
  cr_path <- function(i) {
    r <- resp[resp$patient_id == d$patient_id[i] & resp$day >= 0, ]
    r <- r[order(r$day), ]
    tm <- r$day / md
    pd <- pd_time[i]
    first <- which(r$response %in% c("CR", "sCR") & (is.na(pd) | tm < pd))
    if (length(first) == 0) return(changes(0, 0))
    t1 <- tm[first[1]]
    if (is.na(pd)) changes(c(0, t1), c(0, 1)) else changes(c(0, t1, pd), c(0, 1, 0))
  }
  ada_path <- function(i) {
    if (is.na(d$ada_post_pos[i])) return(NULL)
    if (d$ada_post_pos[i] == 0) return(changes(0, 0))
    if (is.na(d$ada_first_pos_months[i])) return(NULL)
    changes(c(0, d$ada_first_pos_months[i]), c(0, 1))
  }
  path_of <- function(cov, x, i) {
    switch(cov,
      mrd_neg = mrd_path(i),
      mrd_neg_sustained = sustained_path(mrd_path(i), x),
      car_detectable = car_path(i),
      in_cr = cr_path(i),
      ada_pos = ada_path(i)
    )
  }
  # Naive (baseline-grouped) stratifiers, from the input columns as the registry derives them.
  mrd_dur <- d$mrd_neg_end_months - d$mrd_first_neg_months
  ge <- function(dur, ended, x) ifelse(is.na(dur) | is.na(ended), NA, ifelse(dur >= x, 1, ifelse(ended, 0, NA)))
  mrd_ge <- function(x) ifelse(is.na(d$mrd_first_neg_months), 0, ge(mrd_dur, d$mrd_neg_end_status != 0, x))
  naive_of <- function(cov, x) {
    switch(cov,
      mrd_neg = list("mrd_ever_neg", as.integer(!is.na(d$mrd_first_neg_months))),
      mrd_neg_sustained = list(paste0("mrd_neg_ge", x), mrd_ge(x)),
      car_detectable = list("car_persist_ge6", ge(d$car_persist_months, d$car_persist_event == 1, 6)),
      in_cr = list("cr_or_better", as.integer(d$best_response %in% c("CR", "sCR"))),
      ada_pos = list("ada_post_pos", d$ada_post_pos)
    )
  }
  landmarks_of <- function(cov, x) {
    switch(cov, mrd_neg_sustained = c(x + 1, x + 6, x + 12, x + 24), in_cr = c(1, 3, 6, 12), c(3, 6, 12, 24))
  }
  one <- function(z) if (is.na(z) || !is.finite(z)) NULL else unname(z)
  # A Cox fit's first term; infinite = R warned that the coefficient may be infinite.
  cox_row <- function(formula, data) {
    infinite <- FALSE
    fit <- withCallingHandlers(coxph(formula, data = data, ties = "efron"), warning = function(w) {
      if (grepl("infinite", conditionMessage(w))) infinite <<- TRUE
      invokeRestart("muffleWarning")
    })
    s <- summary(fit)$coefficients
    ci <- summary(fit)$conf.int
    list(
      coef = one(s[1, "coef"]), se = one(s[1, "se(coef)"]), hr = one(ci[1, "exp(coef)"]),
      lower = one(ci[1, "lower .95"]), upper = one(ci[1, "upper .95"]), p = one(s[1, "Pr(>|z|)"]),
      n = fit$n, nevent = fit$nevent, infinite = infinite
    )
  }
  curves <- function(sf) {
    s <- summary(sf)
    lv <- if (is.null(s$strata)) rep("all", length(s$time)) else as.character(s$strata)
    lapply(unique(lv), function(g) {
      k <- lv == g
      list(
        stratum = g, time = I(s$time[k]), n_risk = I(s$n.risk[k]), n_event = I(s$n.event[k]),
        surv = I(s$surv[k]), std_err = fin(s$std.err[k] / s$surv[k]),
        lower = fin(s$lower[k]), upper = fin(s$upper[k])
      )
    })
  }

  cases <- list()
  specs <- list(
    list("mrd_neg", NA), list("mrd_neg_sustained", 12), list("mrd_neg_sustained", 24),
    list("mrd_neg_sustained", 36), list("car_detectable", NA), list("in_cr", NA), list("ada_pos", NA)
  )
  for (endpoint in c("pfs", "os")) {
    tt <- d[[paste0(endpoint, "_months")]]
    st <- d[[paste0(endpoint, "_event")]]
    for (sp in specs) {
      cov <- sp[[1]]
      x <- sp[[2]]
      paths <- list()
      ids <- c()
      for (i in seq_len(nrow(d))) {
        if (is.na(tt[i]) || is.na(st[i]) || tt[i] <= 0) next
        p <- path_of(cov, x, i)
        if (is.null(p)) next
        paths[[length(paths) + 1]] <- data.frame(id = i, time = p$time, value = p$value)
        ids <- c(ids, i)
      }
      pth <- do.call(rbind, paths)
      base <- data.frame(id = ids, futime = tt[ids], status = st[ids])
      split <- tmerge(base, base, id = id, ev = event(futime, status))
      split <- tmerge(split, pth, id = id, z = tdc(time, value))
      sm <- curves(survfit(Surv(tstart, tstop, ev) ~ z, data = split))
      lms <- lapply(landmarks_of(cov, x), function(L) {
        keep <- base$futime > L
        at <- split[split$tstart <= L & split$tstop > L, c("id", "z")]
        lm <- data.frame(id = base$id[keep], time = base$futime[keep] - L, status = base$status[keep])
        lm$z <- at$z[match(lm$id, at$id)]
        out <- list(landmark = L, n = nrow(lm), n_excluded = nrow(base) - nrow(lm),
          nevent = sum(lm$status), n_held = sum(lm$z == 1), events_held = sum(lm$status[lm$z == 1]))
        if (nrow(lm) > 0 && sum(lm$status) > 0 && length(unique(lm$z)) > 1) {
          out <- c(out, cox_row(Surv(time, status) ~ z, lm))
        }
        out
      })
      nv <- naive_of(cov, x)
      ok <- !is.na(tt) & !is.na(st) & !is.na(nv[[2]])
      nd <- data.frame(time = tt[ok], status = st[ok], g = nv[[2]][ok])
      cases[[length(cases) + 1]] <- list(
        endpoint = endpoint, covariate = cov, months = one(x),
        n_patients = length(unique(split$id)), n_rows = nrow(split),
        rows = list(id = d$patient_id[split$id], tstart = split$tstart, tstop = split$tstop, ev = split$ev, z = split$z),
        cox = cox_row(Surv(tstart, tstop, ev) ~ z, split), simon_makuch = sm, landmarks = lms,
        naive = c(list(column = nv[[1]]), cox_row(Surv(time, status) ~ g, nd))
      )
    }
  }
  heart_csv <- read.csv(file.path("tests", "fixtures", "r-heart.csv"))
  hfit <- coxph(Surv(start, stop, event) ~ transplant + age + surgery, data = heart_csv)
  hs <- summary(hfit)
  heart <- list(
    names = rownames(hs$coefficients), coef = unname(hs$coefficients[, "coef"]),
    se = unname(hs$coefficients[, "se(coef)"]), hr = unname(hs$conf.int[, "exp(coef)"]),
    lower = unname(hs$conf.int[, "lower .95"]), upper = unname(hs$conf.int[, "upper .95"]),
    p = unname(hs$coefficients[, "Pr(>|z|)"]), loglik = hfit$loglik, n = hfit$n, nevent = hfit$nevent,
    simon_makuch = curves(survfit(Surv(start, stop, event) ~ transplant, data = heart_csv))
  )
  write_fixture(list(demo = cases, heart = heart), "tdcox")
}
