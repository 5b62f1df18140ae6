import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Actor } from '@sopr/server-core';
import { MunicipalitiesService, OrganizationsService, RegionsService } from '@sopr/server-org-structure';
import { AgeGroup, EducationLevel, ExperienceGroup, QualificationCategory } from '@sopr/shared';
import { CompositionQueryDto, CompositionReportDto, CompositionRowDto } from './dto/composition.dto';
import { staffDerivedSql } from './staff-derived.sql';
import { StaffService, today } from './staff.service';

const DIMENSIONS = {
  educationLevel: { column: 'education_level', values: Object.values(EducationLevel) },
  category: { column: 'category', values: Object.values(QualificationCategory) },
  ageGroup: { column: 'age_group', values: Object.values(AgeGroup) },
  experienceGroup: { column: 'experience_group', values: Object.values(ExperienceGroup) },
} as const;
type Dimension = keyof typeof DIMENSIONS;

/**
 * The staff composition (what forms ОО-1 and РИК-83 ask) at organization, municipality and region
 * level in one set-based query: one row per person on the date (the main job wins), then
 * GROUPING SETS over the hierarchy with COUNT(*) FILTER per category.
 */
@Injectable()
export class StaffCompositionService {
  constructor(
    private readonly staff: StaffService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly organizations: OrganizationsService,
  ) {}

  async report(actor: Actor, query: CompositionQueryDto): Promise<CompositionReportDto> {
    const asOf = query.asOf ?? today();
    const d = staffDerivedSql('s');
    const people = this.staff.staff
      .query(actor, 's')
      .select(['s.region_id AS region_id', 's.municipality_id AS municipality_id', 's.organization_id AS organization_id', 's.education_level AS education_level'])
      .addSelect(`CASE WHEN ${d.categoryValid} THEN s.category ELSE 'NONE' END`, 'category')
      .addSelect(d.ageGroup, 'age_group')
      .addSelect(d.experienceGroup, 'experience_group')
      .addSelect(d.trainedInLast3Years, 'trained')
      .distinctOn(['s.region_id', 's.snils'])
      .andWhere(d.active)
      .orderBy('s.region_id')
      .addOrderBy('s.snils')
      .addOrderBy(`CASE WHEN s.employment = 'MAIN' THEN 0 ELSE 1 END`)
      .addOrderBy('s.hired_on')
      .setParameter('asOf', asOf);
    const [peopleSql, params] = people.getQueryAndParameters();
    const counts = (Object.keys(DIMENSIONS) as Dimension[]).flatMap((dimension) =>
      DIMENSIONS[dimension].values.map((value) => `count(*) FILTER (WHERE p.${DIMENSIONS[dimension].column} = '${value}')::int AS "${dimension}.${value}"`),
    );
    const m = params.length + 1;
    const rows: Record<string, string | number | null>[] = await this.dataSource.query(
      `SELECT p.region_id, p.municipality_id, p.organization_id,
              GROUPING(p.municipality_id) AS g_municipality, GROUPING(p.organization_id) AS g_organization,
              count(*)::int AS total, count(*) FILTER (WHERE p.trained)::int AS trained, ${counts.join(', ')}
         FROM (${peopleSql}) p
        WHERE ($${m}::uuid IS NULL OR p.municipality_id = $${m}::uuid) AND ($${m + 1}::uuid IS NULL OR p.organization_id = $${m + 1}::uuid)
        GROUP BY GROUPING SETS ((p.region_id), (p.region_id, p.municipality_id), (p.region_id, p.municipality_id, p.organization_id))
        ORDER BY p.region_id, GROUPING(p.municipality_id) DESC, p.municipality_id, GROUPING(p.organization_id) DESC, p.organization_id`,
      [...params, query.municipalityId ?? null, query.organizationId ?? null],
    );
    const names = await this.names(rows);
    return {
      asOf,
      rows: rows.map((row) => {
        const level = row['g_municipality'] ? 'REGION' : row['g_organization'] ? 'MUNICIPALITY' : 'ORGANIZATION';
        const id = String(level === 'REGION' ? row['region_id'] : level === 'MUNICIPALITY' ? row['municipality_id'] : row['organization_id']);
        const result = {
          level, regionId: String(row['region_id']),
          municipalityId: level === 'REGION' ? null : String(row['municipality_id']),
          organizationId: level === 'ORGANIZATION' ? String(row['organization_id']) : null,
          name: names.get(id) ?? '', total: Number(row['total']), trainedInLast3Years: Number(row['trained']),
        } as CompositionRowDto;
        for (const dimension of Object.keys(DIMENSIONS) as Dimension[]) {
          (result as unknown as Record<string, Record<string, number>>)[dimension] = Object.fromEntries(
            DIMENSIONS[dimension].values.map((value) => [value, Number(row[`${dimension}.${value}`])]),
          );
        }
        return result;
      }),
    };
  }

  /** Names of the report's units, through the org-structure module (a bounded number of ids). */
  private async names(rows: Record<string, unknown>[]): Promise<Map<string, string>> {
    const ids = (column: string) => [...new Set(rows.map((r) => r[column]).filter(Boolean))] as string[];
    const [regions, municipalities, organizations] = await Promise.all([
      this.regions.regions.repository.findBy({ id: In(ids('region_id')) }),
      this.municipalities.municipalities.repository.findBy({ id: In(ids('municipality_id')) }),
      this.organizations.organizations.repository.findBy({ id: In(ids('organization_id')) }),
    ]);
    return new Map([
      ...regions.map((r) => [r.id, r.name] as const),
      ...municipalities.map((m) => [m.id, m.name] as const),
      ...organizations.map((o) => [o.id, o.shortName ?? o.name] as const),
    ]);
  }
}
