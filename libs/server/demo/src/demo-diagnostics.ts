import { EntityManager } from 'typeorm';
import { ProcedureKind } from '@sopr/shared';
import { DiagnosticProcedure, recomputeDeficits } from '@sopr/server-diagnostics';

function monthsBefore(date: Date, months: number, day: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, day));
  return d.toISOString().slice(0, 10);
}

/**
 * Two rounds of diagnostics a year apart for the demo staff (ЦНППМ entry diagnostics, then the
 * external one), plus a municipal corporate-order diagnostics of mathematics teachers and this year's
 * diagnostics in the schools' methodical work (of others than the demo teacher). Scores are
 * derived from each person's SNILS, so the demo is the same everywhere; the second round is
 * better on average, so some deficits close and some stay. The demo teacher gets one of each.
 */
export async function seedDemoDiagnostics(manager: EntityManager, regionId: string, municipalityId: string, teacherStaffId: string, today = new Date()): Promise<void> {
  const frameworkId: string = (await manager.query(`SELECT id FROM competence_framework WHERE region_id IS NULL AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`))[0].id;
  const procedure = async (fields: Partial<DiagnosticProcedure>, codes: string[]): Promise<DiagnosticProcedure> => {
    const saved = await manager.save(manager.create(DiagnosticProcedure, {
      regionId, municipalityId: null, organizationId: null, subjectId: null, frameworkId, endsOn: null, scaleMin: '0', scaleMax: '100', threshold: '60',
      isCnppm: false, columnMapping: null, questionnaireId: null, ...fields,
    }));
    await manager.query(
      `INSERT INTO diagnostic_procedure_competence (procedure_id, competence_id) SELECT $1, id FROM competence WHERE framework_id = $2 AND code = ANY($3::text[])`,
      [saved.id, frameworkId, codes],
    );
    return saved;
  };
  const wide = ['PROF.SUBJECT', 'PROF.METHODICAL', 'PROF.PSYCHOLOGICAL', 'FL.READING', 'FL.MATH', 'FL.SCIENCE', 'FL.DIGITAL'];
  const firstOn = monthsBefore(today, 13, 10);
  const secondOn = monthsBefore(today, 1, 5);
  const first = await procedure({ name: 'Входная диагностика профессиональных дефицитов (ЦНППМ)', kind: ProcedureKind.CNPPM_ENTRY, isCnppm: true, startsOn: firstOn, endsOn: monthsBefore(today, 12, 28) }, wide);
  const second = await procedure({ name: 'Диагностика профессиональных компетенций педагогов (ФИОКО)', kind: ProcedureKind.EXTERNAL_FIOKO, startsOn: secondOn, endsOn: monthsBefore(today, 0, 1) }, wide);
  const mathSubject: string = (await manager.query(`SELECT id FROM subject WHERE code = 'MATH'`))[0].id;
  const corporateOn = monthsBefore(today, 2, 15);
  const corporate = await procedure({ name: 'Корпоративный заказ: предметные компетенции учителей математики', kind: ProcedureKind.CORPORATE_ORDER, municipalityId, subjectId: mathSubject, startsOn: corporateOn }, ['PROF.SUBJECT', 'FL.MATH']);
  // This year's diagnostics in the schools' methodical work: what «дефициты по входной диагностике и в методической работе ОО» counts.
  const methodicalOn = monthsBefore(today, Math.max(1, Math.min(4, today.getUTCMonth())), 10); // this year's, from February on
  const methodical = await procedure({ name: 'Диагностика в рамках методической работы школ', kind: ProcedureKind.SCHOOL_METHODICAL, municipalityId, startsOn: methodicalOn }, ['PROF.METHODICAL', 'PROF.PSYCHOLOGICAL']);

  // First-round scores spread 35–94 (about four in ten under 60); the second round adds −8…+24 to
  // them; the methodical work's are drawn anew (its deficits are new ones, not last year's still open).
  const scores = `(SELECT jsonb_object_agg(c.id,
       CASE WHEN p.id = '${first.id}' THEN 35 + abs(hashtext(s.snils || c.code)) % 60
            WHEN p.id = '${methodical.id}' THEN 35 + abs(hashtext(s.snils || c.code || 'methodical')) % 60
            ELSE least(100, 35 + abs(hashtext(s.snils || c.code)) % 60 + abs(hashtext(s.snils || c.code || 'gain')) % 33 - 8) END)
     FROM diagnostic_procedure_competence pc JOIN competence c ON c.id = pc.competence_id WHERE pc.procedure_id = p.id)`;
  // Who took part: most school teachers in the first round, a good share again in the second.
  const results = (procedureId: string, takenOn: string, where: string) =>
    manager.query(
      `INSERT INTO diagnostic_result (procedure_id, staff_member_id, region_id, municipality_id, organization_id, taken_on, source, scores)
       SELECT p.id, s.id, s.region_id, s.municipality_id, s.organization_id, $2::date + (abs(hashtext(s.snils)) % 12), 'IMPORT', ${scores}
       FROM staff_member s JOIN organization o ON o.id = s.organization_id JOIN diagnostic_procedure p ON p.id = $1
       WHERE s.region_id = $3 AND s.dismissed_on IS NULL AND s.employment = 'MAIN' AND ${where}`,
      [procedureId, takenOn, regionId],
    );
  await results(first.id, firstOn, `o.kind IN ('SCHOOL', 'ADDITIONAL') AND abs(hashtext(s.snils || 'first')) % 100 < 75`);
  await results(second.id, secondOn, `o.kind IN ('SCHOOL', 'ADDITIONAL') AND abs(hashtext(s.snils || 'second')) % 100 < 60`);
  await results(corporate.id, corporateOn, `s.municipality_id = '${municipalityId}' AND EXISTS (SELECT 1 FROM staff_subject ss WHERE ss.staff_member_id = s.id AND ss.subject_id = '${mathSubject}')`);
  await results(methodical.id, methodicalOn, `s.municipality_id = '${municipalityId}' AND o.kind = 'SCHOOL' AND s.id <> '${teacherStaffId}' AND abs(hashtext(s.snils || 'methodical')) % 100 < 30`);
  await manager.query(
    `INSERT INTO diagnostic_result (procedure_id, staff_member_id, region_id, municipality_id, organization_id, taken_on, source, scores)
     SELECT p.id, s.id, s.region_id, s.municipality_id, s.organization_id, p.starts_on, 'IMPORT', ${scores} FROM staff_member s, diagnostic_procedure p
     WHERE s.id = $1 AND p.id = ANY($2::uuid[]) ON CONFLICT DO NOTHING`,
    [teacherStaffId, [first.id, second.id]],
  );
  // The demo teacher: a methodical deficit that the second round closes, and a reading one that stays.
  await manager.query(
    `UPDATE diagnostic_result r SET scores = r.scores || v.scores
     FROM (SELECT v.procedure_id, jsonb_object_agg(c.id, v.score) AS scores
           FROM (VALUES ($2::uuid, 'PROF.METHODICAL', 48), ($2::uuid, 'FL.READING', 52), ($3::uuid, 'PROF.METHODICAL', 71), ($3::uuid, 'FL.READING', 56)) AS v(procedure_id, code, score)
           JOIN diagnostic_procedure_competence pc ON pc.procedure_id = v.procedure_id JOIN competence c ON c.id = pc.competence_id AND c.code = v.code
           GROUP BY v.procedure_id) v
     WHERE r.staff_member_id = $1 AND r.procedure_id = v.procedure_id`,
    [teacherStaffId, first.id, second.id],
  );
  const staffIds: { staff_member_id: string }[] = await manager.query(`SELECT DISTINCT staff_member_id FROM diagnostic_result WHERE region_id = $1`, [regionId]);
  await recomputeDeficits(manager, staffIds.map((r) => r.staff_member_id));
}
