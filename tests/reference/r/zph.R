# Proportional-hazards test fixtures: cox.zph(fit, transform = "km", terms = TRUE) (survival)
# and the smooth plot.cox.zph draws (plot = FALSE: natural spline, df = 4, ± 2 se).
# Writes tests/reference/zph.json: per case the Cox inputs (time, event, entry, strata,
# model-matrix columns, term assignment) and R's table, residuals, var and smooths.
# Also writes tests/reference/zph-cli.json: cox.zph on R's veteran, for the CLI test (the CSV
# tests/fixtures/r-veteran.csv is written by cli.R; the zph unit tests do not use veteran).
# Sourced by tests/reference/generate.R (write_fixture, fin).
num <- function(v) fin(unname(as.vector(v)))
# The line and band of plot.cox.zph(z, var = i) (its own code, survival 3.5: the installed version
# has no plot = FALSE to return them).
zph_smooth <- function(z, i, df = 4, nsmo = 40) {
  xx <- z$x
  pred.x <- seq(from = min(xx), to = max(xx), length = nsmo)
  lmat <- splines::ns(c(pred.x, xx), df = df, intercept = TRUE)
  pmat <- lmat[1:nsmo, ]
  xmat <- lmat[-(1:nsmo), ]
  y <- z$y[, i]
  keep <- !is.na(y)
  qmat <- qr(xmat[keep, ])
  yhat <- pmat %*% qr.coef(qmat, y[keep])
  bk <- backsolve(qmat$qr[1:df, 1:df], diag(df))
  xtx <- bk %*% t(bk)
  seval <- ((pmat %*% xtx) * pmat) %*% rep(1, df)
  band <- 2 * sqrt(z$var[i, i] * seval)
  list(x = num(pred.x), fit = num(yhat), upper = num(yhat + band), lower = num(yhat - band))
}
zph_case <- function(name, formula, data, ties = "efron", strata_var = NULL) {
  fit <- coxph(formula, data = data, ties = ties, model = TRUE, x = TRUE)
  z <- cox.zph(fit, transform = "km", terms = TRUE)
  mf <- fit$model
  y <- model.response(mf)
  x <- fit$x
  nc <- ncol(y)
  tab <- z$table
  nt <- nrow(tab) - 1
  smooth <- lapply(seq_len(ncol(z$y)), function(i) zph_smooth(z, i))
  list(
    name = name,
    ties = ties,
    input = list(
      time = num(y[, nc - 1]),
      event = as.integer(y[, nc]),
      entry = if (nc == 3) num(y[, 1]) else NULL,
      strata = if (is.null(strata_var)) NULL else as.integer(factor(mf[[paste0("strata(", strata_var, ")")]])),
      names = I(colnames(x)),
      x = lapply(seq_len(ncol(x)), function(j) num(x[, j])),
      terms = lapply(names(fit$assign), function(t) list(name = t, columns = I(fit$assign[[t]] - 1L)))
    ),
    expected = list(
      coef = num(coef(fit)),
      terms = lapply(seq_len(nt), function(i) list(
        name = rownames(tab)[i], chisq = tab[i, "chisq"], df = tab[i, "df"], p = tab[i, "p"])),
      global = list(chisq = tab[nt + 1, "chisq"], df = tab[nt + 1, "df"], p = tab[nt + 1, "p"]),
      x = num(z$x),
      time = num(z$time),
      y = lapply(seq_len(ncol(z$y)), function(i) num(z$y[, i])),
      var = num(z$var),
      smooth = smooth
    )
  )
}

lung2 <- within(lung, event <- as.integer(status == 2))
lung2 <- lung2[!is.na(lung2$ph.ecog), ]
colon <- read.csv(file.path("tests", "fixtures", "r-colon.csv"))
colon_death <- subset(colon, etype == 2)
heart <- read.csv(file.path("tests", "fixtures", "r-heart.csv"))
demo <- read.csv(file.path("tests", "fixtures", "demo-cohort.csv"), na.strings = "")
demo$iss_stage <- factor(demo$iss_stage, levels = c("I", "II", "III"))

cases <- list(
  zph_case("lung, age + sex + factor(ph.ecog), Efron", Surv(time, event) ~ age + sex + factor(ph.ecog), lung2),
  zph_case("lung, age + sex + ph.ecog numeric, Breslow", Surv(time, event) ~ age + sex + ph.ecog, lung2, ties = "breslow"),
  zph_case("lung, age + factor(ph.ecog) + strata(sex), Efron", Surv(time, event) ~ age + factor(ph.ecog) + strata(sex), lung2, strata_var = "sex"),
  zph_case("lung, sex only, Efron", Surv(time, event) ~ sex, lung2),
  zph_case("colon deaths, rx + age + nodes + sex, Efron", Surv(time, status) ~ rx + age + nodes + sex, colon_death),
  zph_case("colon deaths, rx + extent, Breslow", Surv(time, status) ~ rx + factor(extent), colon_death, ties = "breslow"),
  zph_case("heart (start, stop], age + year + surgery + transplant, Efron", Surv(start, stop, event) ~ age + year + surgery + transplant, heart),
  zph_case("heart (start, stop], age + transplant, Breslow", Surv(start, stop, event) ~ age + transplant, heart, ties = "breslow"),
  zph_case("demo cohort PFS, age + prior_asct + iss_stage + ldh_high, Efron", Surv(pfs_months, pfs_event) ~ age_years + prior_asct + iss_stage + ldh_high, demo),
  zph_case("demo cohort OS, tocilizumab + steroids, Efron", Surv(os_months, os_event) ~ tocilizumab + steroids, demo),
  zph_case("demo cohort PFS, age alone, Efron", Surv(pfs_months, pfs_event) ~ age_years, demo),
  zph_case("demo cohort PFS, iss_stage alone, Breslow", Surv(pfs_months, pfs_event) ~ iss_stage, demo, ties = "breslow")
)
write_fixture(list(survival = as.character(packageVersion("survival")), cases = cases), "zph")

# The CLI's expected output on R's veteran.
vet <- veteran
vet$celltype <- factor(as.character(vet$celltype)) # as the CLI reads a text column: sorted levels
vfit <- coxph(Surv(time, status) ~ karno + age + celltype, data = vet)
vz <- cox.zph(vfit)$table
vfit2 <- coxph(Surv(time, status) ~ karno + trt + strata(prior), data = vet, ties = "breslow")
vz2 <- cox.zph(vfit2)$table
row <- function(t, i) list(chisq = t[i, "chisq"], df = t[i, "df"], p = t[i, "p"])
write_fixture(list(
  efron = list(terms = lapply(1:3, function(i) c(list(name = rownames(vz)[i]), row(vz, i))), global = row(vz, 4)),
  breslowStrata = list(terms = lapply(1:2, function(i) c(list(name = rownames(vz2)[i]), row(vz2, i))), global = row(vz2, 3))
), "zph-cli")
