# Competing risks reference (sourced by tests/reference/generate.R, which defines write_fixture
# and fin): cmprsk::cuminc(ftime, fstatus, group, cencode = 0) curves (time, est, var as cuminc
# returns them), timepoints(fit, times), and Gray's test ($Tests, rho = 0), on
# - small hand tables: ties between causes, censoring at event times, one group and three groups;
# - lung with a made-up competing cause (death at age > 65 = cause 2, else cause 1), by sex and
#   by ph.ecog (4 groups, one of a single patient);
# - the simulated demo cohort's MRD endpoint: months from first MRD negativity
#   (mrd_neg_end_months - mrd_first_neg_months), 1 = lost negativity, 2 = died MRD-negative,
#   overall and by ISS stage.
# Writes tests/reference/cuminc.json. The CLI's own case (r-colon.csv, never used here) is at the end.
suppressMessages(library(cmprsk))
fu <- function(v) fin(unname(v))
one_case <- function(name, time, status, group, times) {
  fit <- if (is.null(group)) cuminc(time, status, cencode = 0) else cuminc(time, status, group, cencode = 0)
  curves <- fit[names(fit) != "Tests"]
  tp <- timepoints(fit, times)
  tests <- if (is.null(fit$Tests)) list() else lapply(seq_len(nrow(fit$Tests)), function(i) {
    list(cause = as.numeric(rownames(fit$Tests)[i]), stat = fit$Tests[i, "stat"],
         p = fit$Tests[i, "pv"], df = fit$Tests[i, "df"])
  })
  list(
    name = name, time = fu(time), status = fu(status), group = if (is.null(group)) NULL else fu(group),
    times = fu(sort(unique(times))),
    curves = lapply(names(curves), function(nm) list(
      name = nm, time = fu(curves[[nm]]$time), est = fu(curves[[nm]]$est), var = fu(curves[[nm]]$var),
      at = list(est = fu(tp$est[nm, ]), var = fu(tp$var[nm, ])))),
    tests = tests)
}
cases <- list()
# Hand table 1: ties between the two causes at t = 2 and 5, censoring at event times 2 and 5.
h_time <- c(1, 2, 2, 2, 2, 3, 4, 5, 5, 5, 6, 7, 7, 8)
h_status <- c(1, 1, 2, 0, 2, 0, 1, 1, 2, 0, 2, 1, 0, 1)
cases[[length(cases) + 1]] <- one_case("hand, one group", h_time, h_status, NULL, c(0, 2, 4.5, 8, 9))
h_group <- c(1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2)
cases[[length(cases) + 1]] <- one_case("hand, three groups", h_time, h_status, h_group, c(0, 2, 5, 7.5, 8))
# Hand table 2: three causes, a group with no event of cause 3, tied times across groups.
h2_time <- c(0.5, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 6, 7, 8, 9, 9, 10, 12)
h2_status <- c(3, 1, 2, 0, 1, 1, 2, 0, 3, 1, 0, 2, 1, 1, 0, 2, 1, 3, 0, 1)
h2_group <- c(2, 1, 2, 1, 2, 1, 1, 2, 2, 1, 2, 1, 2, 1, 2, 1, 2, 2, 1, 1)
cases[[length(cases) + 1]] <- one_case("hand, three causes, two groups", h2_time, h2_status, h2_group, c(1, 3, 6, 10, 11))

lung <- survival::lung
lung_status <- ifelse(lung$status == 2, ifelse(lung$age > 65, 2, 1), 0)
cases[[length(cases) + 1]] <- one_case("lung, death by age as cause, by sex", lung$time, lung_status, lung$sex, c(180, 365, 730, 2000))
ok <- !is.na(lung$ph.ecog)
cases[[length(cases) + 1]] <- one_case("lung, by ph.ecog (4 groups)", lung$time[ok], lung_status[ok], lung$ph.ecog[ok], c(100, 365))

demo_path <- file.path("tests", "fixtures", "demo-cohort.csv")
if (file.exists(demo_path)) {
  d <- read.csv(demo_path, stringsAsFactors = FALSE)
  use <- !is.na(d$mrd_neg_end_status) & !is.na(d$mrd_first_neg_months)
  t <- d$mrd_neg_end_months[use] - d$mrd_first_neg_months[use]
  s <- d$mrd_neg_end_status[use]
  cases[[length(cases) + 1]] <- one_case("demo MRD negativity, all", t, s, NULL, c(12, 24))
  iss <- match(d$iss_stage[use], c("I", "II", "III"))
  okg <- !is.na(iss)
  cases[[length(cases) + 1]] <- one_case("demo MRD negativity, by ISS stage", t[okg], s[okg], iss[okg], c(12, 24))
}
write_fixture(cases, "cuminc")

# The CLI's case: colon (tests/fixtures/r-colon.csv holds the deaths, etype 2, of survival::colon)
# joined with the recurrences (etype 1): status 1 = recurrence, 2 = death without recurrence first,
# 0 = censored; time = months to the first of them. Written as a CSV the engine has never seen.
colon <- survival::colon
rec <- colon[colon$etype == 1, c("id", "time", "status", "rx", "sex", "nodes")]
dth <- colon[colon$etype == 2, c("id", "time", "status")]
cr <- merge(rec, dth, by = "id", suffixes = c(".rec", ".dth"))
cr$cr_status <- ifelse(cr$status.rec == 1, 1, ifelse(cr$status.dth == 1, 2, 0))
cr$cr_time <- ifelse(cr$status.rec == 1, cr$time.rec, cr$time.dth)
cr$rx <- as.character(cr$rx)
out <- cr[, c("id", "rx", "sex", "nodes", "cr_time", "cr_status")]
write.csv(out, file.path("tests", "fixtures", "r-colon-cr.csv"), row.names = FALSE, na = "")
cli_case <- function(args, group, times) {
  fit <- if (is.null(group)) cuminc(out$cr_time, out$cr_status, cencode = 0) else
    cuminc(out$cr_time, out$cr_status, out[[group]], cencode = 0)
  tp <- timepoints(fit, times)
  curves <- names(fit)[names(fit) != "Tests"]
  list(args = args,
       at = lapply(curves, function(nm) list(name = nm, times = fu(sort(unique(times))),
         est = fu(tp$est[nm, ]), var = fu(tp$var[nm, ]))),
       tests = if (is.null(fit$Tests)) list() else lapply(seq_len(nrow(fit$Tests)), function(i)
         list(cause = as.numeric(rownames(fit$Tests)[i]), stat = fit$Tests[i, "stat"],
              df = fit$Tests[i, "df"], p = fit$Tests[i, "pv"])))
}
f <- file.path("tests", "fixtures", "r-colon-cr.csv")
write_fixture(list(
  cli_case(c("--data", f, "--cuminc", "--time", "cr_time", "--status", "cr_status", "--group", "rx", "--times", "365,730,1825"), "rx", c(365, 730, 1825)),
  cli_case(c("--data", f, "--cuminc", "--time", "cr_time", "--status", "cr_status", "--times", "1000,5000"), NULL, c(1000, 5000))
), "cuminc-cli")
