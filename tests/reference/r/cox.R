# Cox regression fixtures: coxph() (survival) on its own datasets and on edge cases.
# Writes tests/reference/cox.json: per case the inputs (time, event, model-matrix columns,
# strata, entry) and R's results (coef, se, HR, CI, z, p, loglik, global tests, concordance,
# iterations, warnings). Sourced by tests/reference/generate.R (write_fixture, fin).
num <- function(v) fin(unname(as.vector(v)))
cox_case <- function(name, formula, data, ties = "efron", strata_var = NULL, entry_var = NULL) {
  warn <- character(0)
  fit <- withCallingHandlers(
    coxph(formula, data = data, ties = ties),
    warning = function(w) {
      warn <<- c(warn, conditionMessage(w))
      invokeRestart("muffleWarning")
    }
  )
  mf <- model.frame(formula, data = data, na.action = na.pass)
  y <- model.response(mf)
  tt <- terms(formula, specials = "strata")
  xt <- if (length(attr(tt, "specials")$strata)) tt[-(attr(tt, "specials")$strata - 1)] else tt
  x <- model.matrix(delete.response(xt), model.frame(delete.response(xt), data, na.action = na.pass))
  x <- x[, colnames(x) != "(Intercept)", drop = FALSE]
  s <- summary(fit)
  cf <- coef(fit)
  se <- sqrt(diag(fit$var))
  se[is.na(cf)] <- NA
  ci <- s$conf.int
  nc <- ncol(y)
  list(
    name = name,
    ties = ties,
    input = list(
      time = num(y[, nc - 1]),
      event = as.integer(y[, nc]),
      entry = if (nc == 3) num(y[, 1]) else NULL,
      strata = if (is.null(strata_var)) NULL else as.integer(factor(data[[strata_var]])),
      names = I(colnames(x)),
      x = lapply(seq_len(ncol(x)), function(j) num(x[, j]))
    ),
    expected = list(
      n = fit$n,
      events = fit$nevent,
      coef = num(cf),
      se = num(se),
      hr = num(exp(cf)),
      lower = num(ci[, "lower .95"]),
      upper = num(ci[, "upper .95"]),
      z = num(s$coefficients[, "z"]),
      p = num(s$coefficients[, "Pr(>|z|)"]),
      loglik = fit$loglik,
      lr = list(stat = s$logtest[["test"]], df = s$logtest[["df"]], p = s$logtest[["pvalue"]]),
      wald = list(stat = fit$wald.test[[1]], df = s$waldtest[["df"]], p = s$waldtest[["pvalue"]]),
      score = list(stat = s$sctest[["test"]], df = s$sctest[["df"]], p = s$sctest[["pvalue"]]),
      concordance = num(fit$concordance[["concordance"]])[[1]],
      iter = fit$iter,
      warnings = I(warn)
    )
  )
}

lung2 <- within(lung, {
  event <- as.integer(status == 2)
  ecog <- relevel(factor(ph.ecog), ref = "1")
})
pbc2 <- within(pbc[!is.na(pbc$trt), ], event <- as.integer(status == 2))
vet <- veteran
sep <- data.frame(
  time = c(1, 2, 3, 4, 5, 6, 7, 8),
  event = c(1, 1, 1, 0, 1, 0, 1, 0),
  g = c(1, 1, 1, 1, 0, 0, 0, 0)
)
zero_group <- data.frame(
  time = c(2, 4, 4, 5, 7, 8, 9, 12, 3, 6, 10, 11),
  event = c(1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0),
  age = c(61, 55, 70, 48, 66, 59, 72, 50, 64, 58, 69, 53),
  arm = c(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1)
)
tiny <- data.frame(time = c(1, 2, 2, 3), event = c(1, 1, 0, 1), x = c(0, 1, 0, 1))
no_events <- data.frame(time = c(1, 2, 3, 4, 5, 6), event = 0, x = c(1, 2, 3, 1, 2, 5))
colli <- data.frame(time = ovarian$futime, event = ovarian$fustat, a = ovarian$age, b = 2 * ovarian$age)

cases <- list(
  cox_case("ovarian age + rx, Efron", Surv(futime, fustat) ~ age + rx, ovarian),
  cox_case("ovarian age + rx, Breslow", Surv(futime, fustat) ~ age + rx, ovarian, ties = "breslow"),
  cox_case("aml maintenance, tied times", Surv(time, status) ~ x, aml),
  cox_case("aml maintenance, tied times, Breslow", Surv(time, status) ~ x, aml, ties = "breslow"),
  cox_case("veteran celltype + karno + trt", Surv(time, status) ~ celltype + karno + trt, vet),
  cox_case("lung age + sex + ph.ecog with missing values", Surv(time, event) ~ age + sex + ph.ecog, lung2),
  cox_case("lung categorical ecog with reference 1", Surv(time, event) ~ ecog + age, lung2),
  cox_case("pbc five covariates", Surv(time, event) ~ age + edema + log(bili) + log(albumin) + log(protime), pbc2),
  cox_case("rats rx stratified by sex", Surv(time, status) ~ rx + strata(sex), rats, strata_var = "sex"),
  cox_case("rats rx stratified by sex, Breslow", Surv(time, status) ~ rx + strata(sex), rats, ties = "breslow", strata_var = "sex"),
  cox_case("heart transplant with entry times", Surv(start, stop, event) ~ age + surgery + transplant, heart),
  cox_case("heart transplant with entry times, Breslow", Surv(start, stop, event) ~ age + surgery + transplant, heart, ties = "breslow"),
  cox_case("heart with entry times stratified by surgery", Surv(start, stop, event) ~ age + transplant + strata(surgery), heart, strata_var = "surgery"),
  cox_case("lung stratified by sex, missing values", Surv(time, event) ~ age + ph.ecog + strata(sex), lung2, strata_var = "sex"),
  cox_case("complete separation (monotone likelihood)", Surv(time, event) ~ g, sep),
  cox_case("group with zero events", Surv(time, event) ~ age + arm, zero_group),
  cox_case("four patients, two per group", Surv(time, event) ~ x, tiny),
  cox_case("collinear covariates", Surv(time, event) ~ a + b, colli),
  cox_case("no events at all", Surv(time, event) ~ x, no_events)
)
write_fixture(list(survival = as.character(packageVersion("survival")), cases = cases), "cox")

# Model matrices: raw columns (text factors as strings) and R's model.matrix after na.omit.
mm_case <- function(name, data, formula, raw) {
  mf <- model.frame(formula, data, na.action = na.omit)
  x <- model.matrix(formula, mf)
  x <- x[, colnames(x) != "(Intercept)", drop = FALSE]
  list(
    name = name,
    columns = lapply(raw, function(r) {
      v <- data[[r$column]]
      list(name = r$name, values = if (is.numeric(v)) num(v) else lapply(as.character(v), function(z) if (is.na(z)) NULL else z), levels = r$levels)
    }),
    names = I(colnames(x)),
    keep = as.integer(complete.cases(data[, sapply(raw, `[[`, "column"), drop = FALSE])),
    x = lapply(seq_len(ncol(x)), function(j) num(x[, j]))
  )
}
vet_chr <- within(veteran, celltype_chr <- as.character(celltype))
lung_chr <- within(lung2, ecog_chr <- as.character(ph.ecog))
write_fixture(list(
  mm_case("veteran celltype (sorted levels) + karno", within(vet_chr, celltype <- factor(celltype_chr)),
    ~ celltype + karno, list(list(name = "celltype", column = "celltype_chr"), list(name = "karno", column = "karno"))),
  mm_case("veteran celltype in R's level order", vet_chr, ~ celltype + karno,
    list(list(name = "celltype", column = "celltype_chr", levels = I(levels(veteran$celltype))), list(name = "karno", column = "karno"))),
  mm_case("lung ecog with reference 1 and missing values", within(lung_chr, ecog <- relevel(factor(ph.ecog), ref = "1")),
    ~ ecog + age + ph.karno, list(list(name = "ecog", column = "ecog_chr", levels = I(c("1", "0", "2", "3"))), list(name = "age", column = "age"), list(name = "ph.karno", column = "ph.karno")))
), "cox-model-matrix")
