# Descriptive statistics and rank tests of k groups used by Table 1: quantile(type = 7) and
# kruskal.test on R datasets and edge cases.
# Writes tests/reference/describe.json. Sourced by tests/reference/generate.R (write_fixture, fin).
num <- function(v) fin(unname(as.vector(v)))
probs <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1)
q <- function(name, x) list(name = name, x = num(x), probs = probs,
  quantiles = num(quantile(x, probs, type = 7, na.rm = TRUE)))
kw <- function(name, x, g) {
  k <- kruskal.test(x, g)
  list(name = name, x = num(x), g = as.integer(factor(g)) - 1L,
    statistic = fin(unname(k$statistic))[[1]], df = unname(k$parameter), p = fin(k$p.value)[[1]])
}
write_fixture(list(
  quantiles = list(
    q("1:4", 1:4),
    q("one value", 7),
    q("two values", c(3, 10)),
    q("ties", c(2, 2, 2, 5, 5, 9)),
    q("airquality Ozone (with NA)", airquality$Ozone),
    q("precip", unname(precip)),
    q("negative and fractional", c(-3.5, 0.25, -1, 12.75, 4, 4, -0.5))
  ),
  kruskal = list(
    kw("airquality Ozone by Month (with NA)", airquality$Ozone, airquality$Month),
    kw("InsectSprays", InsectSprays$count, InsectSprays$spray),
    kw("PlantGrowth", PlantGrowth$weight, PlantGrowth$group),
    kw("three groups without ties", c(1, 2, 3, 4, 5, 6, 7, 8, 9), rep(1:3, each = 3)),
    kw("heavy ties, unequal groups", c(1, 1, 1, 2, 2, 3, 3, 3, 3, 1, 2), c(1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4))
  )
), "describe")
