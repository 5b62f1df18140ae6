import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@sopr/server-core';
import { StaffService, today } from '@sopr/server-staff';
import { FrameworksService } from '../framework/frameworks.service';
import { openDeficitSql } from '../deficits/open-deficit.sql';
import { BankCellDto, BankTeachersDto, DifficultyBankDto, DifficultyBankQueryDto } from './difficulty-bank.dto';

/**
 * The bank of difficulties (банк затруднений): competence × subject × organization, how many of the
 * active teachers in scope have an open deficit. One scan of the population and its deficits, with
 * GROUPING SETS for the totals; subjects are those the teachers teach.
 */
@Injectable()
export class DifficultyBankService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffService,
    private readonly frameworks: FrameworksService,
  ) {}

  async bank(actor: Actor, query: DifficultyBankQueryDto): Promise<DifficultyBankDto> {
    const to = query.to ?? today();
    const population = this.staff
      .filteredQuery(actor, { status: 'active', asOf: to, organizationId: query.organizationId, municipalityId: query.municipalityId })
      .select(['s.id AS id', 's.snils AS snils', 's.organization_id AS organization_id', 's.region_id AS region_id']);
    const [populationSql, baseParams] = population.getQueryAndParameters();
    const params: unknown[] = [...baseParams];
    const param = (value: unknown) => `$${params.push(value)}`;
    const open = openDeficitSql('d', { to: param(to), from: query.from ? param(query.from) : undefined, kind: query.procedureKind ? param(query.procedureKind) : undefined });
    const cte = `
      WITH pop AS (${populationSql}),
      taught AS (SELECT p.id, p.snils, p.organization_id, ss.subject_id FROM pop p JOIN staff_subject ss ON ss.staff_member_id = p.id),
      def AS (SELECT DISTINCT d.staff_member_id, d.competence_code FROM deficit d JOIN pop p ON p.id = d.staff_member_id WHERE ${open})`;
    const m = this.dataSource.manager;
    const [teacherRows, cellRows] = await Promise.all([
      m.query(
        `${cte}
         SELECT organization_id, NULL::uuid AS subject_id, count(DISTINCT snils)::int AS teachers FROM pop GROUP BY GROUPING SETS ((organization_id), ())
         UNION ALL
         SELECT organization_id, subject_id, count(DISTINCT snils)::int FROM taught GROUP BY GROUPING SETS ((subject_id, organization_id), (subject_id))`,
        params,
      ) as Promise<{ organization_id: string | null; subject_id: string | null; teachers: number }[]>,
      m.query(
        `${cte}
         SELECT d.competence_code, p.organization_id, NULL::uuid AS subject_id, count(DISTINCT p.snils)::int AS with_deficit
         FROM def d JOIN pop p ON p.id = d.staff_member_id GROUP BY GROUPING SETS ((d.competence_code, p.organization_id), (d.competence_code))
         UNION ALL
         SELECT d.competence_code, t.organization_id, t.subject_id, count(DISTINCT t.snils)::int
         FROM def d JOIN taught t ON t.id = d.staff_member_id GROUP BY GROUPING SETS ((d.competence_code, t.subject_id, t.organization_id), (d.competence_code, t.subject_id))`,
        params,
      ) as Promise<{ competence_code: string; organization_id: string | null; subject_id: string | null; with_deficit: number }[]>,
    ]);
    const teachers: BankTeachersDto[] = teacherRows.map((r) => ({ organizationId: r.organization_id, subjectId: r.subject_id, teachers: r.teachers }));
    const denominator = new Map(teachers.map((t) => [`${t.organizationId}|${t.subjectId}`, t.teachers]));
    const cells: BankCellDto[] = cellRows.map((r) => {
      const total = denominator.get(`${r.organization_id}|${r.subject_id}`) ?? 0;
      return {
        competenceCode: r.competence_code, organizationId: r.organization_id, subjectId: r.subject_id, withDeficit: r.with_deficit, teachers: total,
        share: total > 0 ? Math.round((1000 * r.with_deficit) / total) / 10 : 0,
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
