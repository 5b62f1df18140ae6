import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  Actor, AuditAction, AuditService, BadRequestError, Changes, assertPlacementInScope, diffFields,
} from '@sopr/server-core';
import { Organization, OrganizationsService } from '@sopr/server-org-structure';
import { ImportRowErrorDto, StaffImportReportDto } from '../dto/staff-import.dto';
import { maskSnils, normalizeSnils } from '../snils';
import { StaffMember } from '../staff-member.entity';
import { StaffPosition } from '../staff-position.entity';
import { staffFactErrors } from '../staff-rules';
import { StaffSubject } from '../staff-subject.entity';
import { Subject } from '../subject.entity';
import { today } from '../staff.service';
import { IMPORT_COLUMNS, ImportColumn, StaffRowInput } from './staff-import.columns';
import { UnreadableFileError, readTable } from './read-table';

/** Fields compared to tell an update from an unchanged row. */
const COMPARED: (keyof StaffMember & keyof StaffRowInput)[] = [
  'externalId', 'lastName', 'firstName', 'middleName', 'gender', 'birthDate', 'email', 'phone', 'educationLevel', 'educationSpecialty',
  'teachingSince', 'category', 'categoryAssignedOn', 'employment', 'hiredOn', 'dismissedOn', 'isTutor', 'isSupervisor', 'isExpert',
];

interface PlannedRow {
  line: number;
  input: StaffRowInput;
  organization: Organization;
  subjectIds: string[];
  existing: StaffMember | null;
  changes: Changes;
}

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
    private readonly audit: AuditService,
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
    await this.dataSource.transaction((manager) => this.apply(manager, actor, plan));
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

    const plan = await this.matchExisting(parsed, errors);
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

  private async matchExisting(rows: { line: number; input: StaffRowInput; organization: Organization; subjectIds: string[] }[], errors: ImportRowErrorDto[]): Promise<PlannedRow[]> {
    if (rows.length === 0) return [];
    const repo = this.dataSource.getRepository(StaffMember);
    const bySnils = await repo.find({
      where: { snils: In(rows.map((r) => r.input.snils)), organizationId: In([...new Set(rows.map((r) => r.organization.id))]) },
      relations: { positions: true, subjects: true },
    });
    const externalIds = rows.map((r) => r.input.externalId).filter((v): v is string => Boolean(v));
    const byExternal = externalIds.length > 0 ? await repo.find({ where: { externalId: In(externalIds) }, relations: { positions: true, subjects: true } }) : [];
    const plan: PlannedRow[] = [];
    for (const row of rows) {
      const { input, organization } = row;
      let existing = input.externalId ? (byExternal.find((s) => s.externalId === input.externalId && s.regionId === organization.regionId) ?? null) : null;
      if (existing && existing.organizationId !== organization.id) {
        errors.push({ row: row.line, column: 'Внешний идентификатор', message: 'Этот идентификатор уже у работника другой организации' });
        continue;
      }
      existing ??= bySnils.find((s) => s.organizationId === organization.id && s.snils === input.snils && s.employment === input.employment && !s.dismissedOn) ?? null;
      const fields = Object.fromEntries(COMPARED.map((key) => [key, input[key] ?? (key === 'externalId' ? existing?.externalId ?? null : null)]));
      const changes = diffFields(existing as unknown as Record<string, unknown> | null, fields);
      if (existing) {
        const positions = [...(existing.positions ?? [])].map((p) => p.position).sort().join(',');
        if (positions !== [...input.positions].sort().join(',')) changes['positions'] = { from: positions, to: input.positions.join(',') };
        const subjects = (existing.subjects ?? []).map((s) => s.subjectId).sort().join(',');
        if (input.subjects.length > 0 && subjects !== [...row.subjectIds].sort().join(',')) changes['subjects'] = { from: subjects, to: row.subjectIds.join(',') };
      }
      plan.push({ ...row, existing, changes });
    }
    return plan;
  }

  private async apply(manager: EntityManager, actor: Actor, plan: PlannedRow[]): Promise<void> {
    for (const row of plan) {
      if (row.existing && Object.keys(row.changes).length === 0) continue;
      const { input, organization } = row;
      assertPlacementInScope(actor, { regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id }, 'Организация не найдена');
      const fields = Object.fromEntries(COMPARED.map((key) => [key, input[key] ?? null])) as Partial<StaffMember>;
      if (!input.externalId && row.existing) delete fields.externalId;
      let id = row.existing?.id;
      if (id) {
        await manager.update(StaffMember, { id }, fields);
      } else {
        const saved = await manager.save(manager.create(StaffMember, { ...fields, snils: input.snils, regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id }));
        id = saved.id;
      }
      if (!row.existing || row.changes['positions']) {
        await manager.delete(StaffPosition, { staffMemberId: id });
        await manager.insert(StaffPosition, input.positions.map((position, i) => ({ staffMemberId: id, position, weeklyHours: i === 0 && input.weeklyHours !== null ? String(input.weeklyHours) : null })));
      }
      if (!row.existing || row.changes['subjects']) {
        await manager.delete(StaffSubject, { staffMemberId: id });
        if (row.subjectIds.length > 0) await manager.insert(StaffSubject, row.subjectIds.map((subjectId) => ({ staffMemberId: id, subjectId, profileMatch: true })));
      }
      const changes = { ...row.changes };
      if (changes['snils']) changes['snils'] = { from: null, to: maskSnils(input.snils) };
      await this.audit.record(manager, actor, {
        action: row.existing ? AuditAction.UPDATE : AuditAction.CREATE, entity: 'staffMember', entityId: id!,
        placement: { regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id },
        changes: row.existing ? changes : { ...diffFields(null, { ...fields }), snils: { from: null, to: maskSnils(input.snils) }, source: { from: null, to: 'импорт' } },
      });
    }
  }
}
