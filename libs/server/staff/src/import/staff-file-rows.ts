import { Organization } from '@sopr/server-org-structure';
import { ImportRowErrorDto } from '../dto/staff-import.dto';
import { normalizeSnils } from '../snils';
import { staffFactErrors } from '../staff-rules';
import { IMPORT_COLUMNS, ImportColumn, StaffRowInput } from './staff-import.columns';
import { StagedRow } from './staff-stage';

const lower = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е');

/** The column a field's error is shown under: the template's Russian header. */
export function columnOf(field: string | null): string | null {
  return IMPORT_COLUMNS.find((c) => c.key === field)?.header ?? null;
}

/** Checks a file's header row against the template: unknown, missing and repeated columns. */
export function readHeader(headers: string[]): { columnAt: (ImportColumn | null)[]; errors: string[] } {
  const byHeader = new Map(IMPORT_COLUMNS.map((c) => [lower(c.header), c]));
  const trimmed = headers.map((h) => h.trim());
  const columnAt = trimmed.map((h) => byHeader.get(lower(h)) ?? null);
  const errors: string[] = [];
  const unknown = trimmed.filter((h, i) => h !== '' && !columnAt[i]);
  if (unknown.length > 0) errors.push(`Неизвестные столбцы: ${unknown.map((h) => `«${h}»`).join(', ')}. Используйте шаблон`);
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columnAt.includes(c));
  if (missing.length > 0) errors.push(`Нет обязательных столбцов: ${missing.map((c) => `«${c.header}»`).join(', ')}`);
  const repeated = trimmed.filter((h, i) => h !== '' && trimmed.findIndex((x) => lower(x) === lower(h)) !== i);
  if (repeated.length > 0) errors.push(`Повторяются столбцы: ${repeated.map((h) => `«${h}»`).join(', ')}`);
  return { columnAt, errors };
}

export interface RowContext {
  /** Organization for rows without the «Организация» column. */
  defaultOrganization: Organization | null;
  /** Every organization in the caller's scope. */
  organizations: Organization[];
  subjects: { id: string; name: string; code: string }[];
  today: string;
}

/**
 * Turns the data rows of a staff file into staged rows, one at a time (a file is streamed, never
 * held whole): every bad cell becomes an error with its row and column, and a row repeating an
 * earlier one (same external id, or same SNILS, organization and employment) is reported.
 */
export class StaffFileRows {
  private readonly organizationsByKey = new Map<string, Organization[]>();
  private readonly subjectByName = new Map<string, string>();
  private readonly seen = new Map<string, number>();
  /** Each template column with its position in the file (-1: the file has no such column). */
  private readonly columns: { column: ImportColumn; index: number }[];

  constructor(
    columnAt: (ImportColumn | null)[],
    private readonly context: RowContext,
  ) {
    this.columns = IMPORT_COLUMNS.map((column) => ({ column, index: columnAt.indexOf(column) }));
    for (const organization of context.organizations) {
      const keys = new Set([organization.externalId, organization.inn, organization.shortName, organization.name].filter((v): v is string => Boolean(v)).map(lower));
      for (const key of keys) this.organizationsByKey.set(key, [...(this.organizationsByKey.get(key) ?? []), organization]);
    }
    for (const subject of context.subjects) {
      this.subjectByName.set(lower(subject.name), subject.id);
      this.subjectByName.set(lower(subject.code), subject.id);
    }
  }

  check(line: number, cells: string[]): { row: StagedRow } | { errors: ImportRowErrorDto[] } {
    const errors: ImportRowErrorDto[] = [];
    const values: Record<string, unknown> = { organization: null, externalId: null, middleName: null, email: null, phone: null, educationSpecialty: null, categoryAssignedOn: null, dismissedOn: null, weeklyHours: null, subjects: [] };
    for (const { column, index } of this.columns) {
      const result = column.parse(index === -1 ? '' : (cells[index] ?? ''));
      if ('error' in result) errors.push({ row: line, column: column.header, message: result.error });
      else values[column.key] = result.value;
    }
    const input = values as unknown as StaffRowInput;
    const organization = this.resolveOrganization(input.organization);
    if (typeof organization === 'string') errors.push({ row: line, column: 'Организация', message: organization });
    const subjectIds: string[] = [];
    for (const name of input.subjects ?? []) {
      const id = this.subjectByName.get(lower(name));
      if (id) subjectIds.push(id);
      else errors.push({ row: line, column: 'Предметы', message: `Нет предмета «${name}» в справочнике` });
    }
    if (errors.length === 0) {
      input.snils = normalizeSnils(input.snils);
      for (const fact of staffFactErrors(input, this.context.today)) errors.push({ row: line, column: columnOf(fact.field), message: fact.message });
    }
    if (errors.length > 0 || typeof organization === 'string') return { errors };
    const key = input.externalId ? `ext:${input.externalId}` : `${organization.id}:${input.snils}:${input.employment}`;
    const first = this.seen.get(key);
    if (first !== undefined) return { errors: [{ row: line, column: null, message: `Повторяет строку ${first}` }] };
    this.seen.set(key, line);
    return { row: { line, input, organization, subjectIds } };
  }

  private resolveOrganization(value: string | null): Organization | string {
    if (!value) return this.context.defaultOrganization ?? 'Укажите организацию в столбце «Организация» или выберите её при загрузке';
    const matches = this.organizationsByKey.get(lower(value)) ?? [];
    if (matches.length === 1) return matches[0];
    return matches.length === 0 ? `Организация «${value}» не найдена в вашей области доступа` : `Под «${value}» подходит несколько организаций: укажите ИНН`;
  }
}
