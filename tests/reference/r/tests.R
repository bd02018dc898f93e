# Correlation, group-comparison and kinetics fixtures: cor.test, wilcox.test, t.test,
# chisq.test, fisher.test and a trapezoid AUC, on R datasets and edge cases.
# Writes tests/reference/tests.json. Sourced by tests/reference/generate.R (write_fixture, fin).
source(file.path("tests", "reference", "r", "lib", "fisher-conditional.R"), local = TRUE)
num <- function(v) fin(unname(as.vector(v)))
quiet <- function(expr) suppressWarnings(expr)
pair <- function(name, x, y) {
  ok <- complete.cases(x, y)
  s <- quiet(cor.test(x, y, method = "spearman", exact = FALSE))
  p <- cor.test(x, y)
  list(
    name = name, x = num(x), y = num(y), n = sum(ok),
    spearman = list(rho = unname(s$estimate), p = s$p.value),
    pearson = list(r = unname(p$estimate), t = unname(p$statistic), df = unname(p$parameter),
      p = p$p.value, lower = if (is.null(p$conf.int)) NULL else p$conf.int[1],
      upper = if (is.null(p$conf.int)) NULL else p$conf.int[2])
  )
}
groups <- function(name, x, y) {
  w <- quiet(wilcox.test(x, y))
  ties <- length(unique(c(na.omit(x), na.omit(y)))) < length(c(na.omit(x), na.omit(y)))
  exact <- length(na.omit(x)) < 50 && length(na.omit(y)) < 50 && !ties
  welch <- t.test(x, y)
  student <- t.test(x, y, var.equal = TRUE)
  tt <- function(f) list(t = unname(f$statistic), df = unname(f$parameter), p = f$p.value,
    meanX = unname(f$estimate[1]), meanY = unname(f$estimate[2]), lower = f$conf.int[1], upper = f$conf.int[2])
  list(
    name = name, x = num(x), y = num(y),
    mannWhitney = list(w = unname(w$statistic), p = w$p.value, exact = exact),
    welch = tt(welch), student = tt(student)
  )
}
tab <- function(name, m) {
  ch <- quiet(chisq.test(m))
  fi <- fisher.test(m)
  out <- list(name = name, table = lapply(seq_len(nrow(m)), function(i) as.integer(m[i, ])),
    chisq = list(stat = unname(ch$statistic), df = unname(ch$parameter), p = ch$p.value,
      expected = lapply(seq_len(nrow(m)), function(i) unname(ch$expected[i, ]))),
    fisher = list(p = fi$p.value))
  if (all(dim(m) == 2)) {
    # fisher.test's estimate and CI use uniroot(tol ≈ 1e-4); re-solve its equations to 1e-13.
    fc <- fisher_conditional(m)
    out$fisher$oddsRatioInfinite <- is.infinite(fc$estimate)
    out$fisher$oddsRatio <- if (is.finite(fc$estimate)) fc$estimate else NULL
    out$fisher$rEstimate <- if (is.finite(fi$estimate)) unname(fi$estimate) else NULL
    # An infinite upper limit is JSON null.
    out$fisher["lower"] <- fc$lower
    out$fisher["upper"] <- num(fc$upper)
    out$fisher["rLower"] <- fi$conf.int[1]
    out$fisher["rUpper"] <- num(fi$conf.int[2])
  }
  out
}
trapezoid <- function(d, c) if (length(d) < 2) 0 else sum(diff(d) * (head(c, -1) + tail(c, -1)) / 2)
kin <- function(name, day, copies, blq = rep(0L, length(day))) {
  keep <- !is.na(day) & day >= 0 & (!is.na(copies) | blq == 1)
  d <- day[keep]; c <- ifelse(blq[keep] == 1, 0, copies[keep])
  o <- order(d); d <- d[o]; c <- c[o]
  if (d[1] > 0) { d <- c(0, d); c <- c(0, c) }
  auc28 <- if (max(d) >= 28) { c28 <- approx(d, c, xout = 28, ties = "ordered")$y; i <- d < 28; trapezoid(c(d[i], 28), c(c[i], c28)) } else NULL
  list(name = name, day = num(day), copies = num(copies), blq = as.integer(blq),
    aucLast = trapezoid(d, c), auc28 = auc28, cmax = max(c), tmax = if (max(c) > 0) d[which.max(c)] else NULL,
    last = if (any(c > 0)) max(d[c > 0]) else NULL)
}
aq <- airquality
write_fixture(list(
  pairs = list(
    pair("mtcars mpg vs wt", mtcars$mpg, mtcars$wt),
    pair("mtcars hp vs qsec, tied ranks", mtcars$hp, mtcars$qsec),
    pair("airquality Ozone vs Solar.R, missing values", aq$Ozone, aq$Solar.R),
    pair("airquality Ozone vs Temp, negative association", aq$Wind, aq$Temp),
    pair("four points", c(1, 2, 3, 4), c(2, 4, 5, 9))
  ),
  groups = list(
    groups("sleep extra by group (ties)", sleep$extra[sleep$group == 1], sleep$extra[sleep$group == 2]),
    groups("small samples without ties (exact)", c(1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3),
      c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06 + 0.001, 3.14, 1.29 + 0.002)),
    groups("two patients per group", c(3.1, 4.7), c(5.2, 6.9)),
    groups("airquality Ozone May vs August, missing values", aq$Ozone[aq$Month == 5], aq$Ozone[aq$Month == 8]),
    groups("ToothGrowth len by supp (n = 30 each, ties)", ToothGrowth$len[ToothGrowth$supp == "OJ"], ToothGrowth$len[ToothGrowth$supp == "VC"]),
    groups("large groups without ties (normal approximation)", qnorm(ppoints(60)) + 0.3, qnorm(ppoints(55)) * 1.3)
  ),
  tables = list(
    tab("2x2 response by arm", matrix(c(12, 7, 5, 15), 2)),
    tab("2x2 with a zero cell", matrix(c(0, 6, 5, 3), 2)),
    tab("2x2 small counts", matrix(c(3, 1, 1, 3), 2)),
    tab("2x3 table", matrix(c(8, 2, 5, 6, 1, 9), 2)),
    tab("3x3 table", matrix(c(4, 1, 0, 2, 5, 1, 0, 2, 6), 3)),
    tab("2x2 all mass on the diagonal", matrix(c(5, 0, 0, 4), 2))
  ),
  kinetics = list(
    kin("typical expansion and contraction", c(1, 4, 7, 10, 14, 21, 28, 56, 90, 180), c(0, 120, 5400, 22000, 9100, 2300, 640, 88, 12, 0)),
    kin("day-0 sample given, unsorted input", c(14, 0, 7, 35), c(300, 10, 1200, 40)),
    kin("BLQ samples and no sample on day 28", c(3, 9, 20, 40, 60), c(50, 800, 200, NA, 20), c(0L, 0L, 0L, 1L, 0L)),
    kin("tied Cmax keeps the first day", c(7, 14, 21, 30), c(500, 500, 100, 0)),
    kin("never detectable", c(7, 14, 30), c(0, 0, NA), c(0L, 1L, 1L))
  )
), "tests")
