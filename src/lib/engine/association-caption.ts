/** The fixed caption under every time-dependent or landmark result (pitfalls P3). */
export const TD_CAPTION =
  'Association, not cause: the grouping is measured during follow-up and may be a consequence of the disease course.';
