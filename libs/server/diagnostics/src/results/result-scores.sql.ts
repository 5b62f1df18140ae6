/**
 * A result's scores as rows `sc (competence_id, score)`: the one place that knows they are stored
 * as jsonb in the result (`diagnostic_result.scores`, competence id → score).
 */
export function resultScoresSql(r: string): string {
  return `CROSS JOIN LATERAL (SELECT key::uuid AS competence_id, value::numeric AS score FROM jsonb_each(${r}.scores)) sc`;
}
