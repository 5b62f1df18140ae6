import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { ApiKey, User, hashPassword } from '@sopr/server-identity';
import { Municipality, Organization, Region } from '@sopr/server-org-structure';
import { EducationLevel, Employment, Gender, ImportStatus, IndicatorLevel, MonitoringRunStatus, OrganizationKind, PositionCode, QualificationCategory, RecommendationAddressee, RecommendationPriority, RecommendationStatus, Role } from '@sopr/shared';
import { IndicatorTarget, MonitoringRun, MonitoringValue, Recommendation } from '@sopr/server-indicators';
import { Competence, DiagnosticProcedure, DiagnosticResult, ProcedureCompetence, ResultImport, ResultImportFile, recomputeDeficits } from '@sopr/server-diagnostics';
import { Event, EventParticipation, StaffImport, StaffImportFile, StaffMember, StaffPosition, TrainingRecord, withSnilsChecksum } from '@sopr/server-staff';

export const PASSWORD = 'Test-password-2026';
let passwordHash: Promise<string> | null = null;

/**
 * Test data builders. A world has two regions; region 1 has municipalities M1 (organizations O1,
 * O2) and M2 (O3); region 2 has M3 (O4). The actors under test sit in R1 / M1 / O1.
 */
export class Builder {
  constructor(private readonly db: DataSource) {}

  /** Region codes are unique: each builder hands them out in turn (a random pick collided now and then). */
  private regionCodes = 10;

  region(name = `Регион ${randomBytes(2).toString('hex')}`): Promise<Region> {
    return this.db.getRepository(Region).save({ code: String(this.regionCodes++), name });
  }

  municipality(region: Region, name = `Муниципалитет ${randomBytes(2).toString('hex')}`): Promise<Municipality> {
    return this.db.getRepository(Municipality).save({ regionId: region.id, name, oktmo: null });
  }

  organization(municipality: Municipality, kind = OrganizationKind.SCHOOL, name = `Школа ${randomBytes(2).toString('hex')}`): Promise<Organization> {
    return this.db.getRepository(Organization).save({
      regionId: municipality.regionId, municipalityId: municipality.id, name, kind, shortName: null, inn: null, address: null, externalId: null, active: true,
    });
  }

  async user(role: Role, place: { region?: Region; municipality?: Municipality; organization?: Organization } = {}, email?: string): Promise<User> {
    passwordHash ??= hashPassword(PASSWORD);
    const regionId = place.organization?.regionId ?? place.municipality?.regionId ?? place.region?.id ?? null;
    const municipalityId = place.organization?.municipalityId ?? place.municipality?.id ?? null;
    return this.db.getRepository(User).save({
      email: email ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@test.sopr.ru`,
      fullName: `Тестовый ${role}`, role, passwordHash: await passwordHash, regionId, municipalityId,
      organizationId: place.organization?.id ?? null, staffMemberId: null, active: true,
    });
  }

  /** A staff member (a teacher by default) with valid SNILS; `overrides` change any column. */
  async staffMember(organization: Organization, overrides: Partial<StaffMember> = {}, positions: PositionCode[] = [PositionCode.TEACHER]): Promise<StaffMember> {
    const saved = await this.db.getRepository(StaffMember).save({
      regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id,
      snils: validSnils(), lastName: 'Тестова', firstName: 'Мария', middleName: 'Ивановна', gender: Gender.FEMALE, birthDate: '1985-05-20',
      email: null, phone: null, educationLevel: EducationLevel.HIGHER, educationSpecialty: 'Учитель математики', teachingSince: '2008-09-01',
      category: QualificationCategory.NONE, categoryAssignedOn: null, employment: Employment.MAIN, hiredOn: '2008-09-01', dismissedOn: null,
      isTutor: false, isSupervisor: false, isExpert: false, externalId: null, ...overrides,
    });
    await this.db.getRepository(StaffPosition).insert(positions.map((position) => ({ staffMemberId: saved.id, position, weeklyHours: '18' })));
    return saved;
  }

  /** The member teaches the subject (by its catalogue code), with education matching it or not. */
  async teaches(member: StaffMember, subjectCode: string, profileMatch = true): Promise<void> {
    await this.db.query(`INSERT INTO staff_subject (staff_member_id, subject_id, profile_match) SELECT $1, id, $3 FROM subject WHERE code = $2`, [member.id, subjectCode, profileMatch]);
  }

  training(member: StaffMember, overrides: Partial<TrainingRecord> = {}): Promise<TrainingRecord> {
    return this.db.getRepository(TrainingRecord).save({
      staffMemberId: member.id, regionId: member.regionId, municipalityId: member.municipalityId, organizationId: member.organizationId,
      kind: 'ADVANCED' as TrainingRecord['kind'], programName: 'Функциональная грамотность', provider: 'ЦНППМ', hours: 36,
      startedOn: '2025-10-01', completedOn: '2025-10-20', isCnppm: true, isFederalRegistry: false, isIct: false, certificateNumber: null, externalId: null,
      ...overrides,
    });
  }

  /** An event owned by a region, a municipality or an organization (the most specific one given). */
  event(place: { region: Region; municipality?: Municipality; organization?: Organization }, overrides: Partial<Event> = {}): Promise<Event> {
    return this.db.getRepository(Event).save({
      regionId: place.region.id, municipalityId: place.organization?.municipalityId ?? place.municipality?.id ?? null, organizationId: place.organization?.id ?? null,
      name: 'ПрофСреда: тестовое занятие', series: 'ПрофСреда', kind: 'SEMINAR' as Event['kind'], level: 'MUNICIPAL' as Event['level'], startsOn: '2026-10-01', endsOn: null,
      ...overrides,
    });
  }

  participation(event: Event, member: StaffMember, role = 'PARTICIPANT'): Promise<EventParticipation> {
    return this.db.getRepository(EventParticipation).save({
      eventId: event.id, staffMemberId: member.id, role: role as EventParticipation['role'],
      regionId: member.regionId, municipalityId: member.municipalityId, organizationId: member.organizationId,
    });
  }

  /** A checked background import uploaded by a school admin of `organization`, its file still kept. */
  async staffImport(organization: Organization): Promise<StaffImport> {
    const uploader = await this.user(Role.SCHOOL_ADMIN, { organization });
    const actor = { kind: 'user', id: uploader.id, role: uploader.role, regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id, staffMemberId: null, ip: '127.0.0.1' } as const;
    const saved = await this.db.getRepository(StaffImport).save({
      regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id, requestedBy: actor, createdById: uploader.id,
      fileName: 'педагоги.csv', fileSize: 10, defaultOrganizationId: organization.id, status: ImportStatus.VALIDATED, totalRows: 1, toCreate: 1, validatedAt: new Date(),
    });
    // What a check leaves behind: the upload dropped, the checked rows kept gzipped.
    await this.db.getRepository(StaffImportFile).insert({ importId: saved.id, content: null, staged: gzipSync(Buffer.from('')) });
    return saved;
  }

  /** A done monitoring run of a municipality with one value of its own. */
  async monitoringRun(municipality: Municipality): Promise<MonitoringRun> {
    const run = await this.db.getRepository(MonitoringRun).save({
      regionId: municipality.regionId, municipalityId: municipality.id, periodFrom: '2026-01-01', asOf: '2026-06-30', status: MonitoringRunStatus.DONE,
      requestedBy: null, failure: null, startedAt: new Date(), finishedAt: new Date(),
    });
    await this.db.getRepository(MonitoringValue).insert({
      runId: run.id, indicatorCode: 'YOUNG_SHARE', level: IndicatorLevel.MUNICIPALITY, regionId: municipality.regionId, municipalityId: municipality.id,
      organizationId: null, numerator: 1, denominator: 4, value: '25', target: null, status: null, previousValue: null,
    });
    return run;
  }

  /** A done region run whose one municipality's run (of `municipality`) is done, with a value of the region's own. */
  async regionRun(region: Region, municipality: Municipality): Promise<MonitoringRun> {
    const run = await this.db.getRepository(MonitoringRun).save({
      regionId: region.id, municipalityId: null, periodFrom: '2026-01-01', asOf: '2026-06-30', status: MonitoringRunStatus.DONE,
      requestedBy: null, failure: null, startedAt: new Date(), finishedAt: new Date(),
    });
    const child = await this.monitoringRun(municipality);
    await this.db.getRepository(MonitoringRun).update({ id: child.id }, { parentRunId: run.id });
    await this.db.getRepository(MonitoringValue).insert({
      runId: run.id, indicatorCode: 'YOUNG_SHARE', level: IndicatorLevel.REGION, regionId: region.id, municipalityId: null,
      organizationId: null, numerator: 1, denominator: 4, value: '25', target: null, status: null, previousValue: null,
    });
    return run;
  }

  /** An issued recommendation for a teacher (given `staff`), a school (given an organization) or a municipality. */
  async recommendation(place: { municipality: Municipality; organization?: Organization; staff?: StaffMember }): Promise<Recommendation> {
    const run = await this.monitoringRun(place.municipality);
    const addressee = place.staff ? RecommendationAddressee.TEACHER : place.organization ? RecommendationAddressee.SCHOOL : RecommendationAddressee.MUNICIPALITY;
    return this.db.getRepository(Recommendation).save({
      ruleCode: 'training-due', addressee, regionId: place.municipality.regionId, municipalityId: place.municipality.id,
      organizationId: place.staff?.organizationId ?? place.organization?.id ?? null, staffMemberId: place.staff?.id ?? null, indicatorCode: 'TRAIN_LAST_3Y',
      priority: RecommendationPriority.MEDIUM, text: 'Пройдите повышение квалификации', subjects: [], fingerprint: `test:${randomBytes(6).toString('hex')}`,
      status: RecommendationStatus.ISSUED, rejectionReason: null, runId: run.id,
    });
  }

  /** A 2026 target of a municipality, or of a whole region. */
  indicatorTarget(place: { region: Region; municipality?: Municipality }): Promise<IndicatorTarget> {
    return this.db.getRepository(IndicatorTarget).save({
      indicatorCode: 'YOUNG_SHARE', regionId: place.region.id, municipalityId: place.municipality?.id ?? null, placeId: place.municipality?.id ?? place.region.id, year: 2026, value: '30',
    });
  }

  /** A checked results file of a procedure, uploaded by a school admin of `organization`. */
  async resultImport(procedure: DiagnosticProcedure, organization: Organization): Promise<ResultImport> {
    const uploader = await this.user(Role.SCHOOL_ADMIN, { organization });
    const actor = { kind: 'user', id: uploader.id, role: uploader.role, regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id, staffMemberId: null, ip: '127.0.0.1' } as const;
    const saved = await this.db.getRepository(ResultImport).save({
      procedureId: procedure.id, regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id, requestedBy: actor,
      createdById: uploader.id, fileName: 'результаты.csv', fileSize: 10, headers: ['СНИЛС', 'Балл'], status: ImportStatus.VALIDATED, totalRows: 1, toCreate: 1,
      mapping: { snils: 'СНИЛС', defaultTakenOn: '2026-10-01', scores: [{ competenceCode: 'PROF.METHODICAL', column: 'Балл' }] }, validatedAt: new Date(), procedureVersion: procedure.updatedAt,
    });
    await this.db.getRepository(ResultImportFile).insert({ importId: saved.id, content: gzipSync(Buffer.from('СНИЛС;Балл\n')), staged: gzipSync(Buffer.from('')) });
    return saved;
  }

  /** A procedure of the default framework owned by the most specific place given. */
  async procedure(
    place: { region: Region; municipality?: Municipality; organization?: Organization },
    overrides: Partial<DiagnosticProcedure> = {},
    competenceCodes = ['PROF.METHODICAL', 'FL.MATH'],
  ): Promise<DiagnosticProcedure> {
    const competences = await this.db.getRepository(Competence).createQueryBuilder('c').innerJoin('c.framework', 'f')
      .where('f.regionId IS NULL AND f.version = 1').andWhere('c.code IN (:...competenceCodes)', { competenceCodes }).getMany();
    const saved = await this.db.getRepository(DiagnosticProcedure).save({
      regionId: place.region.id, municipalityId: place.organization?.municipalityId ?? place.municipality?.id ?? null, organizationId: place.organization?.id ?? null,
      name: 'Диагностика методических компетенций', kind: 'CNPPM_ENTRY' as DiagnosticProcedure['kind'], subjectId: null, frameworkId: competences[0].frameworkId,
      startsOn: '2025-10-01', endsOn: null, scaleMin: '0', scaleMax: '100', threshold: '60', isCnppm: true, columnMapping: null, questionnaireId: null, ...overrides,
    });
    await this.db.getRepository(ProcedureCompetence).insert(competences.map((c) => ({ procedureId: saved.id, competenceId: c.id })));
    return saved;
  }

  /** A result with scores by competence code; the staff member's deficits are rebuilt as the API does. */
  async result(procedure: DiagnosticProcedure, member: StaffMember, takenOn: string, scores: Record<string, number>): Promise<DiagnosticResult> {
    return this.db.transaction(async (manager) => {
      const competences = await manager.getRepository(Competence).findBy({ frameworkId: procedure.frameworkId });
      const result = await manager.save(DiagnosticResult, {
        procedureId: procedure.id, staffMemberId: member.id, regionId: member.regionId, municipalityId: member.municipalityId, organizationId: member.organizationId,
        takenOn, source: 'MANUAL' as DiagnosticResult['source'],
        scores: Object.fromEntries(Object.entries(scores).map(([code, score]) => [competences.find((c) => c.code === code)!.id, score])),
      });
      await recomputeDeficits(manager, [member.id]);
      return result;
    });
  }

  /** An integration key; returns the row and the full key to send as X-API-Key. */
  async apiKey(region: Region, municipality: Municipality | null = null): Promise<{ row: ApiKey; key: string }> {
    const prefix = randomBytes(8).toString('hex').slice(0, 10);
    const secret = randomBytes(32).toString('base64url');
    const row = await this.db.getRepository(ApiKey).save({
      name: 'Тестовый портал', prefix, keyHash: createHash('sha256').update(secret).digest('hex'),
      regionId: region.id, municipalityId: municipality?.id ?? null, createdById: null,
    });
    return { row, key: `sopr_${prefix}_${secret}` };
  }
}

export interface World {
  r1: Region; r2: Region;
  m1: Municipality; m2: Municipality; m3: Municipality;
  o1: Organization; o2: Organization; o3: Organization; o4: Organization;
}

export async function buildWorld(db: DataSource): Promise<World & { build: Builder }> {
  const build = new Builder(db);
  const r1 = await build.region('Регион один');
  const r2 = await build.region('Регион два');
  const m1 = await build.municipality(r1, 'Муниципалитет M1');
  const m2 = await build.municipality(r1, 'Муниципалитет M2');
  const m3 = await build.municipality(r2, 'Муниципалитет M3');
  const o1 = await build.organization(m1, OrganizationKind.SCHOOL, 'Школа O1');
  const o2 = await build.organization(m1, OrganizationKind.PRESCHOOL, 'Детский сад O2');
  const o3 = await build.organization(m2, OrganizationKind.SCHOOL, 'Школа O3');
  const o4 = await build.organization(m3, OrganizationKind.SCHOOL, 'Школа O4');
  return { build, r1, r2, m1, m2, m3, o1, o2, o3, o4 };
}

let snilsCounter = 100_000_000 + Math.floor(Math.random() * 800_000_000);

/** A fresh SNILS with a correct checksum. */
export function validSnils(): string {
  snilsCounter += 1;
  return withSnilsChecksum(snilsCounter);
}
