import { FieldError } from '@sopr/server-core';
import { Competence } from '../framework/competence.entity';
import { DiagnosticProcedure } from '../procedures/diagnostic-procedure.entity';

export const TAKEN_IN_FUTURE = 'Дата результата не может быть в будущем';
export const TAKEN_BEFORE_BIRTH = 'Дата результата раньше даты рождения педагога';

/** The rules every result obeys, whichever way it arrives; field names are prefixed by the caller. */
export function takenOnErrors(takenOn: string, birthDate: string, today: string, field = 'takenOn'): FieldError[] {
  if (takenOn > today) return [{ field, message: TAKEN_IN_FUTURE }];
  if (takenOn < birthDate) return [{ field, message: TAKEN_BEFORE_BIRTH }];
  return [];
}

/** Why a score does not fit the procedure's scale, or null. */
export function scoreProblem(procedure: DiagnosticProcedure, score: number): string | null {
  const min = Number(procedure.scaleMin);
  const max = Number(procedure.scaleMax);
  return !Number.isFinite(score) || score < min || score > max ? `Балл вне шкалы процедуры (${min}–${max})` : null;
}

export function scoreErrors(procedure: DiagnosticProcedure, score: number, field: string): FieldError[] {
  const problem = scoreProblem(procedure, score);
  return problem ? [{ field, message: problem }] : [];
}

/** Resolves each scored competence against the procedure's list; unknown and repeated ones are errors. */
export function competenceOf(competences: Competence[], key: { id?: string; code?: string }, seen: Set<string>, field: string): { competence?: Competence; errors: FieldError[] } {
  const competence = competences.find((c) => (key.id ? c.id === key.id : c.code === key.code));
  if (!competence) return { errors: [{ field, message: `Компетенция ${key.code ?? key.id} не оценивается в этой процедуре` }] };
  if (seen.has(competence.id)) return { errors: [{ field, message: `Компетенция ${competence.code} указана дважды` }] };
  seen.add(competence.id);
  return { competence, errors: [] };
}
