# The cohort views on the simulated demo cohort, computed by R: Table 1 (median and quartiles by
# quantile(type = 7), n/N of each value, missing counts; fisher.test and chisq.test of every
# categorical row, wilcox.test(exact = FALSE, correct = TRUE) or kruskal.test of every numeric
# row) overall, by triple_refractory and by mrd_group; and the Spearman correlation matrix of the
# kinetic and outcome measures (cor.test(method = "spearman", exact = FALSE), pairwise complete).
# Derived columns are computed here independently, with the rules of docs/data-format.md.
# Also one table too large for the explorer's exact enumeration (χ² fallback).
# Writes tests/reference/cohort.json (sourced by generate.R, which defines write_fixture and fin).
demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
if (file.exists(demo_path)) {
  # Empty cells are missing (ISS stage is empty for two patients).
  d <- read.csv(demo_path, stringsAsFactors = FALSE, na.strings = c("", "NA"))
  all3 <- function(a, b, c) ifelse(a == 1 & b == 1 & c == 1, 1, ifelse(a == 0 | b == 0 | c == 0, 0, NA))
  any_of <- function(...) {
    m <- cbind(...)
    ifelse(rowSums(m == 1, na.rm = TRUE) > 0, 1, ifelse(rowSums(is.na(m)) > 0, NA, 0))
  }
  d$triple_refractory <- all3(d$pi_refractory, d$imid_refractory, d$mab_refractory)
  d$triple_exposed <- all3(d$pi_exposed, d$imid_exposed, d$mab_exposed)
  d$penta_refractory <- as.integer(d$n_imid_refractory >= 2 & d$n_pi_refractory >= 2 & d$mab_refractory == 1)
  d$high_risk_ca <- ifelse(d$fish_evaluable == 0, NA, any_of(d$del17p, d$t_4_14, d$t_14_16))
  d$emd_or_pcl <- any_of(d$emd, d$pcl)
  d$bm_burden_high <- as.integer(d$bm_pc_pct >= 50)
  d$mrd_group <- ifelse(is.na(d$mrd_first_neg_months), "persistent_pos",
    c("sustained_neg", "lost_neg", "died_mrd_neg")[d$mrd_neg_end_status + 1])
  d$mrd_neg_duration_months <- d$mrd_neg_end_months - d$mrd_first_neg_months

  # Table 1's rows: numeric (median [IQR]) or values (n/N each); the registry's table1 role.
  numeric_rows <- c("age_years", "bm_pc_pct", "prior_lines")
  value_rows <- c("sex", "ecog", "isotype", "iss_stage", "ds_stage", "ldh_high", "bm_burden_high",
    "emd", "pcl", "emd_or_pcl", "del17p", "t_4_14", "t_14_16", "high_risk_ca", "prior_asct",
    "pi_exposed", "imid_exposed", "mab_exposed", "triple_exposed", "pi_refractory",
    "imid_refractory", "mab_refractory", "n_pi_refractory", "n_imid_refractory",
    "triple_refractory", "penta_refractory", "prior_cart", "trial_id", "bridging", "dose_level")

  cell <- function(x, numeric) {
    present <- x[!is.na(x)]
    out <- list(n = length(present), missing = sum(is.na(x)))
    if (numeric) {
      q <- if (length(present) > 0) quantile(present, c(0.25, 0.5, 0.75), type = 7, names = FALSE) else c(NA, NA, NA)
      out$q1 <- fin(q[1])[[1]]; out$median <- fin(q[2])[[1]]; out$q3 <- fin(q[3])[[1]]
    } else {
      tab <- table(as.character(present))
      out$counts <- as.list(setNames(as.integer(tab), names(tab)))
    }
    out
  }
  row_test <- function(x, g, numeric) {
    ok <- !is.na(x) & !is.na(g)
    x <- x[ok]; g <- g[ok]
    if (numeric) {
      k <- length(unique(g))
      if (k < 2) return(NULL)
      if (k == 2) {
        w <- wilcox.test(x ~ factor(g), exact = FALSE, correct = TRUE)
        return(list(method = "mann-whitney", statistic = unname(w$statistic), p = w$p.value, n = length(x)))
      }
      kw <- kruskal.test(x ~ factor(g))
      return(list(method = "kruskal-wallis", statistic = unname(kw$statistic),
        df = unname(kw$parameter), p = kw$p.value, n = length(x)))
    }
    tab <- table(as.character(x), as.character(g))
    if (nrow(tab) < 2 || ncol(tab) < 2) return(NULL)
    fi <- tryCatch(fisher.test(tab, workspace = 2e8)$p.value, error = function(e) NA)
    warned <- FALSE
    ch <- withCallingHandlers(chisq.test(tab), warning = function(w) {
      warned <<- TRUE
      invokeRestart("muffleWarning")
    })
    list(fisher_p = fin(fi)[[1]], chisq_stat = unname(ch$statistic), chisq_df = unname(ch$parameter),
      chisq_p = ch$p.value, chisq_warning = warned, n = length(x))
  }
  table1 <- function(stratifier) {
    g <- if (is.null(stratifier)) rep(NA, nrow(d)) else d[[stratifier]]
    values <- sort(unique(as.character(g[!is.na(g)])))
    # The stratifier's own row is left out: its groups are the columns.
    rows <- lapply(setdiff(c(numeric_rows, value_rows), stratifier), function(col) {
      numeric <- col %in% numeric_rows
      x <- d[[col]]
      list(column = col, numeric = numeric, overall = cell(x, numeric),
        groups = setNames(lapply(values, function(v) cell(x[!is.na(g) & as.character(g) == v], numeric)), values),
        test = if (is.null(stratifier)) NULL else row_test(x, as.character(g), numeric))
    })
    list(stratifier = stratifier, n_total = nrow(d), n_grouped = sum(!is.na(g)),
      group_n = as.list(setNames(as.integer(table(as.character(g[!is.na(g)]))[values]), values)), rows = rows)
  }

  measures <- list(
    cmax_copies = list(x = d$cmax_copies, censored = rep(FALSE, nrow(d))),
    auc_0_28d = list(x = d$auc_0_28d, censored = rep(FALSE, nrow(d))),
    auc_0_last = list(x = d$auc_0_last, censored = rep(FALSE, nrow(d))),
    car_persist_months = list(x = d$car_persist_months, censored = !is.na(d$car_persist_event) & d$car_persist_event == 0),
    # Loss of negativity (status 1) is the event; still negative (0) and death while negative (2) are censored.
    mrd_neg_duration_months = list(x = d$mrd_neg_duration_months, censored = !is.na(d$mrd_neg_end_status) & d$mrd_neg_end_status != 1),
    pfs_months = list(x = d$pfs_months, censored = d$pfs_event == 0),
    os_months = list(x = d$os_months, censored = d$os_event == 0)
  )
  pairs <- list()
  nm <- names(measures)
  for (a in seq_along(nm)) for (b in seq_along(nm)) if (a < b) {
    x <- measures[[a]]; y <- measures[[b]]
    ok <- complete.cases(x$x, y$x)
    s <- cor.test(x$x, y$x, method = "spearman", exact = FALSE)
    pairs[[length(pairs) + 1]] <- list(x = nm[a], y = nm[b], rho = unname(s$estimate), p = s$p.value,
      n = sum(ok), n_censored = sum(ok & (x$censored | y$censored)))
  }
  variables <- lapply(nm, function(v) {
    m <- measures[[v]]
    list(column = v, n = sum(!is.na(m$x)), n_censored = sum(!is.na(m$x) & m$censored))
  })

  # Too large to enumerate (the explorer refuses beyond 5e6 steps): Pearson's χ² instead.
  large <- matrix(c(30, 22, 25, 28, 19, 26, 31, 24, 27, 22, 20, 29, 25, 23, 30,
    28, 21, 26, 24, 27, 25, 22, 30, 26, 24), nrow = 5)
  large_ch <- suppressWarnings(chisq.test(large))

  write_fixture(list(
    table1 = list(table1(NULL), table1("triple_refractory"), table1("mrd_group")),
    correlations = list(variables = variables, pairs = pairs),
    large_table = list(table = lapply(seq_len(nrow(large)), function(i) large[i, ]),
      chisq_stat = unname(large_ch$statistic), chisq_df = unname(large_ch$parameter), chisq_p = large_ch$p.value)
  ), "cohort")
}
