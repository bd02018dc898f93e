# KMunicate extended risk table (Morris et al., BMJ Open 2019): per group and per tick time, the
# number at risk, the events so far and the censored so far (sourced by tests/reference/generate.R).
# Writes tests/reference/kmunicate-table.json.
#
# Convention (so that at risk + events + censored = n at every tick, ties included):
#   at risk at t  = follow-up >= t        summary(survfit, times = t, extend = TRUE)$n.risk
#   events by t   = events at times < t   sum(fit$n.event[fit$time < t])
#   censored by t = censored at times < t sum(fit$n.censor[fit$time < t])
# A patient whose event (or censoring) falls exactly on a tick is still at risk at that tick, as
# in R's n.risk and survminer's risk table, and is counted among the events from the next tick on.
# The script checks the identity and, as a second route to the same numbers, that the events
# before t equal cumsum(summary(fit, times = t, extend = TRUE)$n.event) minus the events at t.

fu <- function(v) fin(unname(v))

kmunicate_counts <- function(time, status, ticks) {
  fit <- survfit(Surv(time, status) ~ 1)
  s <- summary(fit, times = ticks, extend = TRUE)
  events <- sapply(ticks, function(t) sum(fit$n.event[fit$time < t]))
  censored <- sapply(ticks, function(t) sum(fit$n.censor[fit$time < t]))
  at_t <- sapply(ticks, function(t) sum(fit$n.event[fit$time == t]))
  stopifnot(all(s$n.risk + events + censored == fit$n))
  stopifnot(all(cumsum(s$n.event) - at_t == events))
  list(n = fit$n, ticks = fu(ticks), n_risk = fu(s$n.risk), events = fu(events),
       censored = fu(censored), events_at_tick = fu(at_t))
}

by_group <- function(name, d, time, status, group, ticks) {
  keep <- !is.na(d[[time]]) & !is.na(d[[status]]) & !is.na(d[[group]])
  d <- d[keep, ]
  levels <- sort(unique(d[[group]]))
  lapply(levels, function(g) {
    rows <- d[[group]] == g
    c(list(name = paste0(name, " ", group, " = ", g), time = fu(d[[time]][rows]),
           status = fu(d[[status]][rows])),
      kmunicate_counts(d[[time]][rows], d[[status]][rows], ticks))
  })
}

demo <- read.csv(file.path("tests", "fixtures", "demo-cohort.csv"))
lung <- read.csv(file.path("tests", "fixtures", "r-lung.csv"))
lung$event <- lung$status - 1
# Ticks include observed times so that an event or a censoring falls exactly on a tick.
demo_ticks <- sort(unique(c(seq(0, 72, by = 12), demo$pfs_months[c(3, 5, 8)])))
lung_ticks <- c(0, 11, 200, 310, 400, 600, 800, 1000, 1100)
cases <- c(
  by_group("demo PFS", demo, "pfs_months", "pfs_event", "ecog", demo_ticks),
  by_group("demo PFS", demo, "pfs_months", "pfs_event", "isotype", demo_ticks),
  by_group("lung", lung, "time", "event", "sex", lung_ticks),
  by_group("lung", lung, "time", "event", "ph.ecog", lung_ticks)
)
stopifnot(any(sapply(cases, function(k) any(unlist(k$events_at_tick) > 0))))
write_fixture(list(cases = cases), "kmunicate-table")
