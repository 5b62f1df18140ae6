import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { Actor, BadRequestError, FieldError, toFieldErrors } from '@sopr/server-core';
import { Organization, OrganizationsService } from '@sopr/server-org-structure';
import { Employment, QualificationCategory } from '@sopr/shared';
import {
  BatchItemResultDto, BatchResultDto, StaffBatchDto, StaffBatchItemDto, StaffBatchResultDto, StaffChangeDto, StaffChangesDto, StaffChangesQueryDto,
} from '../dto/staff-batch.dto';
import { normalizeSnils } from '../snils';
import { staffFactErrors } from '../staff-rules';
import { StaffService, today, toListItem } from '../staff.service';
import { Subject } from '../subject.entity';
import { StaffRowInput } from './staff-import.columns';
import { StaffStage, StagedRow } from './staff-stage';

/** Where audit entries of records upserted by a portal say they came from. */
const BATCH_SOURCE = 'интеграция';

/**
 * Regional portals: bulk upsert by the portal's external id (each record validated and reported
 * on its own, valid ones applied together) and a change feed to pull what changed here.
 */
@Injectable()
export class StaffBatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly staff: StaffService,
  ) {}

  async upsert(actor: Actor, batch: StaffBatchDto): Promise<StaffBatchResultDto> {
    const scoped = await this.organizations.organizations.query(actor).getMany();
    const subjectByCode = new Map((await this.dataSource.getRepository(Subject).find()).map((s) => [s.code, s.id]));
    const results: BatchItemResultDto[] = [];
    const rows: StagedRow[] = [];
    const seen = new Map<string, number>();
    for (const [index, raw] of batch.items.entries()) {
      const item = plainToInstance(StaffBatchItemDto, raw);
      const errors: FieldError[] = toFieldErrors(await validate(item, { whitelist: true, forbidNonWhitelisted: true }));
      const externalId = typeof raw['externalId'] === 'string' ? raw['externalId'] : null;
      if (errors.length === 0) errors.push(...this.checkItem(item, index, seen, scoped, subjectByCode, rows));
      results.push({ index, externalId, status: errors.length > 0 ? 'error' : 'unchanged', id: null, errors });
    }
    await StaffStage.within(this.dataSource, async (stage) => {
      await stage.load(rows);
      for (const conflict of await stage.match()) {
        results[conflict.line].status = 'error';
        results[conflict.line].errors.push({ field: conflict.field ?? 'externalId', message: conflict.message });
      }
      await stage.apply(actor, BATCH_SOURCE);
      for (const row of await stage.results()) Object.assign(results[row.line], { id: row.staffId, status: row.status });
      return { result: undefined, commit: true };
    });
    return BatchResultDto.of(results);
  }

  /** Changes in (updated_at, id) order after a cursor; dismissed staff included, so portals see dismissals. */
  async changes(actor: Actor, query: StaffChangesQueryDto): Promise<StaffChangesDto> {
    const after = this.decodeCursor(query);
    const q = this.staff.selectListColumns(this.staff.filteredQuery(actor, { status: 'all' }))
      .addSelect('s.external_id', 'external_id')
      .addSelect(`to_char(s.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'updated_at_iso')
      .addSelect('s.updated_at', 'updated_at_raw');
    if (after) q.andWhere('(s.updated_at, s.id) > (:afterTime::timestamptz, :afterId::uuid)', { afterTime: after.time, afterId: after.id });
    const rows = await q.orderBy('s.updated_at', 'ASC').addOrderBy('s.id', 'ASC').limit(query.limit + 1).getRawMany();
    const page = rows.slice(0, query.limit);
    const items: StaffChangeDto[] = page.map((row) => ({ ...toListItem(row), externalId: row.external_id, updatedAt: row.updated_at_iso }));
    const last = page[page.length - 1];
    const nextCursor = last ? Buffer.from(`${last.updated_at_iso}|${last.id}`).toString('base64url') : (query.cursor ?? null);
    return { items, nextCursor, hasMore: rows.length > query.limit };
  }

  private decodeCursor(query: StaffChangesQueryDto): { time: string; id: string } | null {
    if (query.cursor) {
      const [time, id] = Buffer.from(query.cursor, 'base64url').toString('utf8').split('|');
      if (!time || !id || Number.isNaN(Date.parse(time)) || !/^[0-9a-f-]{36}$/.test(id)) {
        throw new BadRequestError('Проверьте правильность заполнения полей', [{ field: 'cursor', message: 'Некорректный курсор' }]);
      }
      return { time, id };
    }
    return query.updatedSince ? { time: query.updatedSince, id: '00000000-0000-0000-0000-000000000000' } : null;
  }

  private checkItem(
    item: StaffBatchItemDto, index: number, seen: Map<string, number>, scoped: Organization[], subjectByCode: Map<string, string>,
    rows: StagedRow[],
  ): FieldError[] {
    const errors: FieldError[] = [];
    const organization = item.organizationId
      ? scoped.find((o) => o.id === item.organizationId)
      : item.organizationExternalId ? scoped.find((o) => o.externalId === item.organizationExternalId) : undefined;
    if (!organization) {
      errors.push(item.organizationId || item.organizationExternalId
        ? { field: item.organizationId ? 'organizationId' : 'organizationExternalId', message: 'Организация не найдена в области доступа ключа' }
        : { field: 'organizationExternalId', message: 'Укажите organizationExternalId или organizationId' });
    }
    const subjectIds = (item.subjectCodes ?? []).map((code) => subjectByCode.get(code));
    subjectIds.forEach((id, i) => { if (!id) errors.push({ field: `subjectCodes[${i}]`, message: 'Нет такого предмета в справочнике' }); });
    const input: StaffRowInput = {
      externalId: item.externalId, organization: null, snils: normalizeSnils(item.snils), lastName: item.lastName.trim(), firstName: item.firstName.trim(),
      middleName: item.middleName ?? null, gender: item.gender, birthDate: item.birthDate, email: item.email?.toLowerCase() ?? null, phone: item.phone ?? null,
      educationLevel: item.educationLevel, educationSpecialty: item.educationSpecialty ?? null, teachingSince: item.teachingSince,
      category: item.category ?? QualificationCategory.NONE, categoryAssignedOn: item.categoryAssignedOn ?? null, employment: item.employment ?? Employment.MAIN,
      hiredOn: item.hiredOn, dismissedOn: item.dismissedOn ?? null, positions: item.positions.map((p) => p.position),
      weeklyHours: item.positions[0]?.weeklyHours ?? null, subjects: item.subjectCodes ?? [], isTutor: item.isTutor ?? false,
      isSupervisor: item.isSupervisor ?? false, isExpert: item.isExpert ?? false,
    };
    errors.push(...staffFactErrors(input, today()));
    const first = seen.get(item.externalId);
    if (first !== undefined) errors.push({ field: 'externalId', message: `Повторяет запись ${first} этого пакета` });
    if (errors.length === 0 && organization) {
      seen.set(item.externalId, index);
      rows.push({ line: index, input, organization, subjectIds: subjectIds as string[] });
    }
    return errors;
  }
}
