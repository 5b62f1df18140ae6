import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager, In, QueryFailedError, Repository, SelectQueryBuilder } from 'typeorm';
import {
  Actor, AuditAction, AuditService, BadRequestError, ConflictError, FieldError, NotFoundError, Page, Placement, ScopedRepository,
  assertPlacementInScope, diffFields, paginateByIds,
} from '@sopr/server-core';
import { OrganizationsService } from '@sopr/server-org-structure';
import { Employment, QualificationCategory } from '@sopr/shared';
import {
  CreateStaffMemberDto, StaffExportQueryDto, StaffMemberDto, StaffMemberListItemDto, StaffQueryDto, StaffSnilsDto, SubjectDto, UpdateStaffContactsDto, UpdateStaffMemberDto,
} from './dto/staff-member.dto';
import { formatSnils, maskSnils, normalizeSnils } from './snils';
import { staffDerivedSql } from './staff-derived.sql';
import { StaffMember } from './staff-member.entity';
import { StaffPosition } from './staff-position.entity';
import { staffFactErrors } from './staff-rules';
import { StaffSubject } from './staff-subject.entity';
import { Subject } from './subject.entity';

export const STAFF_SCOPE = { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId', selfStaff: 'id' };

export const today = (): string => new Date().toISOString().slice(0, 10);

export const placementOfStaff = (s: Pick<StaffMember, 'regionId' | 'municipalityId' | 'organizationId'>): Placement => ({
  regionId: s.regionId, municipalityId: s.municipalityId, organizationId: s.organizationId,
});

interface StaffRow {
  id: string; organization_id: string; organization_name: string; municipality_id: string; last_name: string; first_name: string;
  middle_name: string | null; snils: string; gender: string; birth_date: string; category: string; education_level: string;
  employment: string; dismissed_on: string | null; positions: string[]; subjects: string[];
  age: number; age_group: string; under35: boolean; experience_years: number; experience_group: string; young_specialist: boolean;
  pension_age: boolean; trained_in_last3_years: boolean; category_valid: boolean; category_expires_on: string | null; active: boolean;
}

const SORTABLE = {
  fullName: 's.last_name', birthDate: 's.birth_date', hiredOn: 's.hired_on', organization: 'o.name', category: 's.category', updatedAt: 's.updated_at',
};

@Injectable()
export class StaffService {
  readonly staff: ScopedRepository<StaffMember>;

  constructor(
    @InjectRepository(StaffMember) repository: Repository<StaffMember>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {
    this.staff = new ScopedRepository(repository, STAFF_SCOPE, 'Сотрудник не найден');
  }

  async subjects(): Promise<SubjectDto[]> {
    const subjects = await this.dataSource.getRepository(Subject).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
    return subjects.map(({ id, code, name }) => ({ id, code, name }));
  }

  /**
   * The filtered, scoped query; lists and exports share it. It reads staff_member alone, so a count
   * or a page of ids is served by the scope indexes; `selectListColumns` joins what the rows show.
   */
  filteredQuery(actor: Actor, query: StaffExportQueryDto): SelectQueryBuilder<StaffMember> {
    const asOf = query.asOf ?? today();
    const d = staffDerivedSql('s');
    const q = this.staff.query(actor, 's').setParameter('asOf', asOf);
    const status = query.status ?? 'active';
    if (status === 'active') q.andWhere(d.active);
    if (status === 'dismissed') q.andWhere('s.dismissed_on IS NOT NULL AND s.dismissed_on <= :asOf::date');
    if (query.organizationId) q.andWhere('s.organization_id = :organizationId', { organizationId: query.organizationId });
    if (query.municipalityId) q.andWhere('s.municipality_id = :municipalityId', { municipalityId: query.municipalityId });
    if (query.subjectId) q.andWhere('EXISTS (SELECT 1 FROM staff_subject ss WHERE ss.staff_member_id = s.id AND ss.subject_id = :subjectId)', { subjectId: query.subjectId });
    if (query.position) q.andWhere('EXISTS (SELECT 1 FROM staff_position sp WHERE sp.staff_member_id = s.id AND sp.position = :position)', { position: query.position });
    if (query.ageGroup) q.andWhere(`(${d.ageGroup}) = :ageGroup`, { ageGroup: query.ageGroup });
    if (query.experienceGroup) q.andWhere(`(${d.experienceGroup}) = :experienceGroup`, { experienceGroup: query.experienceGroup });
    if (query.category) {
      q.andWhere(query.category === QualificationCategory.NONE ? `NOT ${d.categoryValid}` : `(s.category = :category AND ${d.categoryValid})`, { category: query.category });
    }
    for (const flag of ['youngSpecialist', 'under35', 'pensionAge', 'trainedInLast3Years'] as const) {
      if (query[flag] !== undefined) q.andWhere(query[flag] ? d[flag] : `NOT ${d[flag]}`);
    }
    if (query.q) {
      q.andWhere(`(concat_ws(' ', s.last_name, s.first_name, s.middle_name) ILIKE :q OR s.external_id = :exact)`, { q: `%${query.q}%`, exact: query.q });
    }
    return q;
  }

  /** The columns of a list row, derived values included; joins the organization for its name. */
  selectListColumns(q: SelectQueryBuilder<StaffMember>): SelectQueryBuilder<StaffMember> {
    const d = staffDerivedSql('s');
    return q
      .innerJoin('s.organization', 'o')
      .select(['s.id AS id', 's.organization_id AS organization_id', 'o.name AS organization_name', 's.municipality_id AS municipality_id'])
      .addSelect(['s.last_name AS last_name', 's.first_name AS first_name', 's.middle_name AS middle_name', 's.snils AS snils', 's.gender AS gender'])
      .addSelect(["to_char(s.birth_date, 'YYYY-MM-DD') AS birth_date", 's.category AS category', 's.education_level AS education_level'])
      .addSelect(['s.employment AS employment', "to_char(s.dismissed_on, 'YYYY-MM-DD') AS dismissed_on"])
      .addSelect('ARRAY(SELECT sp.position FROM staff_position sp WHERE sp.staff_member_id = s.id ORDER BY sp.position)', 'positions')
      .addSelect('ARRAY(SELECT sub.name FROM staff_subject ss JOIN subject sub ON sub.id = ss.subject_id WHERE ss.staff_member_id = s.id ORDER BY sub.sort_order, sub.name)', 'subjects')
      .addSelect(d.age, 'age').addSelect(d.ageGroup, 'age_group').addSelect(d.under35, 'under35')
      .addSelect(d.experienceYears, 'experience_years').addSelect(d.experienceGroup, 'experience_group')
      .addSelect(d.youngSpecialist, 'young_specialist').addSelect(d.pensionAge, 'pension_age')
      .addSelect(d.trainedInLast3Years, 'trained_in_last3_years').addSelect(d.categoryValid, 'category_valid')
      .addSelect(`to_char(${d.categoryExpiresOn}, 'YYYY-MM-DD')`, 'category_expires_on').addSelect(d.active, 'active');
  }

  list(actor: Actor, query: StaffQueryDto): Promise<Page<StaffMemberListItemDto>> {
    return paginateByIds(this.pageQuery(actor, query), query, SORTABLE, 'fullName', (ids) => this.listItems(actor, ids, query.asOf ?? today()));
  }

  /** The filtered query a page is counted and ordered on; the organization is joined only to sort by its columns. */
  private pageQuery(actor: Actor, query: StaffExportQueryDto): SelectQueryBuilder<StaffMember> {
    const q = this.filteredQuery(actor, query);
    const column: string | undefined = SORTABLE[query.sort?.replace(/^-/, '') as keyof typeof SORTABLE];
    return column?.startsWith('o.') ? q.innerJoin('s.organization', 'o') : q;
  }

  /** Builds list rows (derived values included) for the given ids only. */
  async listItems(actor: Actor, ids: string[], asOf: string): Promise<StaffMemberListItemDto[]> {
    const rows = await this.runPrepared<StaffRow>(
      this.selectListColumns(this.staff.query(actor, 's').setParameter('asOf', asOf)).andWhere('s.id = ANY(:ids::uuid[])', { ids }),
    );
    return rows.map(toListItem);
  }

  /**
   * Runs a query as a named prepared statement of the pooled connection, so that PostgreSQL parses and
   * plans it once per connection rather than on every request (for the rows of a page, parsing and
   * planning cost almost as much as running). Only for statements whose text does not depend on the
   * data, so that each connection keeps a few of them; needs sessions of their own (no pooler in
   * transaction mode).
   */
  private async runPrepared<T>(query: SelectQueryBuilder<StaffMember>): Promise<T[]> {
    const [text, values] = query.getQueryAndParameters();
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      this.dataSource.logger.logQuery(text, values, runner);
      const name = `staff_${createHash('sha1').update(text).digest('hex')}`;
      const result = await client.query({ name, text, values }).catch((error: Error) => {
        throw new QueryFailedError(text, values, error);
      });
      return result.rows as T[];
    } finally {
      await runner.release();
    }
  }

  /** All rows of the filtered list in the list's order, read in batches for a streamed export. */
  async *exportRows(actor: Actor, query: StaffExportQueryDto, batchSize = 1000): AsyncGenerator<StaffMemberListItemDto[]> {
    for (let offset = 0; ; offset += batchSize) {
      const page = await paginateByIds(this.pageQuery(actor, query), { ...query, limit: batchSize, offset }, SORTABLE, 'fullName', (ids) => this.listItems(actor, ids, query.asOf ?? today()));
      if (page.items.length > 0) yield page.items;
      if (offset + batchSize >= page.total) return;
    }
  }

  async get(actor: Actor, id: string, asOf = today()): Promise<StaffMemberDto> {
    const row = await this.selectListColumns(this.staff.query(actor, 's').setParameter('asOf', asOf))
      .andWhere('s.id = :id', { id })
      .getRawOne<StaffRow>();
    if (!row) throw new NotFoundError('Сотрудник не найден');
    const entity = await this.staff.repository.findOneOrFail({ where: { id }, relations: { positions: true, subjects: { subject: true } } });
    return {
      ...toListItem(row),
      lastName: entity.lastName, firstName: entity.firstName, middleName: entity.middleName, email: entity.email, phone: entity.phone,
      educationSpecialty: entity.educationSpecialty, teachingSince: entity.teachingSince, categoryAssignedOn: entity.categoryAssignedOn,
      hiredOn: entity.hiredOn, isTutor: entity.isTutor, isSupervisor: entity.isSupervisor, isExpert: entity.isExpert, externalId: entity.externalId,
      positionDetails: (entity.positions ?? []).map((p) => ({ position: p.position, weeklyHours: p.weeklyHours === null ? null : Number(p.weeklyHours) })),
      subjectDetails: (entity.subjects ?? []).map((s) => ({ subjectId: s.subjectId, subjectName: s.subject?.name ?? '', profileMatch: s.profileMatch })),
      updatedAt: entity.updatedAt.toISOString(),
    };
  }

  /** The full SNILS, for admins of the scope; every read is written to the audit log. */
  async snils(actor: Actor, id: string): Promise<StaffSnilsDto> {
    const member = await this.staff.findOne(actor, id);
    await this.audit.record(this.dataSource.manager, actor, { action: AuditAction.READ_SENSITIVE, entity: 'staffMember', entityId: id, placement: placementOfStaff(member), changes: { snils: { from: null, to: 'прочитан' } } });
    return { snils: formatSnils(member.snils) };
  }

  async create(actor: Actor, dto: CreateStaffMemberDto): Promise<StaffMemberDto> {
    const organization = await this.organizations.organizations.findOne(actor, dto.organizationId);
    assertPlacementInScope(actor, { regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id }, 'Организация не найдена');
    const values = normalize({ ...defaults(), ...dto });
    await this.validate(values, dto.subjects?.map((s) => s.subjectId) ?? []);
    await this.assertNoDuplicate(organization.id, values.snils, values.employment, null);
    const id = await this.dataSource.transaction(async (manager) => {
      const { positions, subjects, organizationId: _o, ...fields } = values;
      const saved = await manager.save(manager.create(StaffMember, { ...fields, regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id }));
      await this.replaceRelations(manager, saved.id, positions, subjects);
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'staffMember', entityId: saved.id, placement: placementOfStaff(saved), changes: diffFields(null, { ...fields, snils: maskSnils(fields.snils) }) });
      return saved.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateStaffMemberDto): Promise<StaffMemberDto> {
    const member = await this.findWritable(actor, id);
    const merged = normalize({ ...member, ...dto } as CreateStaffMemberDto & StaffMember);
    await this.validate(merged, dto.subjects?.map((s) => s.subjectId) ?? []);
    if (dto.snils !== undefined || dto.employment !== undefined) await this.assertNoDuplicate(member.organizationId, merged.snils, merged.employment, id);
    const { positions, subjects, ...fields } = normalize(dto as CreateStaffMemberDto);
    const changes = diffFields(member as unknown as Record<string, unknown>, fields as Record<string, unknown>);
    if (changes['snils']) changes['snils'] = { from: maskSnils(member.snils), to: maskSnils(merged.snils) };
    if (positions) changes['positions'] = { from: null, to: positions.map((p) => p.position) };
    if (subjects) changes['subjects'] = { from: null, to: subjects.map((s) => s.subjectId) };
    await this.dataSource.transaction(async (manager) => {
      await manager.save(Object.assign(member, fields));
      await this.replaceRelations(manager, id, positions, subjects);
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'staffMember', entityId: id, placement: placementOfStaff(member), changes });
    });
    return this.get(actor, id);
  }

  /** What a teacher may change in his own record; admins of the school may too. */
  async updateContacts(actor: Actor, id: string, dto: UpdateStaffContactsDto): Promise<StaffMemberDto> {
    const member = await this.staff.findOne(actor, id);
    assertPlacementInScope(actor, placementOfStaff(member), 'Сотрудник не найден');
    const changes = diffFields(member as unknown as Record<string, unknown>, { ...dto });
    await this.dataSource.transaction(async (manager) => {
      await manager.update(StaffMember, { id }, { ...dto });
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'staffMember', entityId: id, placement: placementOfStaff(member), changes });
    });
    return this.get(actor, id);
  }

  async findWritable(actor: Actor, id: string): Promise<StaffMember> {
    const member = await this.staff.findOne(actor, id);
    assertPlacementInScope(actor, placementOfStaff(member), 'Сотрудник не найден');
    return member;
  }

  private async validate(values: ReturnType<typeof normalize>, subjectIds: string[]): Promise<void> {
    const errors: FieldError[] = staffFactErrors(
      {
        snils: values.snils, birthDate: values.birthDate, teachingSince: values.teachingSince, hiredOn: values.hiredOn,
        dismissedOn: values.dismissedOn ?? null, category: values.category, categoryAssignedOn: values.categoryAssignedOn ?? null,
      },
      today(),
    );
    if (subjectIds.length > 0) {
      const known = new Set((await this.dataSource.getRepository(Subject).findBy({ id: In(subjectIds) })).map((s) => s.id));
      subjectIds.forEach((subjectId, index) => {
        if (!known.has(subjectId)) errors.push({ field: `subjects[${index}].subjectId`, message: 'Нет такого предмета в справочнике' });
      });
    }
    if (errors.length > 0) throw new BadRequestError('Проверьте правильность заполнения полей', errors);
  }

  private async assertNoDuplicate(organizationId: string, snils: string, employment: Employment, exceptId: string | null): Promise<void> {
    const q = this.staff.repository
      .createQueryBuilder('s')
      .where('s.organization_id = :organizationId AND s.snils = :snils AND s.employment = :employment AND s.dismissed_on IS NULL', { organizationId, snils, employment });
    if (exceptId) q.andWhere('s.id <> :exceptId', { exceptId });
    if (await q.getExists()) {
      throw new ConflictError('Сотрудник с таким СНИЛС уже работает в этой организации', [{ field: 'snils', message: 'Уже есть в организации' }]);
    }
  }

  private async replaceRelations(
    manager: EntityManager,
    staffMemberId: string,
    positions: CreateStaffMemberDto['positions'] | undefined,
    subjects: CreateStaffMemberDto['subjects'] | undefined,
  ): Promise<void> {
    if (positions) {
      await manager.delete(StaffPosition, { staffMemberId });
      const unique = [...new Map(positions.map((p) => [p.position, p])).values()];
      await manager.insert(StaffPosition, unique.map((p) => ({ staffMemberId, position: p.position, weeklyHours: p.weeklyHours === undefined || p.weeklyHours === null ? null : String(p.weeklyHours) })));
    }
    if (subjects) {
      await manager.delete(StaffSubject, { staffMemberId });
      const unique = [...new Map(subjects.map((s) => [s.subjectId, s])).values()];
      if (unique.length > 0) await manager.insert(StaffSubject, unique.map((s) => ({ staffMemberId, subjectId: s.subjectId, profileMatch: s.profileMatch ?? true })));
    }
  }
}

function defaults() {
  return { category: QualificationCategory.NONE, employment: Employment.MAIN, isTutor: false, isSupervisor: false, isExpert: false };
}

/** Canonical forms: SNILS digits only, trimmed names, e-mail lower-case. */
function normalize<T extends Partial<CreateStaffMemberDto>>(values: T): T & { snils: string; category: QualificationCategory; employment: Employment } & CreateStaffMemberDto {
  const result = { ...values } as T & CreateStaffMemberDto;
  if (values.snils !== undefined) result.snils = normalizeSnils(values.snils);
  for (const key of ['lastName', 'firstName', 'middleName'] as const) {
    const value = values[key];
    if (typeof value === "string") (result as unknown as Record<string, unknown>)[key] = value.trim().replace(/\s+/g, ' ');
  }
  if (typeof values.email === 'string') result.email = values.email.trim().toLowerCase();
  return result as T & { snils: string; category: QualificationCategory; employment: Employment } & CreateStaffMemberDto;
}

export function toListItem(row: StaffRow): StaffMemberListItemDto {
  return {
    id: row.id, organizationId: row.organization_id, organizationName: row.organization_name, municipalityId: row.municipality_id,
    fullName: [row.last_name, row.first_name, row.middle_name].filter(Boolean).join(' '), snilsMasked: maskSnils(row.snils),
    gender: row.gender as StaffMemberListItemDto['gender'], birthDate: row.birth_date, category: row.category as QualificationCategory,
    educationLevel: row.education_level as StaffMemberListItemDto['educationLevel'], employment: row.employment as Employment,
    positions: row.positions as StaffMemberListItemDto['positions'], subjects: row.subjects, dismissedOn: row.dismissed_on,
    age: Number(row.age), ageGroup: row.age_group as StaffMemberListItemDto['ageGroup'], under35: row.under35,
    experienceYears: Number(row.experience_years), experienceGroup: row.experience_group as StaffMemberListItemDto['experienceGroup'],
    youngSpecialist: row.young_specialist, pensionAge: row.pension_age, trainedInLast3Years: row.trained_in_last3_years,
    categoryValid: row.category_valid, categoryExpiresOn: row.category_expires_on, active: row.active,
  };
}
