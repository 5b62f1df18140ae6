-- Two rounds of diagnostics for the generated staff (generate-staff.sql): ЦНППМ entry diagnostics a
-- year ago for three in four, the external one a month ago for three in five, seven competences of
-- the default framework, scores spread 35–94 (the second round better on average).
INSERT INTO diagnostic_procedure (region_id, name, kind, framework_id, starts_on, scale_min, scale_max, threshold, is_cnppm)
SELECT r.id, p.name, p.kind, f.id, p.starts_on, 0, 100, 60, p.kind = 'CNPPM_ENTRY'
FROM region r, competence_framework f,
  (VALUES ('Входная диагностика (бенчмарк)', 'CNPPM_ENTRY', current_date - 400), ('Внешняя диагностика (бенчмарк)', 'EXTERNAL_FIOKO', current_date - 30)) AS p(name, kind, starts_on)
WHERE r.code = '99' AND f.region_id IS NULL AND f.version = 1;
INSERT INTO diagnostic_procedure_competence (procedure_id, competence_id)
SELECT p.id, c.id FROM diagnostic_procedure p JOIN competence c ON c.framework_id = p.framework_id
WHERE c.code IN ('PROF.SUBJECT', 'PROF.METHODICAL', 'PROF.PSYCHOLOGICAL', 'FL.READING', 'FL.MATH', 'FL.SCIENCE', 'FL.DIGITAL');
INSERT INTO diagnostic_result (procedure_id, staff_member_id, region_id, municipality_id, organization_id, taken_on, source, scores)
SELECT p.id, s.id, s.region_id, s.municipality_id, s.organization_id, p.starts_on + abs(hashtext(s.snils)) % 12, 'IMPORT',
  (SELECT jsonb_object_agg(c.id,
            least(100, 35 + abs(hashtext(s.snils || c.code)) % 60 + CASE p.kind WHEN 'CNPPM_ENTRY' THEN 0 ELSE abs(hashtext(s.snils || c.code || 'gain')) % 33 - 8 END))
   FROM diagnostic_procedure_competence pc JOIN competence c ON c.id = pc.competence_id WHERE pc.procedure_id = p.id)
FROM diagnostic_procedure p JOIN staff_member s ON s.region_id = p.region_id
WHERE abs(hashtext(s.snils || p.kind)) % 100 < CASE p.kind WHEN 'CNPPM_ENTRY' THEN 75 ELSE 60 END;
ANALYZE;
