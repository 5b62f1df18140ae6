import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, AuditAction, AuditService, Changes, assertPlacementInScope, diffFields } from '@sopr/server-core';
import { Organization } from '@sopr/server-org-structure';
import { ImportRowErrorDto } from '../dto/staff-import.dto';
import { maskSnils } from '../snils';
import { StaffMember } from '../staff-member.entity';
import { StaffPosition } from '../staff-position.entity';
import { StaffSubject } from '../staff-subject.entity';
import { StaffRowInput } from './staff-import.columns';

/** Fields compared to tell an update from an unchanged row. */
const COMPARED: (keyof StaffMember & keyof StaffRowInput)[] = [
  'externalId', 'lastName', 'firstName', 'middleName', 'gender', 'birthDate', 'email', 'phone', 'educationLevel', 'educationSpecialty',
  'teachingSince', 'category', 'categoryAssignedOn', 'employment', 'hiredOn', 'dismissedOn', 'isTutor', 'isSupervisor', 'isExpert',
];

export interface PlannedRow {
  line: number;
  input: StaffRowInput;
  organization: Organization;
  subjectIds: string[];
  existing: StaffMember | null;
  changes: Changes;
}

/**
 * Matches validated staff rows to existing records (external id, else SNILS + organization +
 * employment) and applies them set by set; shared by the file import and the portal batch upsert.
 */
@Injectable()
export class StaffMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async match(rows: { line: number; input: StaffRowInput; organization: Organization; subjectIds: string[] }[], errors: ImportRowErrorDto[]): Promise<PlannedRow[]> {
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

  /** Applies the plan in the caller's transaction; returns the staff id of every planned row by its line. */
  async apply(manager: EntityManager, actor: Actor, plan: PlannedRow[]): Promise<Map<number, string>> {
    const ids = new Map<number, string>();
    for (const row of plan) {
      if (row.existing) ids.set(row.line, row.existing.id);
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
        ids.set(row.line, id);
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
    return ids;
  }
}
