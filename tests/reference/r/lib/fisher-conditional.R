# fisher.test's conditional-MLE odds ratio of a 2x2 table and its two-sided confidence interval,
# from fisher.test's own equations (mnhyper(ψ) = x; P(X >= x; ψ) = α/2; P(X <= x; ψ) = α/2) but
# solved in log ψ to 1e-13: fisher.test's uniroot stops at ~1e-4 on ψ (or on 1/ψ above 1).
# Sourced by the parts that need it (tests.R, cli.R); not a part itself (generate.R only runs
# tests/reference/r/*.R).
fisher_conditional <- function(m, conf.level = 0.95) {
  x <- m[1, 1]; mm <- sum(m[, 1]); nn <- sum(m[, 2]); k <- sum(m[1, ])
  lo <- max(0, k - nn); hi <- min(k, mm); support <- lo:hi
  logdc <- dhyper(support, mm, nn, k, log = TRUE)
  weights <- function(t) { d <- logdc + log(t) * support; exp(d - max(d)) }
  mn <- function(t) { d <- weights(t); sum(support * d / sum(d)) }
  tail <- function(t, upper) { d <- weights(t); sum(d[if (upper) support >= x else support <= x]) / sum(d) }
  root <- function(f) exp(uniroot(function(l) f(exp(l)), c(-30, 30), tol = 1e-13)$root)
  alpha <- (1 - conf.level) / 2
  list(
    estimate = if (x == lo) 0 else if (x == hi) Inf else root(function(t) mn(t) - x),
    lower = if (x == lo) 0 else root(function(t) tail(t, TRUE) - alpha),
    upper = if (x == hi) Inf else root(function(t) tail(t, FALSE) - alpha)
  )
}
