# The response view (engine kind "response") computed by R: exact binomial intervals (binom.test),
# Fisher's exact tests and odds ratios (fisher.test) of the tables the view shows, medians and
# ranges of the times to first response, and the counts of the response-over-time chart at a few
# months — all from tests/fixtures/demo-cohort.csv and demo-response.csv (and demo-mrd.csv for who
# was MRD-tested), with the rules of docs/methods.md written again here, independently of the app.
# Writes tests/reference/response.json (sourced by generate.R, which defines write_fixture and fin).
one <- function(z) if (length(z) == 0 || is.na(z) || !is.finite(z)) NULL else unname(z)

# ---- Clopper–Pearson: binom.test(x, n)$conf.int over a table of x/n, the edges included ----------
pairs <- list(c(0, 1), c(1, 1), c(1, 2), c(0, 10), c(1, 10), c(5, 10), c(10, 10), c(3, 7),
  c(0, 56), c(2, 56), c(45, 56), c(54, 56), c(56, 56), c(8, 9), c(9, 9), c(3, 3), c(99, 100),
  c(500, 1000), c(1, 100000), c(99999, 100000))
binom <- c(
  lapply(pairs, function(p) {
    ci <- binom.test(p[1], p[2])$conf.int
    list(x = p[1], n = p[2], conf = 0.95, lower = ci[1], upper = ci[2])
  }),
  lapply(list(c(0, 20), c(7, 20), c(20, 20)), function(p) {
    ci <- binom.test(p[1], p[2], conf.level = 0.9)$conf.int
    list(x = p[1], n = p[2], conf = 0.9, lower = ci[1], upper = ci[2])
  })
)

# pbeta and qbeta, which the intervals invert, at small and large shapes.
beta <- lapply(list(c(0.5, 2, 3), c(0.1, 1, 10), c(0.9, 54, 3), c(1e-7, 1, 100000),
  c(0.4999, 500000, 500001), c(0.3, 0.5, 0.5), c(0.999, 3, 2)), function(q) {
  list(x = q[1], a = q[2], b = q[3], p = pbeta(q[1], q[2], q[3]),
    quantile = qbeta(q[1], q[2], q[3]))
})

# ---- Fisher's exact test, with the odds ratio and its interval re-solved tightly -----------------
# fisher.test's uniroot stops at a tolerance near 1e-4 (on ψ, or 1/ψ for large limits): its
# equations are solved again here to 1e-13 on log ψ; R's own values are kept beside them.
fisher_case <- function(m) {
  fi <- fisher.test(m)
  out <- list(table = lapply(seq_len(nrow(m)), function(i) as.integer(m[i, ])), p = fi$p.value)
  if (all(dim(m) == 2)) {
    x <- m[1, 1]; mm <- sum(m[, 1]); nn <- sum(m[, 2]); k <- sum(m[1, ])
    lo <- max(0, k - nn); hi <- min(k, mm); support <- lo:hi
    logdc <- dhyper(support, mm, nn, k, log = TRUE)
    dn <- function(l) { d <- logdc + l * support; d <- exp(d - max(d)); d / sum(d) }
    mn <- function(l) sum(support * dn(l))
    below <- function(l) sum(dn(l)[support <= x])
    above <- function(l) sum(dn(l)[support >= x])
    root <- function(f) uniroot(f, c(-40, 40), tol = 1e-13)$root
    degenerate <- lo == hi
    out$degenerate <- degenerate
    out$estimateInfinite <- !degenerate && x == hi
    out$estimate <- if (degenerate) NULL else if (x == lo) 0 else if (x == hi) NULL else
      exp(root(function(l) mn(l) - x))
    out$lower <- if (degenerate) NULL else if (x == lo) 0 else exp(root(function(l) above(l) - 0.025))
    out$upper <- if (degenerate || x == hi) NULL else exp(root(function(l) below(l) - 0.025))
    out$rEstimate <- one(fi$estimate)
    out$rLower <- one(fi$conf.int[1])
    out$rUpper <- one(fi$conf.int[2])
  }
  out
}
fisher_edges <- lapply(list(
  matrix(c(3, 1, 1, 3), 2), matrix(c(9, 45, 0, 2), 2), matrix(c(7, 2, 3, 8), 2),
  matrix(c(0, 5, 4, 4), 2), matrix(c(10, 5, 0, 0), 2), matrix(c(1, 0, 0, 1), 2)
), fisher_case)

demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
if (file.exists(demo_path)) {
  d <- read.csv(demo_path, stringsAsFactors = FALSE, na.strings = c("", "NA"))
  resp <- read.csv(file.path("tests", "fixtures", "demo-response.csv"), stringsAsFactors = FALSE)
  mrd <- read.csv(file.path("tests", "fixtures", "demo-mrd.csv"), stringsAsFactors = FALSE)
  month_days <- 30.4375
  all3 <- function(a, b, c) ifelse(a == 1 & b == 1 & c == 1, 1, ifelse(a == 0 | b == 0 | c == 0, 0, NA))
  # The rates: PR or better (NE and < PR count as no), CR or sCR, ever MRD-negative (a patient with
  # no neg/pos MRD result in the series is unknown).
  tested <- d$patient_id %in% mrd$patient_id[mrd$result %in% c("neg", "pos")]
  d$responder <- ifelse(is.na(d$best_response), NA, as.integer(d$best_response %in% c("sCR", "CR", "VGPR", "PR")))
  d$cr <- ifelse(is.na(d$best_response), NA, as.integer(d$best_response %in% c("sCR", "CR")))
  d$mrd <- ifelse(!is.na(d$mrd_first_neg_months), 1L, ifelse(tested, 0L, NA))
  d$triple_refractory <- all3(d$pi_refractory, d$imid_refractory, d$mab_refractory)
  d$penta_refractory <- ifelse(d$n_imid_refractory >= 2 & d$n_pi_refractory >= 2 & d$mab_refractory == 1, 1,
    ifelse(is.na(d$n_imid_refractory) | is.na(d$n_pi_refractory) | is.na(d$mab_refractory), NA, 0))
  d$mrd_group <- ifelse(is.na(d$mrd_first_neg_months), "persistent_pos",
    c("sustained_neg", "lost_neg", "died_mrd_neg")[d$mrd_neg_end_status + 1])
  d$bm_cut50 <- as.integer(d$bm_pc_pct >= 50)
  rate <- function(v) {
    v <- v[!is.na(v)]
    if (length(v) == 0) return(list(x = 0, n = 0, estimate = NULL, lower = NULL, upper = NULL))
    ci <- binom.test(sum(v), length(v))$conf.int
    list(x = sum(v), n = length(v), estimate = mean(v), lower = ci[1], upper = ci[2])
  }
  spread <- function(v) {
    v <- v[!is.na(v)]
    if (length(v) == 0) return(list(n = 0, median = NULL, min = NULL, max = NULL))
    list(n = length(v), median = median(v), min = min(v), max = max(v))
  }
  group_of <- function(rows, label) list(
    label = label, n = length(rows),
    rates = list(orr = rate(d$responder[rows]), cr = rate(d$cr[rows]), mrd = rate(d$mrd[rows])),
    times = list(response = spread(d$t_first_response_months[rows]), cr = spread(d$t_first_cr_months[rows]),
      mrd = spread(d$mrd_first_neg_months[rows])))
  # One case per stratifier the tests look at: every group's rates and times, and each rate's
  # Fisher test across the groups (rows = groups in R's level order, columns = yes, no). With two
  # groups the odds ratio is the second group's against the first: the table's rows swapped.
  view <- function(name, g, cut = NULL) {
    levels_ <- sort(unique(g[!is.na(g)]))
    groups <- lapply(levels_, function(v) group_of(which(!is.na(g) & g == v), as.character(v)))
    tests <- lapply(c("orr", "cr", "mrd"), function(r) {
      col <- c(orr = "responder", cr = "cr", mrd = "mrd")[[r]]
      tab <- t(sapply(levels_, function(v) {
        y <- d[[col]][!is.na(g) & g == v]
        y <- y[!is.na(y)]
        c(sum(y == 1), sum(y == 0))
      }))
      tab <- tab[rowSums(tab) > 0, , drop = FALSE]
      out <- list(rate = r, table = lapply(seq_len(nrow(tab)), function(i) as.integer(tab[i, ])),
        p = fisher.test(tab)$p.value)
      if (nrow(tab) == 2) out$odds <- fisher_case(tab[2:1, ])
      out
    })
    list(stratifier = name, cut = cut, n_grouped = sum(!is.na(g)), groups = groups, tests = tests)
  }
  views <- list(
    view("triple_refractory", d$triple_refractory),
    view("penta_refractory", d$penta_refractory),
    view("mrd_group", d$mrd_group),
    view("iss_stage", d$iss_stage),
    view("bm_pc_pct", d$bm_cut50, cut = 50)
  )

  # ---- the response-over-time chart, counted again from the CSV assessments ---------------------
  # At month t: progressed or died if the PFS event came by t + 14 days; else follow-up ended if PFS
  # was censored before t; else the deepest confirmed response (sCR < CR < VGPR < PR < MR = SD)
  # assessed by t + 14 days, or none yet. "Ever CR" counts a CR or sCR assessed by then, whatever after.
  depth <- c(sCR = 0, CR = 1, VGPR = 2, PR = 3, MR = 4, SD = 4)
  resp <- resp[resp$day >= 0 & (is.na(resp$confirmed) | resp$confirmed != 0), ]
  w <- 14 / month_days
  state_at <- function(i, t) {
    a <- resp[resp$patient_id == d$patient_id[i] & resp$day / month_days <= t + w & resp$response %in% names(depth), ]
    deepest <- if (nrow(a)) min(depth[a$response]) else 5
    s <- if (d$pfs_event[i] == 1 && d$pfs_months[i] <= t + w) 6 else if (d$pfs_event[i] == 0 && d$pfs_months[i] < t) 7 else deepest
    c(state = s, ever = deepest <= 1)
  }
  months <- c(1, 2, 3, 6, 12, 24, 36, 60)
  panels <- function(g) lapply(sort(unique(g[!is.na(g)])), function(v) {
    rows <- which(!is.na(g) & g == v)
    at <- lapply(months, function(t) {
      s <- sapply(rows, function(i) state_at(i, t))
      list(month = t, counts = as.integer(table(factor(s["state", ], levels = 0:7))), ever = sum(s["ever", ]))
    })
    list(level = as.character(v), n = length(rows), at = at)
  })
  over_time <- list(
    last_month = floor(max(d$pfs_months)),
    all = panels(rep("all", nrow(d))),
    triple_refractory = panels(d$triple_refractory)
  )
  write_fixture(list(r = R.version.string, binom = binom, beta = beta, fisher = fisher_edges, views = views,
                     overTime = over_time), "response")
} else {
  write_fixture(list(r = R.version.string, binom = binom, beta = beta, fisher = fisher_edges), "response")
}
