# Firth-penalised Cox regression fixtures (Heinze & Schemper 2001), from the direct R
# implementation in lib/firth-cox.R (no Debian package ships coxphf). Writes
# tests/reference/firth.json (unit tests of coxphFirth) and tests/reference/firth-cli.json (the
# CLI's --firth on r-heart.csv, which the unit cases do not use). Per case: the inputs as
# model-matrix columns, and R's estimate, HR, profile CI, penalised LR test per term and the
# global penalised LR test. Sourced by tests/reference/generate.R (write_fixture, fin).
source(file.path("tests", "reference", "r", "lib", "firth-cox.R"), local = TRUE)
num <- function(v) fin(unname(as.vector(v)))
firth_case <- function(name, formula, data, ties, strata_var = NULL) {
  mf <- model.frame(formula, data = data)
  y <- model.response(mf)
  tt <- terms(formula, specials = "strata")
  xt <- if (length(attr(tt, "specials")$strata)) tt[-(attr(tt, "specials")$strata - 1)] else tt
  x <- model.matrix(delete.response(xt), mf)
  x <- x[, colnames(x) != "(Intercept)", drop = FALSE]
  r <- firth_cox(formula, data, ties)
  cat("  firth:", name, "\n")
  ordinary <- suppressWarnings(coxph(formula, data = data, ties = ties))
  nc <- ncol(y)
  list(
    name = name,
    ties = ties,
    input = list(
      time = num(y[, nc - 1]),
      event = as.integer(y[, nc]),
      entry = if (nc == 3) num(y[, 1]) else NULL,
      strata = if (is.null(strata_var)) NULL else as.integer(factor(mf[[paste0("strata(", strata_var, ")")]])),
      names = I(colnames(x)),
      x = lapply(seq_len(ncol(x)), function(j) num(x[, j]))
    ),
    expected = list(
      names = I(r$names),
      coef = num(sapply(r$terms, `[[`, "coef")),
      hr = num(sapply(r$terms, `[[`, "hr")),
      lower = num(sapply(r$terms, `[[`, "lower")),
      upper = num(sapply(r$terms, `[[`, "upper")),
      chisq = num(sapply(r$terms, `[[`, "chisq")),
      p = num(sapply(r$terms, `[[`, "p")),
      penalisedLogLik = num(r$penalisedLogLik),
      lr = r$lr,
      # The ordinary coxph estimate, for the "Firth is close to Cox when nothing is sparse" check.
      coxCoef = num(coef(ordinary))
    )
  )
}

demo <- read.csv(file.path("tests", "fixtures", "demo-cohort.csv"))
demo$dose <- factor(demo$dose_level)
# coxphf's own examples: three patients (monotone likelihood) and a counting-process data set.
tiny <- data.frame(time = c(1, 2, 3), cens = c(1, 1, 1), x = c(1, 1, 0))
test2 <- data.frame(
  start = c(1, 2, 5, 2, 1, 7, 3, 4, 8, 8), stop = c(2, 3, 6, 7, 8, 9, 9, 9, 14, 17),
  event = c(1, 1, 1, 1, 1, 1, 1, 0, 0, 0), x = c(1, 0, 0, 1, 0, 1, 1, 1, 0, 0)
)
# Complete separation by a continuous covariate plus a covariate with no separation.
sep <- data.frame(
  time = c(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
  event = c(1, 1, 1, 0, 1, 1, 0, 1, 0, 0),
  x = c(9.1, 8.4, 7.7, 7.2, 6.5, 5.1, 4.0, 3.3, 2.2, 1.0),
  z = c(0, 1, 1, 0, 1, 0, 1, 0, 1, 0)
)
lung2 <- within(lung, event <- as.integer(status == 2))
lung2 <- lung2[!is.na(lung2$ph.ecog), ]
# coxphf's breast data (Heinze & Schemper 2001), copied from the coxphf package (GPL) to
# tests/fixtures/coxphf-breast.csv.
breast <- read.csv(file.path("tests", "fixtures", "coxphf-breast.csv"))

cases <- list(
  firth_case("demo cohort OS by dose level (3 x 10^6 has no deaths), Breslow", Surv(os_months, os_event) ~ dose, demo, "breslow"),
  firth_case("demo cohort OS by dose level (3 x 10^6 has no deaths), Efron", Surv(os_months, os_event) ~ dose, demo, "efron"),
  firth_case("coxphf example: three patients, monotone likelihood", Surv(time, cens) ~ x, tiny, "breslow"),
  firth_case("coxphf example: counting process with entry times, Efron", Surv(start, stop, event) ~ x, test2, "efron"),
  firth_case("separation by a continuous covariate, with a second covariate", Surv(time, event) ~ x + z, sep, "breslow"),
  firth_case("demo cohort OS by dose level stratified by sex, Efron", Surv(os_months, os_event) ~ dose + strata(sex), demo, "efron", strata_var = "sex"),
  firth_case("lung age + sex (nothing sparse: Firth close to Cox), Efron", Surv(time, event) ~ age + sex, lung2, "efron"),
  firth_case("Heinze & Schemper 2001 breast cancer data (coxphf's breast), Breslow", Surv(TIME, CENS) ~ T + N + G + CD, breast, "breslow")
)
write_fixture(list(survival = as.character(packageVersion("survival")), cases = cases), "firth")

heart_csv <- read.csv(file.path("tests", "fixtures", "r-heart.csv"))
cli <- firth_case("r-heart.csv: Surv(start, stop, event) ~ age + surgery + transplant, Efron",
  Surv(start, stop, event) ~ age + surgery + transplant, heart_csv, "efron")
cli$input <- NULL
cli$args <- I(c("--time", "stop", "--event", "event", "--entry", "start",
                "--covariates", "age,surgery,transplant", "--firth"))
write_fixture(cli, "firth-cli")
