# CAR-T kinetics and safety, computed by R: the explorer's 'kinetics' and 'safety' engine kinds and
# the statistics under them. Sourced by tests/reference/generate.R (write_fixture, fin); writes
# tests/reference/kinetics.json.
#
# - The linear-up/log-down AUC written directly from its formula (PKNCA is not installed): on a
#   falling segment with both concentrations > 0, (C1 - C2) * dt / log(C1 / C2); otherwise the
#   linear trapezoid; at day 28 log-linear interpolation on a falling segment. Each log-down
#   segment is checked here against integrate() of the exponential through its two points.
# - Per patient of the demo cohort (tests/fixtures/demo-pk.csv + demo-cohort.csv): Cmax and Tmax
#   in days 0-28, AUC0-28d and AUC0-last by both rules (BLQ = 0, 0 copies on day 0),
#   persistence (car_persist_months, car_persist_event), last sample day.
# - Per stratifier the view shows (triple_refractory, cr_or_better, mrd_group, crs_high,
#   ada_post_pos; mrd_group also restricted to sustained-negative vs persistently positive, the
#   paper's Fig. 6A-C comparison): per group n, min, quartiles by quantile(type = 7), max;
#   wilcox.test(exact = FALSE, correct = TRUE) and t.test for two groups, kruskal.test and
#   oneway.test for more. Stratifiers are derived here from the input columns.
# - Median transgene copies per group at each scheduled visit (nearest-visit binning).
# - The CRS grade table with binom.test() exact CIs; the ADA cumulative positivity as 1 - survfit.
# - Edge cases of kruskal.test, oneway.test, pf, pbeta, binom.test and quantile on R datasets.
num <- function(v) fin(unname(as.vector(v)))
one <- function(z) if (is.null(z) || length(z) == 0 || is.na(z) || !is.finite(z)) NULL else unname(z)

# ---- AUC rules -------------------------------------------------------------------------------
lin_segment <- function(t1, c1, t2, c2) (t2 - t1) * (c1 + c2) / 2
lulo_segment <- function(t1, c1, t2, c2) {
  if (c2 < c1 && c2 > 0) (c1 - c2) * (t2 - t1) / log(c1 / c2) else (t2 - t1) * (c1 + c2) / 2
}
lin_interp <- function(t, t1, c1, t2, c2) if (t2 == t1) c2 else c1 + (t - t1) / (t2 - t1) * (c2 - c1)
lulo_interp <- function(t, t1, c1, t2, c2) {
  if (t2 == t1) return(c2)
  if (c2 < c1 && c2 > 0) exp(log(c1) + (t - t1) / (t2 - t1) * log(c2 / c1)) else lin_interp(t, t1, c1, t2, c2)
}
# Area of a sorted profile from its first day to `end` (NULL when end is beyond the last day).
auc_profile <- function(d, c, end = Inf, method = "linear") {
  seg <- if (method == "linear") lin_segment else lulo_segment
  interp <- if (method == "linear") lin_interp else lulo_interp
  n <- length(d)
  if (is.finite(end) && end > d[n]) return(NULL)
  auc <- 0
  if (n < 2) return(auc)
  for (k in 2:n) {
    t1 <- d[k - 1]; t2 <- d[k]
    if (t1 >= end) break
    if (t2 > end) return(auc + seg(t1, c[k - 1], end, interp(end, t1, c[k - 1], t2, c[k])))
    auc <- auc + seg(t1, c[k - 1], t2, c[k])
  }
  auc
}
# Independent check of the log-down formula: integrate the exponential through the two points.
for (s in list(c(0, 100, 10, 50), c(7, 22000, 14, 9100), c(28, 640, 56, 88), c(3, 1e5, 4, 99999))) {
  k <- log(s[2] / s[4]) / (s[3] - s[1])
  numeric <- integrate(function(t) s[2] * exp(-k * (t - s[1])), s[1], s[3], rel.tol = 1e-12)$value
  stopifnot(abs(lulo_segment(s[1], s[2], s[3], s[4]) / numeric - 1) < 1e-9)
}
profile <- function(name, day, conc, end = Inf) list(
  name = name, day = I(day), conc = I(conc), end = if (is.finite(end)) end else NULL,
  linear = one(auc_profile(day, conc, end, "linear")),
  linUpLogDown = one(auc_profile(day, conc, end, "lulo"))
)
profiles <- list(
  profile("rise then exponential fall", c(0, 7, 14), c(0, 1000, 500)),
  profile("typical expansion and contraction", c(0, 1, 4, 7, 10, 14, 21, 28, 56, 90, 180),
    c(0, 0, 120, 5400, 22000, 9100, 2300, 640, 88, 12, 0)),
  profile("level segment stays linear", c(0, 7, 14, 21), c(0, 300, 300, 100)),
  profile("fall to zero (below the limit) is linear", c(0, 7, 14, 21), c(0, 800, 0, 0)),
  profile("day 28 inside a falling segment", c(0, 10, 21, 35), c(0, 9000, 3000, 400), 28),
  profile("day 28 inside a rising segment", c(0, 10, 21, 35), c(0, 100, 300, 900), 28),
  profile("day 28 is a sample day", c(0, 14, 28, 56), c(0, 5000, 1000, 10), 28),
  profile("same-day duplicate samples", c(0, 7, 7, 14), c(0, 100, 120, 60)),
  profile("end beyond the last sample", c(0, 7, 14), c(0, 100, 50), 28),
  profile("a single sample on day 0", c(0), c(0)),
  profile("rebound after a fall", c(0, 7, 14, 21, 28), c(0, 4000, 200, 900, 100))
)

# ---- the demo cohort --------------------------------------------------------------------------
pk_path <- file.path("tests", "fixtures", "demo-pk.csv")
demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
d <- read.csv(demo_path, stringsAsFactors = FALSE)
pk <- read.csv(pk_path, stringsAsFactors = FALSE)
pk <- pk[!is.na(pk$day) & pk$day >= 0 & (pk$below_lloq == 1 | !is.na(pk$copies_per_ug)), ]
pk$conc <- ifelse(pk$below_lloq == 1, 0, pk$copies_per_ug)

per_patient <- lapply(d$patient_id, function(id) {
  p <- pk[pk$patient_id == id, ]
  p <- p[order(p$day), ]
  dd <- p$day; cc <- p$conc
  w <- dd <= 28
  cmax <- if (any(w)) max(cc[w]) else NA
  tmax <- if (any(w) && cmax > 0) dd[w][which.max(cc[w])] else NA
  if (dd[1] > 0) { d0 <- c(0, dd); c0 <- c(0, cc) } else { d0 <- dd; c0 <- cc }
  row <- d[d$patient_id == id, ]
  list(
    id = id, cmax = one(cmax), tmax = one(tmax),
    auc28 = list(linear = one(auc_profile(d0, c0, 28, "linear")), linUpLogDown = one(auc_profile(d0, c0, 28, "lulo"))),
    aucLast = list(linear = auc_profile(d0, c0, Inf, "linear"), linUpLogDown = auc_profile(d0, c0, Inf, "lulo")),
    persistence = one(row$car_persist_months), persistenceEvent = one(row$car_persist_event),
    lastSampleDay = max(dd), day = I(dd), conc = I(cc)
  )
})
names(per_patient) <- d$patient_id

all3 <- function(a, b, c) ifelse(a == 1 & b == 1 & c == 1, 1, ifelse(a == 0 | b == 0 | c == 0, 0, NA))
strat <- list(
  triple_refractory = all3(d$pi_refractory, d$imid_refractory, d$mab_refractory),
  cr_or_better = as.integer(d$best_response %in% c("sCR", "CR")),
  mrd_group = ifelse(is.na(d$mrd_first_neg_months), "persistent_pos",
    c("sustained_neg", "lost_neg", "died_mrd_neg")[d$mrd_neg_end_status + 1]),
  crs_high = as.integer(d$crs_grade >= 2),
  ada_post_pos = d$ada_post_pos
)
value_of <- function(metric, auc) sapply(per_patient, function(p) {
  v <- if (metric %in% c("auc28", "aucLast")) p[[metric]][[auc]] else p[[metric]]
  if (is.null(v)) NA else v
})
quart <- function(x) {
  x <- x[!is.na(x)]
  if (length(x) == 0) return(list(n = 0, min = NULL, q1 = NULL, median = NULL, q3 = NULL, max = NULL))
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  list(n = length(x), min = min(x), q1 = q[1], median = q[2], q3 = q[3], max = max(x))
}
tests_of <- function(x, g) {
  ok <- !is.na(x) & !is.na(g)
  x <- x[ok]; g <- factor(g[ok])
  safely <- function(expr) tryCatch(expr, error = function(e) NULL)
  if (nlevels(g) == 2) {
    a <- x[g == levels(g)[1]]; b <- x[g == levels(g)[2]]
    w <- wilcox.test(a, b, exact = FALSE, correct = TRUE)
    t <- safely(t.test(a, b))
    list(rank = list(statistic = unname(w$statistic), df = list(), p = w$p.value),
      welch = if (is.null(t)) NULL else list(statistic = unname(t$statistic), df = list(unname(t$parameter)), p = t$p.value))
  } else {
    k <- kruskal.test(x, g)
    o <- safely(oneway.test(x ~ g, var.equal = FALSE))
    list(rank = list(statistic = unname(k$statistic), df = list(unname(k$parameter)), p = k$p.value),
      welch = if (is.null(o)) NULL else list(statistic = unname(o$statistic), df = as.list(unname(o$parameter)), p = o$p.value))
  }
}
comparisons <- list()
comparison_cases <- c(names(strat), "mrd_group/sustained_vs_persistent")
for (key in comparison_cases) {
  name <- sub("/.*$", "", key)
  g <- strat[[name]]
  exclude <- list()
  if (key == "mrd_group/sustained_vs_persistent") {
    exclude <- list("died_mrd_neg", "lost_neg")
    g[g %in% unlist(exclude)] <- NA
  }
  levels_present <- levels(factor(g))
  for (auc in c("linear", "linUpLogDown")) {
    metrics <- list()
    for (metric in c("cmax", "tmax", "auc28", "aucLast", "persistence")) {
      x <- value_of(metric, auc)
      metrics[[metric]] <- list(
        groups = lapply(levels_present, function(l) quart(x[!is.na(g) & g == l])),
        tests = tests_of(x, g)
      )
    }
    comparisons[[length(comparisons) + 1]] <- list(
      stratifier = name, exclude = exclude, auc = auc, levels = I(levels_present),
      n_used = sum(!is.na(g)), metrics = metrics
    )
  }
}

# ---- median curves over scheduled visits -----------------------------------------------------
schedule_of <- function(last) {
  days <- c(0, 4, 7, 10, 14, 21, 28, floor(c(2, 3, 6, 9, 12, 15, 18, 21, 24) * 30.4375 + 0.5))
  m <- 30
  while (days[length(days)] < last) { days <- c(days, floor(m * 30.4375 + 0.5)); m <- m + 6 }
  days[c(TRUE, head(days, -1) < last)]
}
schedule <- schedule_of(max(pk$day))
visit_values <- function(p) {
  j <- sapply(p$day, function(x) which.min(abs(schedule - x)))  # first = earlier on a tie
  dist <- abs(schedule[j] - p$day)
  o <- order(j, dist, p$day)  # per visit the nearest sample first, the earlier on a tie
  keep <- !duplicated(j[o])
  data.frame(visit = j[o][keep], value = p$conc[o][keep])
}
curves_of <- function(g) {
  lv <- levels(factor(g))
  lapply(lv, function(l) {
    ids <- d$patient_id[!is.na(g) & g == l]
    v <- do.call(rbind, lapply(ids, function(id) visit_values(per_patient[[id]])))
    out <- lapply(sort(unique(v$visit)), function(j) {
      x <- v$value[v$visit == j]
      if (length(x) < 3) NULL else list(day = schedule[j], median = median(x), n = length(x))
    })
    Filter(Negate(is.null), out)
  })
}
curves <- list(
  list(stratifier = NULL, groups = curves_of(rep("all", nrow(d)))),
  list(stratifier = "crs_high", groups = curves_of(strat$crs_high)),
  list(stratifier = "mrd_group", groups = curves_of(strat$mrd_group))
)

# ---- safety ----------------------------------------------------------------------------------
ci <- function(x, n) { b <- binom.test(x, n); list(n = x, total = n, proportion = x / n, lower = b$conf.int[1], upper = b$conf.int[2]) }
crs <- d$crs_grade[!is.na(d$crs_grade)]
crs_table <- list(
  grades = lapply(0:max(3, crs), function(k) c(list(grade = k), ci(sum(crs == k), length(crs)))),
  any = ci(sum(crs >= 1), length(crs)),
  grade12 = ci(sum(crs %in% c(1, 2)), length(crs)),
  grade3plus = ci(sum(crs >= 3), length(crs))
)
tested <- !is.na(d$ada_post_pos)
ada_time <- ifelse(d$ada_post_pos == 1, d$ada_first_pos_months, d$os_months)[tested]
ada_event <- d$ada_post_pos[tested]
ok <- !is.na(ada_time)
ada_fit <- survfit(Surv(ada_time[ok], ada_event[ok]) ~ 1)
ada_at <- summary(ada_fit, times = c(3, 6, 12), extend = TRUE)
ada <- list(
  positive = sum(d$ada_post_pos == 1, na.rm = TRUE), tested = sum(tested), n = ada_fit$n,
  crude = ci(sum(d$ada_post_pos == 1, na.rm = TRUE), sum(tested)),
  time = ada_fit$time, surv = ada_fit$surv, lower = fin(ada_fit$lower), upper = fin(ada_fit$upper),
  at_time = ada_at$time, at_cumulative = 1 - ada_at$surv,
  at_lower = fin(1 - ada_at$upper), at_upper = fin(1 - ada_at$lower), at_n_risk = ada_at$n.risk
)

# ---- the statistics on R datasets --------------------------------------------------------------
kw_case <- function(name, x, g) {
  g <- as.integer(factor(g)) - 1L
  k <- kruskal.test(x, g)
  o <- tryCatch(oneway.test(x ~ factor(g), var.equal = FALSE), error = function(e) NULL)
  list(name = name, x = num(x), g = g,
    kruskal = list(statistic = unname(k$statistic), df = unname(k$parameter), p = k$p.value),
    welch = if (is.null(o)) NULL else list(statistic = unname(o$statistic), df1 = unname(o$parameter[1]),
      df2 = unname(o$parameter[2]), p = o$p.value))
}
aq <- airquality
group_tests <- list(
  kw_case("PlantGrowth weight by group", PlantGrowth$weight, PlantGrowth$group),
  kw_case("InsectSprays count by spray (many ties)", InsectSprays$count, InsectSprays$spray),
  kw_case("airquality Ozone by Month (missing values)", aq$Ozone, aq$Month),
  kw_case("chickwts weight by feed (6 unequal groups)", chickwts$weight, chickwts$feed),
  kw_case("two groups: oneway.test is Welch's t", sleep$extra, sleep$group),
  kw_case("a group of two", c(1.2, 3.4, 2.2, 5.1, 4.4, 9.9, 7.7), c(1, 1, 2, 2, 2, 3, 3))
)
f_grid <- expand.grid(f = c(0.01, 0.5, 1, 2.5, 4, 12, 80), df1 = c(1, 2, 3.5, 10), df2 = c(1, 2.7, 7, 30.2, 200))
f_grid$p <- pf(f_grid$f, f_grid$df1, f_grid$df2, lower.tail = FALSE)
beta_grid <- expand.grid(x = c(1e-6, 0.01, 0.2, 0.5, 0.77, 0.99, 1 - 1e-7), a = c(0.5, 1, 2.5, 30, 400), b = c(0.5, 3, 17, 1000))
beta_grid$p <- pbeta(beta_grid$x, beta_grid$a, beta_grid$b)
beta_grid$q <- pbeta(beta_grid$x, beta_grid$a, beta_grid$b, lower.tail = FALSE)
binom_cases <- lapply(list(c(0, 10), c(10, 10), c(1, 2), c(4, 56), c(52, 56), c(9, 56), c(1, 1e5), c(333, 1000)),
  function(v) { b <- binom.test(v[1], v[2]); list(x = v[1], n = v[2], lower = b$conf.int[1], upper = b$conf.int[2]) })
quantile_cases <- lapply(list(c(1, 2, 3, 4), c(5), c(3, 1, 2), c(10, 20, 20, 40, 95, 96, 100), c(0.5, -1, 7, 7, 7, 2.25)),
  function(x) list(x = I(x), q = quantile(x, c(0, 0.25, 0.5, 0.75, 1), type = 7, names = FALSE)))

write_fixture(list(
  r = R.version.string, survival = as.character(packageVersion("survival")),
  profiles = profiles, patients = unname(per_patient), comparisons = comparisons,
  schedule = schedule, curves = curves, crs = crs_table, ada = ada,
  groupTests = group_tests,
  fUpper = list(f = f_grid$f, df1 = f_grid$df1, df2 = f_grid$df2, p = f_grid$p),
  betaIncomplete = list(x = beta_grid$x, a = beta_grid$a, b = beta_grid$b, lower = beta_grid$p, upper = beta_grid$q),
  binom = binom_cases, quantiles = quantile_cases
), "kinetics")
