import { FieldError } from '@sopr/server-core';
import { Competence } from '../framework/competence.entity';
import { DiagnosticProcedure } from '../procedures/diagnostic-procedure.entity';

/** The rules every result obeys, whichever way it arrives; field names are prefixed by the caller. */
export function takenOnErrors(takenOn: string, birthDate: string, today: string, field = 'takenOn'): FieldError[] {
  if (takenOn > today) return [{ field, message: 'Дата результата не может быть в будущем' }];
  if (takenOn < birthDate) return [{ field, message: 'Дата результата раньше даты рождения педагога' }];
  return [];
}

export function scoreErrors(procedure: DiagnosticProcedure, score: number, field: string): FieldError[] {
  const min = Number(procedure.scaleMin);
  const max = Number(procedure.scaleMax);
  if (!Number.isFinite(score) || score < min || score > max) return [{ field, message: `Балл вне шкалы процедуры (${min}–${max})` }];
  return [];
}

/** Resolves each scored competence against the procedure's list; unknown and repeated ones are errors. */
export function competenceOf(competences: Competence[], key: { id?: string; code?: string }, seen: Set<string>, field: string): { competence?: Competence; errors: FieldError[] } {
  const competence = competences.find((c) => (key.id ? c.id === key.id : c.code === key.code));
  if (!competence) return { errors: [{ field, message: `Компетенция ${key.code ?? key.id} не оценивается в этой процедуре` }] };
  if (seen.has(competence.id)) return { errors: [{ field, message: `Компетенция ${competence.code} указана дважды` }] };
  seen.add(competence.id);
  return { competence, errors: [] };
}
