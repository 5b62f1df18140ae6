import { FieldError } from '@sopr/server-core';
import { ImportRowErrorDto, isValidSnils, normalizeSnils, parseDate } from '@sopr/server-staff';
import { Competence } from '../../framework/competence.entity';
import { DiagnosticProcedure, ResultColumnMapping } from '../../procedures/diagnostic-procedure.entity';
import { TAKEN_IN_FUTURE, scoreProblem } from '../result-checks';

/** Header text compared loosely: case, ё/е, spaces and punctuation at the ends do not matter. */
const keyOf = (header: string) => header.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/^[\s.:;,*]+|[\s.:;,*]+$/g, '');

/** The person fields of a mapping, with the headers external platforms use for them. */
export const PERSON_FIELDS = ['externalId', 'snils', 'fullName', 'lastName', 'firstName', 'middleName', 'birthDate', 'takenOn'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

const FIELD_TITLES: Record<PersonField, string> = {
  externalId: 'Внешний идентификатор', snils: 'СНИЛС', fullName: 'ФИО', lastName: 'Фамилия', firstName: 'Имя', middleName: 'Отчество',
  birthDate: 'Дата рождения', takenOn: 'Дата прохождения',
};

const KNOWN_HEADERS: Record<PersonField, string[]> = {
  externalId: ['внешний идентификатор', 'внешний id', 'идентификатор', 'id', 'код педагога', 'код работника', 'id участника'],
  snils: ['снилс', 'снилс участника', 'снилс педагога', 'страховой номер'],
  fullName: ['фио', 'ф.и.о', 'фио участника', 'фио педагога', 'участник', 'педагог'],
  lastName: ['фамилия'],
  firstName: ['имя'],
  middleName: ['отчество'],
  birthDate: ['дата рождения', 'д.р', 'др'],
  takenOn: ['дата прохождения', 'дата', 'дата диагностики', 'дата тестирования', 'дата участия', 'дата завершения'],
};

/**
 * A first mapping for a freshly uploaded file: the procedure's saved mapping where its columns are
 * in the file, otherwise columns recognised by their usual headers, and score columns named by a
 * competence's code or name.
 */
export function suggestMapping(headers: string[], competences: Competence[], saved: ResultColumnMapping | null): ResultColumnMapping {
  const present = new Map(headers.filter((h) => h.trim() !== '').map((h) => [keyOf(h), h]));
  const inFile = (header: string | null | undefined) => (header ? present.get(keyOf(header)) ?? null : null);
  const mapping: ResultColumnMapping = { scores: [], defaultTakenOn: saved?.defaultTakenOn ?? null };
  for (const field of PERSON_FIELDS) {
    mapping[field] = inFile(saved?.[field]) ?? KNOWN_HEADERS[field].map((h) => present.get(h)).find((h) => h !== undefined) ?? null;
  }
  for (const competence of competences) {
    const savedColumn = saved?.scores.find((s) => s.competenceCode === competence.code)?.column;
    const column = inFile(savedColumn) ?? present.get(keyOf(competence.code)) ?? present.get(keyOf(competence.name)) ?? null;
    if (column) mapping.scores.push({ competenceCode: competence.code, column });
  }
  return mapping;
}

/** Whether the mapping can be checked against this file and procedure; errors name the mapping's fields. */
export function mappingErrors(mapping: ResultColumnMapping, headers: string[], competences: Competence[], today: string): FieldError[] {
  const errors: FieldError[] = [];
  const inFile = new Set(headers.map((h) => h.trim()).filter((h) => h !== ''));
  for (const field of PERSON_FIELDS) {
    const column = mapping[field];
    if (column && !inFile.has(column.trim())) errors.push({ field, message: `Столбца «${column}» нет в файле` });
  }
  const byName = (mapping.fullName || mapping.lastName) && mapping.birthDate;
  if (!mapping.externalId && !mapping.snils && !byName) {
    errors.push({ field: 'snils', message: 'Укажите столбец с внешним идентификатором, СНИЛС или ФИО вместе с датой рождения: по ним находится педагог' });
  }
  if (mapping.lastName && !mapping.firstName && !mapping.fullName) errors.push({ field: 'firstName', message: 'Укажите столбец с именем' });
  if (!mapping.takenOn && !mapping.defaultTakenOn) errors.push({ field: 'takenOn', message: 'Укажите столбец с датой прохождения или одну дату для всех строк' });
  if (mapping.defaultTakenOn && mapping.defaultTakenOn > today) errors.push({ field: 'defaultTakenOn', message: TAKEN_IN_FUTURE });
  if (mapping.scores.length === 0) errors.push({ field: 'scores', message: 'Выберите хотя бы один столбец с баллами' });
  const seen = new Set<string>();
  const columnsUsed = new Map<string, string>();
  mapping.scores.forEach((score, i) => {
    const usedBy = columnsUsed.get(score.column.trim());
    if (usedBy && usedBy !== score.competenceCode) errors.push({ field: `scores[${i}].column`, message: `Столбец «${score.column}» уже выбран для компетенции ${usedBy}` });
    columnsUsed.set(score.column.trim(), usedBy ?? score.competenceCode);
    if (!competences.some((c) => c.code === score.competenceCode)) {
      errors.push({ field: `scores[${i}].competenceCode`, message: `Компетенция ${score.competenceCode} не оценивается в этой процедуре` });
    } else if (seen.has(score.competenceCode)) {
      errors.push({ field: `scores[${i}].competenceCode`, message: `Компетенция ${score.competenceCode} указана дважды` });
    }
    seen.add(score.competenceCode);
    if (!inFile.has(score.column.trim())) errors.push({ field: `scores[${i}].column`, message: `Столбца «${score.column}» нет в файле` });
  });
  return errors;
}

/** How a row names its teacher; the first of these the row fills in is used. */
export enum MatchKey {
  EXTERNAL_ID = 'EXTERNAL_ID',
  SNILS = 'SNILS',
  NAME = 'NAME',
}

/** A checked data row, in the order of the stage's columns. */
export interface ParsedResultRow {
  line: number;
  key: MatchKey;
  externalId: string | null;
  snils: string | null;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  birthDate: string | null;
  takenOn: string;
  /** In the order of the mapping's score columns; null where the cell is empty. */
  scores: (number | null)[];
}

const SCORE = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Reads the data rows of a results file by its mapping, one row at a time: the teacher's keys, the
 * date and the scores, each checked on its own. What needs the registry (finding the teacher, the
 * birth date) is checked later, set-based, in the stage.
 */
export class ResultFileRows {
  private readonly at: Partial<Record<PersonField, number>> = {};
  private readonly scoreAt: number[];

  constructor(
    headers: string[],
    private readonly mapping: ResultColumnMapping,
    private readonly procedure: DiagnosticProcedure,
    private readonly today: string,
  ) {
    const index = new Map(headers.map((h, i) => [h.trim(), i]));
    for (const field of PERSON_FIELDS) {
      const column = mapping[field];
      if (column) this.at[field] = index.get(column.trim());
    }
    this.scoreAt = mapping.scores.map((s) => index.get(s.column.trim())!);
  }

  /** The header a field's error is shown under (a name's: the column with the whole name, else the surname). */
  columnOf(field: PersonField): string {
    if (field === 'fullName' || field === 'lastName') return this.mapping.fullName ?? this.mapping.lastName ?? FIELD_TITLES.fullName;
    return this.mapping[field] ?? FIELD_TITLES[field];
  }

  check(line: number, cells: string[]): { row: ParsedResultRow } | { errors: ImportRowErrorDto[] } {
    const errors: ImportRowErrorDto[] = [];
    const cell = (field: PersonField) => {
      const i = this.at[field];
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const fail = (field: PersonField | null, message: string, column = field ? this.columnOf(field) : null) => errors.push({ row: line, column, message });

    const externalId = cell('externalId') || null;
    if (externalId && externalId.length > 64) fail('externalId', 'Не длиннее 64 символов');
    let snils: string | null = normalizeSnils(cell('snils')) || null;
    if (snils && !isValidSnils(snils)) {
      fail('snils', 'СНИЛС указан с ошибкой (11 цифр, контрольное число должно сходиться)');
      snils = null;
    }
    const names = this.names(cell('fullName'), cell('lastName'), cell('firstName'), cell('middleName'));
    const birth = parseDate(cell('birthDate'));
    if ('error' in birth) fail('birthDate', birth.error);
    const birthDate = 'value' in birth ? birth.value : null;
    const key = externalId ? MatchKey.EXTERNAL_ID : snils ? MatchKey.SNILS : names.lastName && names.firstName && birthDate ? MatchKey.NAME : null;
    if (!key && errors.length === 0) fail(null, 'Педагог не указан: нужен внешний идентификатор, СНИЛС или ФИО с датой рождения');

    const taken = parseDate(cell('takenOn'));
    const takenOn = 'value' in taken ? taken.value ?? this.mapping.defaultTakenOn ?? null : null;
    if ('error' in taken) fail('takenOn', taken.error);
    else if (!takenOn) fail('takenOn', 'Не указана дата прохождения');
    else if (takenOn > this.today) fail('takenOn', TAKEN_IN_FUTURE);

    const scores = this.scoreAt.map((i, s) => {
      const raw = (cells[i] ?? '').trim().replace(/\s/g, '');
      if (raw === '') return null;
      const column = this.mapping.scores[s].column;
      if (!SCORE.test(raw)) {
        errors.push({ row: line, column, message: 'Балл должен быть числом' });
        return null;
      }
      const score = Math.round(Number(raw.replace(',', '.')) * 100) / 100;
      const problem = scoreProblem(this.procedure, score);
      if (problem) errors.push({ row: line, column, message: problem });
      return score;
    });
    if (scores.every((s) => s === null) && !errors.some((e) => this.mapping.scores.some((s) => s.column === e.column))) fail(null, 'В строке нет ни одного балла');

    if (errors.length > 0 || !key || !takenOn) return { errors };
    return { row: { line, key, externalId, snils, ...names, birthDate, takenOn, scores } };
  }

  /** Surname, name and patronymic from their own columns or from one «ФИО» column. */
  private names(fullName: string, lastName: string, firstName: string, middleName: string) {
    if (lastName || !fullName) return { lastName: lastName || null, firstName: firstName || null, middleName: middleName || null };
    const [last, first, ...rest] = fullName.split(/\s+/);
    return { lastName: last || null, firstName: first || null, middleName: rest.join(' ') || null };
  }
}
