# Messy hospital-style exports (tests/fixtures/messy, written by scripts/make-messy-exports.ts),
# read and converted in R on their own terms — R's own unit conversion and recoding, written
# here, not the explorer's mapping — then PFS and OS by sex: survfit medians and survival at
# 12 and 24 months, survdiff, coxph. tests/unit/data/mapping/messy-exports.test.ts applies the
# committed mapping files instead and must give the same numbers.
md <- 30.4375
read_messy <- function(file) read.csv(file.path("tests", "fixtures", "messy", file),
  check.names = FALSE, na.strings = c("", "NA"), stringsAsFactors = FALSE, encoding = "UTF-8")
exports <- list(
  "hospital-a-days.csv" = function(d) data.frame(sex = d[["Sex"]],
    pfs = d[["PFS (days)"]] / md, pfs_e = as.integer(d[["PFS status"]] == "progressed"),
    os = d[["OS (days)"]] / md, os_e = as.integer(d[["Vital status"]] == "dead")),
  "klinik-b-jahre.csv" = function(d) data.frame(sex = d[["Geschlecht"]],
    pfs = d[["PFS (Monate)"]], pfs_e = as.integer(d[["Progression"]] == "ja"),
    os = d[["Gesamtüberleben (Jahre)"]] * 12, os_e = as.integer(d[["Verstorben"]] == "ja")),
  "hopital-c-semaines.csv" = function(d) data.frame(sex = d[["Sexe"]],
    pfs = d[["Survie sans progression (semaines)"]] * 7 / md, pfs_e = d[["Statut SSP"]] - 1L,
    os = d[["Survie globale (semaines)"]] * 7 / md, os_e = as.integer(d[["Décès"]] == "oui"))
)
summarise <- function(time, event, sex) {
  fit <- survfit(Surv(time, event) ~ 1)
  s <- summary(fit, times = c(12, 24), extend = TRUE)
  by <- survdiff(Surv(time, event) ~ sex)
  cx <- coxph(Surv(time, event) ~ I(sex == "M"))
  list(n = fit$n, events = sum(event, na.rm = TRUE), median = fin(unname(summary(fit)$table["median"])),
    surv = fin(s$surv), chisq = unname(by$chisq), coef = unname(coef(cx)),
    se = unname(sqrt(diag(vcov(cx)))))
}
out <- lapply(names(exports), function(f) {
  d <- exports[[f]](read_messy(f))
  list(file = f, pfs = summarise(d$pfs, d$pfs_e, d$sex), os = summarise(d$os, d$os_e, d$sex))
})
write_fixture(out, "messy")
