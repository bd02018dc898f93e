# Writes the R reference fixtures that the unit tests compare the TypeScript engine against.
# Run from the repository root:  Rscript tests/reference/generate.R
# Needs (Debian): r-base-core r-cran-survival r-cran-cmprsk r-cran-jsonlite
# Each part in tests/reference/r/*.R writes its own tests/reference/<name>.json with
# full double precision (jsonlite::write_json(digits = NA)). The JSON files are committed,
# so CI needs no R.
suppressMessages({
  library(survival)
  library(jsonlite)
})
cat("R", R.version$major, ".", R.version$minor, " survival ", as.character(packageVersion("survival")), "\n", sep = "")
write_fixture <- function(x, name) {
  path <- file.path("tests", "reference", paste0(name, ".json"))
  write_json(x, path, digits = NA, auto_unbox = TRUE, null = "null", na = "null", pretty = FALSE)
  cat("wrote", path, "\n")
}
# JSON has no NA/Inf: map non-finite numbers to NULL (JSON null) in a vector.
fin <- function(v) lapply(v, function(z) if (is.na(z) || !is.finite(z)) NULL else z)
for (part in sort(list.files(file.path("tests", "reference", "r"), pattern = "\\.R$", full.names = TRUE))) {
  cat("running", part, "\n")
  source(part, local = new.env())
}
