# Firth-penalised Cox regression (Firth 1993; Heinze & Schemper 2001) written directly in R,
# because no Debian package ships coxphf. Independent of the TypeScript engine's algebra: the
# log partial likelihood and the information come from survival's coxph evaluated at a given
# beta (init = beta, iter.max = 0: fit$loglik[2] and fit$var = I(beta)^-1), the penalty is
# 0.5 * log det I(beta) = -0.5 * log det var, and the maximisation uses numerical derivatives:
# Newton steps (at most 2 per step, halved while the penalised likelihood falls) with
# central-difference gradients and I(beta) as the negative Hessian, until every |gradient| < 1e-8 or the step < 1e-10.
#   log L*(beta)  = log L(beta) + 0.5 log det I(beta)
#   profile CI    = the beta_j where 2 [log L*(hat) - max_others log L*(beta_j, .)] = qchisq(.95, 1)
#                   (uniroot, tol 1e-11; inner maximum from several starting points — the
#                   estimate, the last profiled point, 0 and, with one free coefficient, the
#                   best of a grid — the highest kept); NA (JSON null) when not crossed within 60 of the estimate
#   penalised LR  = 2 [log L*(hat) - max_others log L*(beta_j = 0, .)], p = pchisq(., 1, upper)
#   global test   = 2 [log L*(hat) - log L*(0)] on p df
# Ties: "breslow" (as coxphf) or "efron" (as coxph's default). Sourced by firth.R and cli.R.
firth_cox <- function(formula, data, ties = "breslow") {
  pen <- function(beta) {
    f <- tryCatch(suppressWarnings(coxph(formula, data = data, ties = ties, init = beta,
                                         control = coxph.control(iter.max = 0))),
                  error = function(e) NULL)
    if (is.null(f)) return(list(value = -Inf, info = NULL, loglik = -Inf))
    list(value = f$loglik[2] - 0.5 * as.numeric(determinant(f$var, logarithm = TRUE)$modulus),
         info = solve(f$var), loglik = f$loglik[2])
  }
  p <- length(coef(suppressWarnings(coxph(formula, data = data, ties = ties,
                                         control = coxph.control(iter.max = 0)))))
  value <- function(beta) pen(beta)$value
  grad <- function(beta) {
    vapply(seq_along(beta), function(k) {
      h <- 1e-5 * max(1, abs(beta[k]))
      up <- beta; up[k] <- up[k] + h
      dn <- beta; dn[k] <- dn[k] - h
      (value(up) - value(dn)) / (2 * h)
    }, 0)
  }
  # Maximise over the coordinates in `free`, the others fixed at start's values.
  maximise <- function(start, free) {
    beta <- start
    if (!any(free)) return(list(beta = beta, value = value(beta)))
    for (it in 1:200) {
      g <- grad(beta)[free]
      if (max(abs(g)) < 1e-8) break
      info <- pen(beta)$info[free, free, drop = FALSE]
      step <- solve(info, g)
      if (max(abs(step)) > 2) step <- step * 2 / max(abs(step))
      cur <- value(beta)
      for (half in 0:30) {
        nb <- beta; nb[free] <- beta[free] + step / 2^half
        if (value(nb) >= cur - 1e-13) break
      }
      if (half == 30) break
      beta <- nb
      if (max(abs(step / 2^half)) < 1e-10) break
    }
    list(beta = beta, value = value(beta))
  }
  fit <- maximise(rep(0, p), rep(TRUE, p))
  top <- fit$value
  null0 <- value(rep(0, p))
  se <- sqrt(diag(solve(pen(fit$beta)$info)))
  q <- qchisq(0.95, 1)
  terms <- lapply(seq_len(p), function(j) {
    # The penalised likelihood need not be concave (separation): search the inner maximum from
    # the estimate, from the last profiled point and from 0, and keep the highest.
    last <- fit$beta
    prof <- function(b) {
      best <- NULL
      starts <- list(fit$beta, last, rep(0, p))
      if (p == 2) {
        # One free coefficient: also start from the best point of a grid over it.
        grid <- seq(-10, 10, by = 0.5)
        vals <- vapply(grid, function(g) { s <- rep(0, p); s[j] <- b; s[-j] <- g; value(s) }, 0)
        s <- rep(0, p); s[-j] <- grid[which.max(vals)]
        starts <- c(starts, list(s))
      }
      for (s in starts) {
        start <- s; start[j] <- b
        m <- maximise(start, seq_len(p) != j)
        if (is.null(best) || m$value > best$value) best <- m
        if (p == 1) break
      }
      if (is.finite(best$value)) last <<- best$beta
      2 * (top - best$value)
    }
    limit <- function(side) {
      h <- max(se[j], 1e-3)
      while (prof(fit$beta[j] + side * h) < q) {
        if (h > 60) return(NA)
        h <- 2 * h
      }
      uniroot(function(b) prof(b) - q, sort(c(fit$beta[j], fit$beta[j] + side * h)),
              tol = 1e-11)$root
    }
    chisq <- max(0, prof(0))
    list(coef = fit$beta[j], hr = exp(fit$beta[j]), lower = exp(limit(-1)),
         upper = exp(limit(1)), chisq = chisq, p = pchisq(chisq, 1, lower.tail = FALSE))
  })
  stat <- max(0, 2 * (top - null0))
  list(
    names = names(coef(suppressWarnings(coxph(formula, data = data, ties = ties,
                                              control = coxph.control(iter.max = 0))))),
    terms = terms,
    penalisedLogLik = c(null0, top),
    lr = list(stat = stat, df = p, p = pchisq(stat, p, lower.tail = FALSE))
  )
}
