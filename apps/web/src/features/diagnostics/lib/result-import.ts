/**
 * The import of a results file (XLSX/CSV exported by a diagnostics platform) as the wizard shows
 * it: the column mapping form ↔ ResultColumnMappingDto, the API's mapping errors placed on the
 * form, the wizard's step of each status and the summary counts.
 * Pure: no React, no client runtime.
 */
import type { ProcedureCompetenceDto, ResultColumnMappingDto, ResultImportDto } from '@sopr/api-client';
import dayjs, { Dayjs } from 'dayjs';
import { errorMessage, FormFieldError, isApiErrorLike } from '../../../shared/lib/api-errors';
import { API_DATE_FORMAT } from '../../../shared/lib/format';

type Status = ResultImportDto['status'];

/** The heading of the wizard's pages. */
export const RESULT_IMPORT_TITLE = 'Импорт результатов';

/** The columns that name the teacher, in the order the server tries them. */
export const PERSON_FIELDS = ['externalId', 'snils', 'fullName', 'lastName', 'firstName', 'middleName', 'birthDate'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
/** Every single-column field of the mapping. */
export const COLUMN_FIELDS = [...PERSON_FIELDS, 'takenOn'] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

export const COLUMN_FIELD_TITLES: Record<ColumnField, string> = {
  externalId: 'Внешний идентификатор',
  snils: 'СНИЛС',
  fullName: 'ФИО целиком',
  lastName: 'Фамилия',
  firstName: 'Имя',
  middleName: 'Отчество',
  birthDate: 'Дата рождения',
  takenOn: 'Дата прохождения',
};

/** How the server finds the teacher of a row: shown above the mapping. */
export const MATCHING_RULE = 'Педагог ищется по внешнему идентификатору, затем по СНИЛС, затем по ФИО и дате рождения';

export interface MappingFormValues extends Partial<Record<ColumnField, string>> {
  /** The date of rows without one (or of every row when there is no date column). */
  defaultTakenOn?: Dayjs | null;
  /** Competence code → the header of its score column; empty: the competence is not imported. */
  scores: Record<string, string | undefined>;
}

/** The form's fields named like the API's, so its field errors land under them. */
export const MAPPING_FORM_FIELDS: readonly string[] = [...COLUMN_FIELDS, 'defaultTakenOn'];

/** A header of this file, or undefined (a remembered column the file does not have). */
function headerIn(headers: readonly string[], column: string | null | undefined): string | undefined {
  return column && headers.includes(column) ? column : undefined;
}

/** The form for a mapping (the suggested one after the upload, or the one confirmed last). */
export function mappingFormOf(mapping: ResultColumnMappingDto, headers: readonly string[], competences: readonly ProcedureCompetenceDto[]): MappingFormValues {
  const values: MappingFormValues = { scores: {} };
  for (const field of COLUMN_FIELDS) values[field] = headerIn(headers, mapping[field]);
  values.defaultTakenOn = mapping.defaultTakenOn ? dayjs(mapping.defaultTakenOn) : null;
  for (const competence of competences) {
    values.scores[competence.code] = headerIn(headers, mapping.scores.find((score) => score.competenceCode === competence.code)?.column);
  }
  return values;
}

const blankToNull = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value : null);

/**
 * The body of POST …/check and the competence code of each score in it (in the procedure's order,
 * only competences with a column), to place the API's `scores[i].…` errors.
 */
export function toMappingDto(values: MappingFormValues, competences: readonly ProcedureCompetenceDto[]): { body: ResultColumnMappingDto; order: string[] } {
  const scored = competences.filter((competence) => blankToNull(values.scores?.[competence.code]) !== null);
  const body: ResultColumnMappingDto = {
    externalId: blankToNull(values.externalId),
    snils: blankToNull(values.snils),
    fullName: blankToNull(values.fullName),
    lastName: blankToNull(values.lastName),
    firstName: blankToNull(values.firstName),
    middleName: blankToNull(values.middleName),
    birthDate: blankToNull(values.birthDate),
    takenOn: blankToNull(values.takenOn),
    defaultTakenOn: values.defaultTakenOn && values.defaultTakenOn.isValid() ? values.defaultTakenOn.format(API_DATE_FORMAT) : null,
    scores: scored.map((competence) => ({ competenceCode: competence.code, column: values.scores[competence.code] as string })),
  };
  return { body, order: scored.map((competence) => competence.code) };
}

const SCORE_FIELD = /^scores(?:\[(\d+)\]|\.(\d+))(?:\.(column|competenceCode))?$/;

export interface MappingErrors {
  /** Errors under the form's controls. */
  fields: FormFieldError[];
  /** «Выберите хотя бы один столбец с баллами»: about the scores as a whole. */
  scores: string | null;
  /** What found no control (null when everything did). */
  message: string | null;
}

/**
 * The API's errors of a refused mapping placed on the form: the column fields and `defaultTakenOn`
 * as they are, `scores[i].…` on the select of the i-th competence sent, `scores` beside the score
 * columns; the rest becomes the message.
 */
export function mappingFieldErrors(error: unknown, order: readonly string[]): MappingErrors {
  if (!isApiErrorLike(error)) return { fields: [], scores: null, message: errorMessage(error) };
  const grouped = new Map<string, FormFieldError>();
  const scores: string[] = [];
  const unplaced: string[] = [];
  const place = (name: FormFieldError['name'], message: string) => {
    const key = JSON.stringify(name);
    const entry = grouped.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    grouped.set(key, entry);
  };
  for (const item of error.body.errors ?? []) {
    if (MAPPING_FORM_FIELDS.includes(item.field)) {
      place([item.field], item.message);
      continue;
    }
    if (item.field === 'scores') {
      scores.push(item.message);
      continue;
    }
    const match = SCORE_FIELD.exec(item.field);
    const code = match ? order[Number(match[1] ?? match[2])] : undefined;
    if (code) place(['scores', code], item.message);
    else unplaced.push(item.message);
  }
  const fields = [...grouped.values()];
  const placed = fields.length > 0 || scores.length > 0;
  return {
    fields,
    scores: scores.length > 0 ? scores.join('; ') : null,
    message: unplaced.length > 0 ? unplaced.join('; ') : placed ? null : errorMessage(error),
  };
}

/** The file's headers no field of the form takes: shown so that a forgotten score column stands out. */
export function unusedHeaders(values: Partial<MappingFormValues> | undefined, headers: readonly string[]): string[] {
  const used = new Set<string>();
  for (const field of COLUMN_FIELDS) {
    const column = values?.[field];
    if (column) used.add(column);
  }
  for (const column of Object.values(values?.scores ?? {})) if (column) used.add(column);
  return headers.filter((header) => header.trim() !== '' && !used.has(header));
}

export interface MappingFact {
  key: string;
  label: string;
  value: string;
}

/** A confirmed mapping in words, for the check's outcome: which column gave what. */
export function mappingFacts(mapping: ResultColumnMappingDto, competences: readonly ProcedureCompetenceDto[], formatDate: (value: string) => string): MappingFact[] {
  const facts: MappingFact[] = [];
  const person = PERSON_FIELDS.filter((field) => mapping[field]).map((field) => `${COLUMN_FIELD_TITLES[field]} — «${mapping[field]}»`);
  facts.push({ key: 'person', label: 'Педагог', value: person.length > 0 ? person.join(', ') : 'не указан' });
  const dates: string[] = [];
  if (mapping.takenOn) dates.push(`столбец «${mapping.takenOn}»`);
  if (mapping.defaultTakenOn) dates.push(mapping.takenOn ? `для строк без даты — ${formatDate(mapping.defaultTakenOn)}` : formatDate(mapping.defaultTakenOn));
  facts.push({ key: 'takenOn', label: 'Дата прохождения', value: dates.length > 0 ? dates.join(', ') : 'не указана' });
  for (const competence of competences) {
    const column = mapping.scores.find((score) => score.competenceCode === competence.code)?.column;
    facts.push({ key: `score-${competence.code}`, label: competence.name, value: column ? `«${column}»` : 'не импортируется' });
  }
  return facts;
}

/** The wizard's steps. */
export const RESULT_IMPORT_STEPS = [
  { title: 'Файл' },
  { title: 'Сопоставление' },
  { title: 'Проверка' },
  { title: 'Применение' },
  { title: 'Готово' },
] as const;

export interface ResultImportStep {
  /** Index in RESULT_IMPORT_STEPS. */
  current: 0 | 1 | 2 | 3 | 4;
  status: 'wait' | 'process' | 'finish' | 'error';
}

type StepSource = Pick<ResultImportDto, 'status' | 'validatedAt' | 'errorCount' | 'fileErrors'>;

/** Where an import stands in the wizard; `editing`: the user went back to the mapping. */
export function resultImportStep(dto: StepSource, editing = false): ResultImportStep {
  if (editing) return { current: 1, status: 'process' };
  const clean = dto.validatedAt !== null && dto.errorCount === 0 && dto.fileErrors.length === 0;
  switch (dto.status) {
    case 'MAPPING':
      return { current: 1, status: 'process' };
    case 'QUEUED':
    case 'VALIDATING':
      return { current: 2, status: 'process' };
    case 'INVALID':
      return { current: 2, status: 'error' };
    case 'VALIDATED':
    case 'APPLYING':
      return { current: 3, status: 'process' };
    case 'APPLIED':
      return { current: 4, status: 'finish' };
    case 'FAILED':
      // validatedAt is set once a check has finished: then it was the apply step that failed.
      return { current: dto.validatedAt === null ? 2 : 3, status: 'error' };
    case 'DISCARDED':
      if (clean) return { current: 3, status: 'wait' };
      return { current: dto.validatedAt === null ? 1 : 2, status: 'wait' };
    default:
      return { current: 1, status: 'wait' };
  }
}

/** The user may (re)confirm the mapping and check the same upload again. */
export function canCheckAgain(status: Status): boolean {
  return status === 'MAPPING' || status === 'INVALID' || status === 'VALIDATED';
}

/** Not running, not applied and not discarded already: «Отменить импорт» is offered. */
export function canDiscard(status: Status): boolean {
  return status === 'MAPPING' || status === 'INVALID' || status === 'VALIDATED' || status === 'FAILED';
}

export interface ResultImportCounts {
  totalRows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
}

/** The counts of a file checked clean (null before: nothing to sum up yet). */
export function resultImportCounts(dto: Pick<ResultImportDto, 'totalRows' | 'toCreate' | 'toUpdate' | 'unchanged'>): ResultImportCounts | null {
  return dto.totalRows === null ? null : { totalRows: dto.totalRows, toCreate: dto.toCreate, toUpdate: dto.toUpdate, unchanged: dto.unchanged };
}

/** The summary of what applying does (did), in the order shown. */
export function resultImportSummary(counts: ResultImportCounts, applied: boolean) {
  return [
    { key: 'totalRows', title: 'Строк в файле', value: counts.totalRows },
    { key: 'toCreate', title: applied ? 'Добавлено новых' : 'Новых', value: counts.toCreate },
    { key: 'toUpdate', title: applied ? 'Заменено' : 'Заменятся', value: counts.toUpdate },
    { key: 'unchanged', title: 'Без изменений', value: counts.unchanged },
  ] as const;
}

/** A clean file that would change nothing: every result is already there. */
export function changesNothing(dto: Pick<ResultImportDto, 'toCreate' | 'toUpdate'>): boolean {
  return dto.toCreate + dto.toUpdate === 0;
}


/** /diagnostics/procedures/:id/import[/:importId] */
export const resultImportsPath = (procedureId: string): string => `/diagnostics/procedures/${procedureId}/import`;
export const resultImportPath = (procedureId: string, importId: string): string => `${resultImportsPath(procedureId)}/${importId}`;
