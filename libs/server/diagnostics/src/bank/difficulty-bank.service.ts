import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Actor, STAFF_RECORD_SCOPE, ScopedRepository } from '@sopr/server-core';
import { StaffService, today } from '@sopr/server-staff';
import { FrameworksService } from '../framework/frameworks.service';
import { Deficit } from '../deficits/deficit.entity';
import { openDeficitSql } from '../deficits/open-deficit.sql';
import { BankCellDto, BankTeachersDto, DifficultyBankDto, DifficultyBankQueryDto } from './difficulty-bank.dto';

interface BankRow {
  /** null: a count of teachers (a denominator); otherwise of teachers with an open deficit of the competence. */
  competence_code: string | null;
  /** null: all organizations. */
  organization_id: string | null;
  /** null: all subjects. */
  subject_id: string | null;
  teachers: number;
}

/** A cell per competence (null: the teachers themselves), subject (null: all) and organization, and the total of the organizations. */
const CELLS = 'GROUPING SETS ((competence_code, subject_id, organization_id), (competence_code, subject_id))';

/**
 * The bank of difficulties (банк затруднений): competence × subject × organization, how many of the
 * active teachers in scope have an open deficit. One statement: the population once; each teacher
 * once for «all subjects» and once per subject he teaches; his open competences joined to those
 * rows; one GROUPING SETS pass that counts the teachers (code null) and the cells at once.
 */
@Injectable()
export class DifficultyBankService {
  private readonly deficits: ScopedRepository<Deficit>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Deficit) deficits: Repository<Deficit>,
    private readonly staff: StaffService,
    private readonly frameworks: FrameworksService,
  ) {
    this.deficits = new ScopedRepository(deficits, STAFF_RECORD_SCOPE);
  }

  async bank(actor: Actor, query: DifficultyBankQueryDto): Promise<DifficultyBankDto> {
    const to = query.to ?? today();
    // The population: exactly what the staff list shows this actor, active on the date.
    const population = this.staff
      .filteredQuery(actor, { status: 'active', asOf: to, organizationId: query.organizationId, municipalityId: query.municipalityId })
      .select(['s.id AS id', 's.snils AS snils', 's.organization_id AS organization_id']);
    // The open deficits, found by their own placement under the same scope and filters (a deficit is
    // placed where its teacher is, and a teacher's placement never changes), so that an index finds a
    // municipality's without reading the region's; the join to the population still decides what counts.
    // A teacher has at most one open episode of a competence on a date (an episode closes at the result
    // that clears it and the next one opens at a later result; see recomputeDeficits), so no DISTINCT here.
    const deficits = this.deficits
      .query(actor, 'd')
      .select(['d.staff_member_id AS staff_member_id', 'd.competence_code AS competence_code'])
      .andWhere(openDeficitSql('d', { to: ':to', from: query.from ? ':from' : undefined, kind: query.procedureKind ? ':kind' : undefined }), {
        to, from: query.from, kind: query.procedureKind,
      });
    if (query.organizationId) deficits.andWhere('d.organization_id = :organizationId', { organizationId: query.organizationId });
    if (query.municipalityId) deficits.andWhere('d.municipality_id = :municipalityId', { municipalityId: query.municipalityId });
    // A cell counts people (distinct SNILS): someone with two records in scope (a second employment, a
    // second school) counts once. count(DISTINCT) sorts every cell apart, which costs more than all the
    // rest; a teacher with one record has at most one row per cell, so the rows are counted, and only
    // for people with several records is the count corrected by (distinct − rows) of theirs.
    // Both builders name the actor's scope and the filters alike, with the same values.
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH pop AS MATERIALIZED (${population.getQuery()}),
       taught AS MATERIALIZED (
         SELECT p.id, p.snils, p.organization_id, NULL::uuid AS subject_id FROM pop p
         UNION ALL
         -- OFFSET 0 keeps the lookup by teacher (the primary key), rather than hashing every teacher's subjects.
         SELECT p.id, p.snils, p.organization_id, ss.subject_id
         FROM pop p CROSS JOIN LATERAL (SELECT ss.subject_id FROM staff_subject ss WHERE ss.staff_member_id = p.id OFFSET 0) ss
       ),
       counted AS MATERIALIZED (
         SELECT NULL::varchar AS competence_code, t.subject_id, t.organization_id, t.snils FROM taught t
         UNION ALL
         SELECT d.competence_code, t.subject_id, t.organization_id, t.snils FROM (${deficits.getQuery()}) d JOIN taught t ON t.id = d.staff_member_id
       ),
       repeated AS (SELECT c.* FROM counted c WHERE c.snils IN (SELECT snils FROM pop GROUP BY snils HAVING count(*) > 1))
       SELECT competence_code, organization_id, subject_id, sum(teachers)::int AS teachers
       FROM (
         SELECT competence_code, organization_id, subject_id, count(*) AS teachers FROM counted GROUP BY ${CELLS}
         UNION ALL
         SELECT competence_code, organization_id, subject_id, count(DISTINCT snils) - count(*) FROM repeated GROUP BY ${CELLS}
       ) c
       GROUP BY competence_code, organization_id, subject_id`,
      { ...population.getParameters(), ...deficits.getParameters() },
      {},
    );
    const m = this.dataSource.manager;
    const rows: BankRow[] = await m.query(sql, params);
    const teacherRows = rows.filter((r) => r.competence_code === null);
    // The total is there even for an empty population (0 teachers).
    if (!teacherRows.some((r) => r.organization_id === null && r.subject_id === null)) {
      teacherRows.push({ competence_code: null, organization_id: null, subject_id: null, teachers: 0 });
    }
    const cellRows = rows.filter((r) => r.competence_code !== null);
    const teachers: BankTeachersDto[] = teacherRows.map((r) => ({ organizationId: r.organization_id, subjectId: r.subject_id, teachers: r.teachers }));
    const denominator = new Map(teachers.map((t) => [`${t.organizationId}|${t.subjectId}`, t.teachers]));
    const cells: BankCellDto[] = cellRows.map((r) => {
      const total = denominator.get(`${r.organization_id}|${r.subject_id}`) ?? 0;
      return {
        competenceCode: r.competence_code!, organizationId: r.organization_id, subjectId: r.subject_id, withDeficit: r.teachers, teachers: total,
        share: total > 0 ? Math.round((1000 * r.teachers) / total) / 10 : 0,
      };
    });
    const organizationIds = teachers.filter((t) => t.organizationId && !t.subjectId).map((t) => t.organizationId!);
    const subjectIds = [...new Set(teachers.filter((t) => t.subjectId).map((t) => t.subjectId!))];
    const [organizations, subjects] = await Promise.all([
      m.query(`SELECT id, coalesce(short_name, name) AS name, region_id FROM organization WHERE id = ANY($1::uuid[]) ORDER BY name`, [organizationIds]) as Promise<
        { id: string; name: string; region_id: string }[]
      >,
      m.query(`SELECT id, name FROM subject WHERE id = ANY($1::uuid[]) ORDER BY sort_order, name`, [subjectIds]),
    ]);
    // The framework of the teachers' region names the rows (a system admin's bank may span regions).
    const regions = new Set(organizations.map((o) => o.region_id));
    const regionId = regions.size === 1 ? [...regions][0] : actor.regionId ?? undefined;
    return {
      from: query.from ?? null, to, competences: await this.competences(actor, regionId, cells),
      organizations: organizations.map(({ id, name }) => ({ id, name })), subjects, teachers, cells,
    };
  }

  /** The rows of the heatmap: the framework in force, plus any competence of older versions still in the data. */
  private async competences(actor: Actor, regionId: string | undefined, cells: BankCellDto[]) {
    const framework = await this.frameworks.inForce(actor, regionId);
    const byId = new Map(framework.competences.map((c) => [c.id, c]));
    const rows = framework.competences.map((c) => ({ code: c.code, name: c.name, area: c.area, parentCode: c.parentId ? byId.get(c.parentId)?.code ?? null : null }));
    const missing = [...new Set(cells.map((c) => c.competenceCode))].filter((code) => !rows.some((r) => r.code === code));
    if (missing.length > 0) {
      const older: { code: string; name: string; area: string }[] = await this.dataSource.manager.query(
        `SELECT DISTINCT ON (code) code, name, area FROM competence WHERE code = ANY($1::text[]) ORDER BY code, id`,
        [missing],
      );
      rows.push(...older.map((o) => ({ code: o.code, name: o.name, area: o.area as (typeof rows)[number]['area'], parentCode: null })));
    }
    return rows;
  }
}
