/**
 * The result form: a score per competence of the procedure, keyed by competence id in the form
 * (['scores', <competenceId>]); the body lists only the scores given, and the API's errors
 * (`scores[<index in the body>].score`) are mapped back to the competence's input.
 */
import type { ProcedureCompetenceDto, PutResultDto, ResultDto } from '@sopr/api-client';
import dayjs, { Dayjs } from 'dayjs';
import { errorMessage, FormFieldError, isApiErrorLike } from '../../../shared/lib/api-errors';
import { API_DATE_FORMAT } from '../../../shared/lib/format';

export interface ResultFormValues {
  staffMemberId?: string;
  takenOn?: Dayjs | null;
  scores: Record<string, number | null | undefined>;
}

export function resultFormOf(result: ResultDto | null, today: Dayjs = dayjs()): ResultFormValues {
  if (!result) return { takenOn: today.startOf('day'), scores: {} };
  return {
    staffMemberId: result.staffMemberId,
    takenOn: dayjs(result.takenOn),
    scores: Object.fromEntries(result.scores.map((score) => [score.competenceId, score.score])),
  };
}

/** The PUT body and the competence id of each score in it (to place the API's errors). */
export function toPutResultBody(values: ResultFormValues, competences: readonly ProcedureCompetenceDto[]): { body: PutResultDto; order: string[] } {
  const given = competences.filter((c) => {
    const score = values.scores?.[c.id];
    return typeof score === 'number' && Number.isFinite(score);
  });
  return {
    body: {
      takenOn: values.takenOn && values.takenOn.isValid() ? values.takenOn.format(API_DATE_FORMAT) : '',
      scores: given.map((c) => ({ competenceId: c.id, score: values.scores[c.id] as number })),
    },
    order: given.map((c) => c.id),
  };
}

const SCORE_FIELD = /^scores(?:\[(\d+)\]|\.(\d+))(?:\.(score|competenceId))?$/;

/**
 * The API's field errors placed on the form: `takenOn` and `staffMemberId` as they are,
 * `scores[i].…` on the input of the i-th competence sent; the rest becomes the message
 * (null when everything found its input).
 */
export function resultFieldErrors(error: unknown, order: readonly string[]): { fields: FormFieldError[]; message: string | null } {
  if (!isApiErrorLike(error)) return { fields: [], message: errorMessage(error) };
  const grouped = new Map<string, { name: FormFieldError['name']; errors: string[] }>();
  const unplaced: string[] = [];
  const place = (name: FormFieldError['name'], message: string) => {
    const key = JSON.stringify(name);
    const entry = grouped.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    grouped.set(key, entry);
  };
  for (const item of error.body.errors ?? []) {
    if (item.field === 'takenOn' || item.field === 'staffMemberId') {
      place([item.field], item.message);
      continue;
    }
    const match = SCORE_FIELD.exec(item.field);
    const competenceId = match ? order[Number(match[1] ?? match[2])] : undefined;
    if (competenceId) place(['scores', competenceId], item.message);
    else unplaced.push(item.message);
  }
  const fields = [...grouped.values()];
  if (fields.length > 0 && unplaced.length === 0) return { fields, message: null };
  return { fields, message: unplaced.length > 0 ? unplaced.join('; ') : errorMessage(error) };
}
