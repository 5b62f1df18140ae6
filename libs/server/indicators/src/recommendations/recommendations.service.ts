import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import {
  Actor, AuditAction, AuditService, ConflictError, ForbiddenError, Page, STAFF_RECORD_SCOPE, ScopedRepository, fieldError, paginate,
} from '@sopr/server-core';
import { RecommendationAddressee, RecommendationStatus, Role } from '@sopr/shared';
import { createBasePopulation } from '../compute/base-population';
import { MonitoringRun } from '../runs/monitoring-run.entity';
import { IssuedRecommendation, RECOMMENDATION_RULES } from './recommendation-rules';
import { Recommendation } from './recommendation.entity';
import { RecommendationDto, RecommendationQueryDto, UpdateRecommendationDto } from './recommendation.dto';

const OPEN: readonly RecommendationStatus[] = [RecommendationStatus.ISSUED, RecommendationStatus.ACCEPTED];
const NEXT: Record<RecommendationStatus, readonly RecommendationStatus[]> = {
  [RecommendationStatus.ISSUED]: [RecommendationStatus.ACCEPTED, RecommendationStatus.REJECTED],
  [RecommendationStatus.ACCEPTED]: [RecommendationStatus.DONE, RecommendationStatus.REJECTED],
  [RecommendationStatus.DONE]: [],
  [RecommendationStatus.REJECTED]: [],
};
const PRIORITY_ORDER = `CASE e.priority WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END`;

/** Only the addressee moves a recommendation: the teacher, the school's admin, the municipality's methodist or admin. */
export function isAddressee(actor: Actor, r: Pick<Recommendation, 'addressee' | 'staffMemberId' | 'organizationId' | 'municipalityId'>): boolean {
  if (r.addressee === RecommendationAddressee.TEACHER) return actor.role === Role.TEACHER && actor.staffMemberId === r.staffMemberId;
  if (r.addressee === RecommendationAddressee.SCHOOL) return actor.role === Role.SCHOOL_ADMIN && actor.organizationId === r.organizationId;
  return (actor.role === Role.MUNICIPAL_METHODIST || actor.role === Role.MUNICIPAL_ADMIN) && actor.municipalityId === r.municipalityId;
}

/**
 * Recommendations: issued by rules after each monitoring run, seen within scope (a teacher his own, a
 * school its own and its teachers', the municipality all), moved along by their addressee.
 */
@Injectable()
export class RecommendationsService {
  private readonly recommendations: ScopedRepository<Recommendation>;

  constructor(
    @InjectRepository(Recommendation) repository: Repository<Recommendation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.recommendations = new ScopedRepository(repository, STAFF_RECORD_SCOPE, 'Рекомендация не найдена');
  }

  async list(actor: Actor, query: RecommendationQueryDto): Promise<Page<RecommendationDto>> {
    const q = this.recommendations.query(actor);
    if (query.status) q.andWhere('e.status = :status', { status: query.status });
    if (query.addressee) q.andWhere('e.addressee = :addressee', { addressee: query.addressee });
    if (query.organizationId) q.andWhere('e.organizationId = :organizationId', { organizationId: query.organizationId });
    if (query.ruleCode) q.andWhere('e.ruleCode = :ruleCode', { ruleCode: query.ruleCode });
    // By default the most urgent first, the newest first among equals.
    const page = await paginate(q, query, { createdAt: 'e.created_at', priority: [PRIORITY_ORDER, '-e.created_at'], status: 'e.status' }, 'priority', (r) => r);
    return { ...page, items: await this.toDtos(actor, page.items) };
  }

  async get(actor: Actor, id: string): Promise<RecommendationDto> {
    const [dto] = await this.toDtos(actor, [await this.recommendations.findOne(actor, id)]);
    return dto;
  }

  async update(actor: Actor, id: string, dto: UpdateRecommendationDto): Promise<RecommendationDto> {
    const recommendation = await this.recommendations.findOne(actor, id);
    if (!isAddressee(actor, recommendation)) throw new ForbiddenError('Отметить рекомендацию может только её адресат');
    if (!NEXT[recommendation.status].includes(dto.status)) {
      throw new ConflictError(OPEN.includes(recommendation.status) ? 'Такой переход невозможен: принятую рекомендацию можно выполнить или отклонить' : 'Рекомендация уже закрыта');
    }
    if (dto.status === RecommendationStatus.REJECTED && !dto.reason?.trim()) throw fieldError('reason', 'Укажите причину отклонения');
    await this.dataSource.transaction(async (manager) => {
      const rejectionReason = dto.status === RecommendationStatus.REJECTED ? dto.reason!.trim() : null;
      await manager.update(Recommendation, { id }, { status: dto.status, rejectionReason });
      await this.audit.record(manager, actor, {
        action: AuditAction.UPDATE, entity: 'recommendation', entityId: id,
        placement: { regionId: recommendation.regionId, municipalityId: recommendation.municipalityId, organizationId: recommendation.organizationId },
        changes: { status: { from: recommendation.status, to: dto.status }, ...(rejectionReason ? { rejectionReason: { from: null, to: rejectionReason } } : {}) },
      });
    });
    return this.get(actor, id);
  }

  /** Worker: runs every rule on a finished run and issues what is not already open; returns how many were issued. */
  async generate(runId: string): Promise<number> {
    const run = await this.dataSource.getRepository(MonitoringRun).findOneBy({ id: runId });
    if (!run) return 0;
    return this.dataSource.transaction((manager) => issueRecommendations(manager, run));
  }

  private async toDtos(actor: Actor, rows: Recommendation[]): Promise<RecommendationDto[]> {
    const names: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, coalesce(short_name, name) AS name FROM organization WHERE id = ANY($1::uuid[])`,
      [[...new Set(rows.map((r) => r.organizationId).filter(Boolean))]],
    );
    const byId = new Map(names.map((n) => [n.id, n.name]));
    return rows.map((r) => ({
      id: r.id, ruleCode: r.ruleCode, addressee: r.addressee, municipalityId: r.municipalityId, organizationId: r.organizationId,
      organizationName: r.organizationId ? byId.get(r.organizationId) ?? null : null, staffMemberId: r.staffMemberId, indicatorCode: r.indicatorCode,
      priority: r.priority, text: r.text, subjects: r.subjects, status: r.status, rejectionReason: r.rejectionReason, runId: r.runId,
      canAct: isAddressee(actor, r) && NEXT[r.status].length > 0, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
    }));
  }
}

/**
 * Runs every rule on a finished run (in the caller's transaction) and writes the recommendations
 * that are not already open (same fingerprint); returns how many were issued.
 */
export async function issueRecommendations(manager: EntityManager, run: MonitoringRun): Promise<number> {
  // A region run's recommendations are its municipalities' runs': each issued its own.
  if (!run.municipalityId) return 0;
  await createBasePopulation(manager, run.municipalityId, run.asOf);
  const issued: IssuedRecommendation[] = [];
  for (const rule of Object.values(RECOMMENDATION_RULES)) issued.push(...(await rule(manager, run)));
  if (issued.length === 0) return 0;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO recommendation (rule_code, addressee, region_id, municipality_id, organization_id, staff_member_id, indicator_code, priority, text, subjects,
                                 fingerprint, status, run_id)
     SELECT r.rule_code, r.addressee, $1, $2, r.organization_id, r.staff_member_id, r.indicator_code, r.priority, r.text, r.subjects, r.fingerprint, $3, $4
     FROM unnest($5::varchar[], $6::varchar[], $7::uuid[], $8::uuid[], $9::varchar[], $10::varchar[], $11::varchar[], $12::jsonb[], $13::varchar[])
       AS r(rule_code, addressee, organization_id, staff_member_id, indicator_code, priority, text, subjects, fingerprint)
     ON CONFLICT (fingerprint) WHERE status IN ('${RecommendationStatus.ISSUED}', '${RecommendationStatus.ACCEPTED}') DO NOTHING
     RETURNING id`,
    [
      run.regionId, run.municipalityId, RecommendationStatus.ISSUED, run.id, issued.map((i) => i.ruleCode), issued.map((i) => i.addressee),
      issued.map((i) => i.organizationId), issued.map((i) => i.staffMemberId), issued.map((i) => i.indicatorCode), issued.map((i) => i.priority),
      issued.map((i) => i.text), issued.map((i) => JSON.stringify(i.subjects)), issued.map((i) => i.fingerprint),
    ],
  );
  return inserted.length;
}
