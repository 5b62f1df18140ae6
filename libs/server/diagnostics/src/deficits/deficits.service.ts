import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { Actor, Page, ScopedRepository, paginateByIds, STAFF_RECORD_SCOPE } from '@sopr/server-core';
import { CompetenceArea, DeficitStatus } from '@sopr/shared';
import { StaffMember, StaffService, staffDerivedSql } from '@sopr/server-staff';
import { resultScoresSql } from '../results/result-scores.sql';
import { openDeficitSql } from './open-deficit.sql';
import { Deficit } from './deficit.entity';
import { CompetenceDynamicsDto, DeficitDto, DeficitQueryDto, StaffDiagnosticsDto, StaffResultSummaryDto } from './deficit.dto';

/** Open means not yet cleared by a later result: OPEN or ADDRESSED. */
export const UNRESOLVED_DEFICIT_STATUSES = [DeficitStatus.OPEN, DeficitStatus.ADDRESSED];

@Injectable()
export class DeficitsService {
  readonly deficits: ScopedRepository<Deficit>;

  constructor(
    @InjectRepository(Deficit) deficits: Repository<Deficit>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffService,
  ) {
    this.deficits = new ScopedRepository(deficits, STAFF_RECORD_SCOPE, 'Дефицит не найден');
  }

  list(actor: Actor, query: DeficitQueryDto): Promise<Page<DeficitDto>> {
    const q = this.filtered(actor, query);
    return paginateByIds(q, query, { openedOn: 'd.openedOn', staffName: 's.lastName', competenceCode: 'd.competenceCode' }, '-openedOn', (ids) => this.load(ids));
  }

  filtered(actor: Actor, query: DeficitQueryDto): SelectQueryBuilder<Deficit> {
    const q = this.deficits.query(actor, 'd').innerJoin(StaffMember, 's', 's.id = d.staffMemberId');
    if (query.staffMemberId) q.andWhere('d.staffMemberId = :staffMemberId', { staffMemberId: query.staffMemberId });
    if (query.organizationId) q.andWhere('d.organizationId = :organizationId', { organizationId: query.organizationId });
    if (query.municipalityId) q.andWhere('d.municipalityId = :municipalityId', { municipalityId: query.municipalityId });
    if (query.competenceCode) q.andWhere('d.competenceCode = :competenceCode', { competenceCode: query.competenceCode });
    if (query.status) q.andWhere('d.status = :status', { status: query.status });
    if (query.procedureKind) q.andWhere('d.procedureKind = :procedureKind', { procedureKind: query.procedureKind });
    if (query.subjectId) q.andWhere('EXISTS (SELECT 1 FROM staff_subject ss WHERE ss.staff_member_id = s.id AND ss.subject_id = :subjectId)', { subjectId: query.subjectId });
    if (query.from) q.andWhere('d.opened_on >= :from::date', { from: query.from });
    if (query.openOn) {
      q.andWhere(openDeficitSql('d', { to: ':openOn' })).andWhere(staffDerivedSql('s', ':openOn').active).setParameter('openOn', query.openOn);
    }
    if (query.q) q.andWhere(`concat_ws(' ', s.lastName, s.firstName, s.middleName) ILIKE :q`, { q: `%${query.q}%` });
    return q;
  }

  /** A teacher's diagnostics over time: results, each competence's scores with the change, deficits. */
  async ofStaff(actor: Actor, staffMemberId: string): Promise<StaffDiagnosticsDto> {
    const member = await this.staff.staff.findOne(actor, staffMemberId);
    const m = this.dataSource.manager;
    const results: StaffResultSummaryDto[] = (
      await m.query(
        `SELECT r.id, r.procedure_id AS "procedureId", p.name AS "procedureName", p.kind, to_char(r.taken_on, 'YYYY-MM-DD') AS "takenOn",
                p.scale_min AS "scaleMin", p.scale_max AS "scaleMax", p.threshold
         FROM diagnostic_result r JOIN diagnostic_procedure p ON p.id = r.procedure_id
         WHERE r.staff_member_id = $1 ORDER BY r.taken_on, r.created_at, r.id`,
        [member.id],
      )
    ).map((r: StaffResultSummaryDto) => ({ ...r, scaleMin: Number(r.scaleMin), scaleMax: Number(r.scaleMax), threshold: Number(r.threshold) }));
    const points: { code: string; name: string; area: CompetenceArea; resultId: string; takenOn: string; score: string; percent: string; belowThreshold: boolean }[] = await m.query(
      `SELECT c.code, c.name, c.area, r.id AS "resultId", to_char(r.taken_on, 'YYYY-MM-DD') AS "takenOn", sc.score,
              round(100 * (sc.score - p.scale_min) / (p.scale_max - p.scale_min), 1) AS percent, sc.score < p.threshold AS "belowThreshold"
       FROM diagnostic_result r JOIN diagnostic_procedure p ON p.id = r.procedure_id
       ${resultScoresSql('r')} JOIN competence c ON c.id = sc.competence_id
       WHERE r.staff_member_id = $1 ORDER BY c.area DESC, c.code, r.taken_on, r.created_at, r.id`,
      [member.id],
    );
    const deficitIds: { id: string }[] = await m.query(
      `SELECT id FROM deficit WHERE staff_member_id = $1 ORDER BY (status = 'CLOSED'), opened_on DESC, competence_code`,
      [member.id],
    );
    const deficits = await this.load(deficitIds.map((d) => d.id));
    const competences = new Map<string, CompetenceDynamicsDto>();
    for (const p of points) {
      const entry = competences.get(p.code) ?? { code: p.code, name: p.name, area: p.area, points: [], change: null, hasOpenDeficit: false };
      // The latest result's wording names the competence.
      entry.name = p.name;
      entry.points.push({ resultId: p.resultId, takenOn: p.takenOn, score: Number(p.score), percent: Number(p.percent), belowThreshold: p.belowThreshold });
      competences.set(p.code, entry);
    }
    for (const entry of competences.values()) {
      const [previous, last] = entry.points.slice(-2);
      entry.change = last ? Math.round((last.percent - previous.percent) * 10) / 10 : null;
      entry.hasOpenDeficit = deficits.some((d) => d.competenceCode === entry.code && UNRESOLVED_DEFICIT_STATUSES.includes(d.status));
    }
    return { staffMemberId: member.id, results, competences: [...competences.values()], deficits };
  }

  async load(ids: string[]): Promise<DeficitDto[]> {
    if (ids.length === 0) return [];
    const rows: DeficitDto[] = await this.dataSource.manager.query(
      `SELECT d.id, d.staff_member_id AS "staffMemberId", concat_ws(' ', s.last_name, s.first_name, s.middle_name) AS "staffName",
              d.organization_id AS "organizationId", coalesce(o.short_name, o.name) AS "organizationName", d.competence_code AS "competenceCode",
              c.name AS "competenceName", d.status, to_char(d.opened_on, 'YYYY-MM-DD') AS "openedOn", d.opened_by_result_id AS "openedByResultId",
              p.name AS "openedByProcedureName", d.procedure_kind AS "procedureKind", to_char(d.closed_on, 'YYYY-MM-DD') AS "closedOn",
              d.closed_by_result_id AS "closedByResultId", d.route_item_id AS "routeItemId"
       FROM deficit d JOIN staff_member s ON s.id = d.staff_member_id JOIN organization o ON o.id = d.organization_id
       JOIN competence c ON c.id = d.competence_id
       JOIN diagnostic_result r ON r.id = d.opened_by_result_id JOIN diagnostic_procedure p ON p.id = r.procedure_id
       WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  }
}
