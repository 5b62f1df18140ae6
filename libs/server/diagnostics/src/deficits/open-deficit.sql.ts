/** A deficit counts on a date when it was found by then (and not before `from`) and not yet cleared. */
export function openDeficitSql(d: string, p: { to: string; from?: string; kind?: string }): string {
  return [
    `${d}.opened_on <= ${p.to}::date`,
    `(${d}.closed_on IS NULL OR ${d}.closed_on > ${p.to}::date)`,
    ...(p.from ? [`${d}.opened_on >= ${p.from}::date`] : []),
    ...(p.kind ? [`${d}.procedure_kind = ${p.kind}`] : []),
  ].join(' AND ');
}
