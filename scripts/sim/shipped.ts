/**
 * The settings of the committed cohort. Changing any of them changes public/data/demo-cohort.arrow;
 * the unit tests check the committed file against calibration-report.json.
 */
export const SHIPPED = {
  seed: 13,
  iterations: { feasibility: 40000, calibration: 10000, pk: 400 },
};
