import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, BadRequestError } from '@sopr/server-core';
import { Organization, OrganizationsService } from '@sopr/server-org-structure';
import { ImportRowErrorDto, StaffImportReportDto } from '../dto/staff-import.dto';
import { normalizeSnils } from '../snils';
import { staffFactErrors } from '../staff-rules';
import { Subject } from '../subject.entity';
import { today } from '../staff.service';
import { IMPORT_COLUMNS, ImportColumn, StaffRowInput } from './staff-import.columns';
import { PlannedRow, StaffMergeService } from './staff-merge.service';
import { UnreadableFileError, readTable } from './read-table';

interface Analysis {
  report: StaffImportReportDto;
  plan: PlannedRow[];
}

const FACT_COLUMN: Record<string, string> = {
  snils: 'СНИЛС', birthDate: 'Дата рождения', teachingSince: 'Начало педагогического стажа', hiredOn: 'Дата приёма',
  dismissedOn: 'Дата увольнения', categoryAssignedOn: 'Дата присвоения категории',
};

const lower = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е');

/**
 * Staff import from XLSX/CSV: a dry run lists every bad row and what would be created, updated or
 * left unchanged; a commit re-reads the same file and applies all of it in one transaction, or
 * nothing. Rows match existing staff by external id, else by SNILS + organization + employment,
 * so importing the same file twice changes nothing.
 */
@Injectable()
export class StaffImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly merge: StaffMergeService,
  ) {}

  async dryRun(actor: Actor, bytes: Buffer, organizationId?: string): Promise<StaffImportReportDto> {
    return (await this.analyze(actor, bytes, organizationId)).report;
  }

  async commit(actor: Actor, bytes: Buffer, organizationId?: string): Promise<StaffImportReportDto> {
    const { report, plan } = await this.analyze(actor, bytes, organizationId);
    if (!report.valid) {
      throw new BadRequestError(
        `Файл не применён: ошибок — ${report.fileErrors.length + report.errors.length}. Исправьте их и загрузите файл снова`,
        [...report.fileErrors.map((message) => ({ field: 'file', message })), ...report.errors.map((e) => ({ field: `rows[${e.row}]${e.column ? `.${e.column}` : ''}`, message: e.message }))],
        'IMPORT_INVALID',
      );
    }
    await this.dataSource.transaction((manager) => this.merge.apply(manager, actor, plan));
    return { ...report, applied: true };
  }

  template(): ImportColumn[] {
    return IMPORT_COLUMNS;
  }

  private async analyze(actor: Actor, bytes: Buffer, organizationId?: string): Promise<Analysis> {
    const empty = (fileErrors: string[]): Analysis => ({
      report: { valid: false, totalRows: 0, toCreate: 0, toUpdate: 0, unchanged: 0, fileErrors, errors: [], applied: false }, plan: [],
    });
    // An organization outside the scope answers 404 before the file is even read.
    const defaultOrganization = organizationId ? await this.organizations.organizations.findOne(actor, organizationId) : null;
    let table;
    try {
      table = await readTable(bytes);
    } catch (error) {
      if (error instanceof UnreadableFileError) return empty([error.message]);
      throw error;
    }
    const byHeader = new Map(IMPORT_COLUMNS.map((c) => [lower(c.header), c]));
    const columnAt: (ImportColumn | null)[] = table.headers.map((h) => byHeader.get(lower(h)) ?? null);
    const fileErrors: string[] = [];
    const unknown = table.headers.filter((h, i) => h !== '' && !columnAt[i]);
    if (unknown.length > 0) fileErrors.push(`Неизвестные столбцы: ${unknown.map((h) => `«${h}»`).join(', ')}. Используйте шаблон`);
    const missing = IMPORT_COLUMNS.filter((c) => c.required && !columnAt.includes(c));
    if (missing.length > 0) fileErrors.push(`Нет обязательных столбцов: ${missing.map((c) => `«${c.header}»`).join(', ')}`);
    const repeated = table.headers.filter((h, i) => h !== '' && table.headers.findIndex((x) => lower(x) === lower(h)) !== i);
    if (repeated.length > 0) fileErrors.push(`Повторяются столбцы: ${repeated.map((h) => `«${h}»`).join(', ')}`);
    if (table.rows.length === 0) fileErrors.push('В файле нет строк с данными');
    if (fileErrors.length > 0) return { ...empty(fileErrors), report: { ...empty(fileErrors).report, totalRows: table.rows.length } };

    const scopedOrganizations = await this.organizations.organizations.query(actor).getMany();
    const subjects = await this.dataSource.getRepository(Subject).find();
    const subjectByName = new Map(subjects.flatMap((s) => [[lower(s.name), s.id], [lower(s.code), s.id]] as [string, string][]));
    const errors: ImportRowErrorDto[] = [];
    const parsed: { line: number; input: StaffRowInput; organization: Organization; subjectIds: string[] }[] = [];
    const seen = new Map<string, number>();
    const now = today();

    for (const { line, cells } of table.rows) {
      const rowErrors: ImportRowErrorDto[] = [];
      const input = { organization: null, externalId: null, middleName: null, email: null, phone: null, educationSpecialty: null, categoryAssignedOn: null, dismissedOn: null, weeklyHours: null, subjects: [] } as unknown as StaffRowInput;
      for (const column of IMPORT_COLUMNS) {
        const index = columnAt.indexOf(column);
        const result = column.parse(index === -1 ? '' : (cells[index] ?? ''));
        if ('error' in result) rowErrors.push({ row: line, column: column.header, message: result.error });
        else (input as unknown as Record<string, unknown>)[column.key] = result.value;
      }
      const organization = this.resolveOrganization(input.organization, defaultOrganization, scopedOrganizations);
      if (typeof organization === 'string') rowErrors.push({ row: line, column: 'Организация', message: organization });
      const subjectIds: string[] = [];
      for (const name of input.subjects ?? []) {
        const id = subjectByName.get(lower(name));
        if (id) subjectIds.push(id);
        else rowErrors.push({ row: line, column: 'Предметы', message: `Нет предмета «${name}» в справочнике` });
      }
      if (rowErrors.length === 0) {
        input.snils = normalizeSnils(input.snils);
        for (const fact of staffFactErrors(input, now)) rowErrors.push({ row: line, column: FACT_COLUMN[fact.field] ?? null, message: fact.message });
      }
      if (rowErrors.length === 0 && typeof organization !== 'string') {
        const key = input.externalId ? `ext:${input.externalId}` : `${organization.id}:${input.snils}:${input.employment}`;
        const first = seen.get(key);
        if (first !== undefined) rowErrors.push({ row: line, column: null, message: `Повторяет строку ${first}` });
        else seen.set(key, line);
      }
      if (rowErrors.length > 0 || typeof organization === 'string') errors.push(...rowErrors);
      else parsed.push({ line, input, organization, subjectIds });
    }

    const plan = await this.merge.match(parsed, errors);
    const report: StaffImportReportDto = {
      valid: errors.length === 0, totalRows: table.rows.length, fileErrors: [], errors: errors.sort((a, b) => a.row - b.row), applied: false,
      toCreate: plan.filter((p) => !p.existing).length,
      toUpdate: plan.filter((p) => p.existing && Object.keys(p.changes).length > 0).length,
      unchanged: plan.filter((p) => p.existing && Object.keys(p.changes).length === 0).length,
    };
    return { report, plan };
  }

  private resolveOrganization(value: string | null, fallback: Organization | null, scoped: Organization[]): Organization | string {
    if (!value) return fallback ?? 'Укажите организацию в столбце «Организация» или выберите её при загрузке';
    const key = lower(value);
    const matches = scoped.filter((o) => [o.externalId, o.inn, o.shortName, o.name].some((v) => v && lower(v) === key));
    if (matches.length === 1) return matches[0];
    return matches.length === 0 ? `Организация «${value}» не найдена в вашей области доступа` : `Под «${value}» подходит несколько организаций: укажите ИНН`;
  }
}
