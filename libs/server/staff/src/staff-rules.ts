import { FieldError } from '@sopr/server-core';
import { QualificationCategory } from '@sopr/shared';
import { isValidSnils } from './snils';

export const MIN_WORKING_AGE = 16;

export interface StaffFacts {
  snils: string;
  birthDate: string;
  teachingSince: string;
  hiredOn: string;
  dismissedOn: string | null;
  category: QualificationCategory;
  categoryAssignedOn: string | null;
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Every rule a staff record must satisfy, with a Russian message per field. The API and the
 * importer both call this, so a row is judged the same way wherever it comes from.
 */
export function staffFactErrors(facts: StaffFacts, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!isValidSnils(facts.snils)) errors.push({ field: 'snils', message: 'СНИЛС указан с ошибкой (не сходится контрольное число)' });
  if (facts.birthDate > today) errors.push({ field: 'birthDate', message: 'Дата рождения не может быть в будущем' });
  else if (facts.birthDate < '1930-01-01') errors.push({ field: 'birthDate', message: 'Проверьте дату рождения' });
  const adult = addYears(facts.birthDate, MIN_WORKING_AGE);
  if (facts.teachingSince < adult) errors.push({ field: 'teachingSince', message: `Педагогический стаж не может начинаться раньше ${MIN_WORKING_AGE} лет` });
  if (facts.teachingSince > today) errors.push({ field: 'teachingSince', message: 'Начало стажа не может быть в будущем' });
  if (facts.hiredOn < adult) errors.push({ field: 'hiredOn', message: `Дата приёма не может быть раньше ${MIN_WORKING_AGE} лет` });
  if (facts.dismissedOn && facts.dismissedOn < facts.hiredOn) errors.push({ field: 'dismissedOn', message: 'Дата увольнения раньше даты приёма' });
  if (facts.category !== QualificationCategory.NONE && !facts.categoryAssignedOn) {
    errors.push({ field: 'categoryAssignedOn', message: 'Укажите дату присвоения категории' });
  }
  if (facts.categoryAssignedOn && facts.categoryAssignedOn > today) {
    errors.push({ field: 'categoryAssignedOn', message: 'Дата присвоения категории не может быть в будущем' });
  }
  return errors;
}
