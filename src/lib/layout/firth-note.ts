/** The footnote of ‡ rows (Firth-penalised Cox, pitfall P4); shorter on narrow screens. */
export function firthFootnote(reasons: readonly string[], narrow: boolean): string {
  if (narrow) return '‡ Firth-penalised: profile-likelihood CI';
  const why = reasons.some((r) => r.includes('had no events'))
    ? 'a group had no events'
    : 'no finite ordinary estimate';
  return `‡ Firth-penalised (${why}): profile-likelihood CI, penalised LR p`;
}

/** A Firth row's tooltip: the method in full and why it was used. */
export function firthTooltip(reason: string | undefined): string {
  return (
    'Firth-penalised Cox regression (Heinze & Schemper 2001): the ordinary Cox estimate has no ' +
    `finite value here${reason ? ` (${reason})` : ''}. 95% confidence interval from the profile ` +
    'penalised likelihood; p from the penalised likelihood-ratio test. No Wald numbers are shown.'
  );
}
