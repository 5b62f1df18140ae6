-- National-scale benchmark data for monitoring (issue 5), set-based: about 1,060,000 teachers in
-- 40,000 organizations, 2,550 municipalities of 85 regions, 3,000,000 diagnostic results with their
-- scores and deficits, 3,000,000 training records, 1,700,000 event participations, so that every
-- indicator of the catalogue has a numerator that is neither 0 nor everybody. Run on a database
-- just set up without the demo (SEED_DEMO=false):
--   psql "$URL" -v ON_ERROR_STOP=1 -f generate-national.sql
--   psql "$URL" -v ON_ERROR_STOP=1 -v regions=17 -v municipalities_per_region=7 -f generate-national.sql   (~20× smaller)
-- Municipality 1 of region 1 is deliberately large (big_municipality_orgs organizations, ~2,000
-- teachers): the benchmark measures one municipality of that size. Dates are relative to
-- current_date: the monitoring period (1 January up to today) holds about half of the events,
-- a fifth of the trainings and most of the results; the rest is up to 4 years older.
-- Random values used by several columns of a row are drawn in a subquery kept apart by OFFSET 0
-- (an uncorrelated LATERAL (SELECT random()) would be evaluated once for all rows).
\if :{?regions} \else \set regions 85 \endif
\if :{?municipalities_per_region} \else \set municipalities_per_region 30 \endif
\if :{?orgs_per_municipality} \else \set orgs_per_municipality 16 \endif
\if :{?staff_per_org} \else \set staff_per_org 26 \endif
\if :{?big_municipality_orgs} \else \set big_municipality_orgs 83 \endif
\if :{?events_per_region} \else \set events_per_region 120 \endif
\if :{?events_per_municipality} \else \set events_per_municipality 6 \endif
\if :{?seed} \else \set seed 0.42 \endif
\set ON_ERROR_STOP on
\timing on
\pset footer off

-- Bulk load settings, this session only. The rows are generated from their parents, so the
-- per-row foreign key triggers (one lookup, and a row lock written into the parent, per inserted
-- row) are skipped with session_replication_role = replica; every foreign key is checked
-- set-based at the end instead. Indexes and the other constraints are maintained as usual.
SET synchronous_commit = off;
SET maintenance_work_mem = '1GB';
SET work_mem = '512MB';
SET temp_buffers = '1GB';
SET wal_compression = on;
SET session_replication_role = replica;
SELECT setseed(:seed);

SELECT date_trunc('year', current_date)::date AS y0,
       current_date - date_trunc('year', current_date)::date AS span,
       make_date(extract(year FROM current_date)::int - (extract(month FROM current_date) < 9)::int, 9, 1) AS sy,
       (SELECT id FROM competence_framework WHERE region_id IS NULL ORDER BY version DESC LIMIT 1) AS framework_id,
       (SELECT id FROM self_assessment_questionnaire ORDER BY version DESC LIMIT 1) AS questionnaire_id \gset

-- Vocabularies. Subjects by sort_order (see the StaffRegistry migration): a teacher's first subject
-- is drawn from teacher_subjects (weighted), a second one (a third of teachers) is its partner.
\set teacher_subjects '{1,1,1,1,1,3,3,3,4,5,5,5,5,6,7,8,8,8,8,8,9,10,11,12,12,13,13,14,14,15,15,16,16,17,17,18,18,22,23,24,24,25,25,25,26}'
\set subject_partner '{3,1,1,1,6,5,5,11,10,9,8,8,14,13,16,18,12,16,16,13,13,24,22,22,26,25}'
\set female_last '{Иванова,Петрова,Смирнова,Кузнецова,Попова,Васильева,Соколова,Михайлова,Новикова,Фёдорова,Морозова,Волкова,Алексеева,Лебедева,Семёнова,Егорова,Павлова,Козлова,Степанова,Николаева}'
\set male_last '{Иванов,Петров,Смирнов,Кузнецов,Попов,Васильев,Соколов,Михайлов,Новиков,Фёдоров,Морозов,Волков,Алексеев,Лебедев,Семёнов,Егоров,Павлов,Козлов,Степанов,Николаев}'
\set female_first '{Анна,Мария,Елена,Ольга,Наталья,Татьяна,Ирина,Светлана,Екатерина,Юлия,Людмила,Галина,Марина,Надежда,Оксана}'
\set male_first '{Александр,Сергей,Андрей,Дмитрий,Алексей,Михаил,Владимир,Николай,Игорь,Евгений}'
\set female_middle '{Александровна,Сергеевна,Владимировна,Николаевна,Ивановна,Петровна,Михайловна,Викторовна,Андреевна,Юрьевна}'
\set male_middle '{Александрович,Сергеевич,Владимирович,Николаевич,Иванович,Петрович,Михайлович,Викторович,Андреевич,Юрьевич}'
\set specialties '{"Педагогическое образование","Филология","Математика","История","Иностранный язык","Биология","Физическая культура","Начальное образование","Дошкольное образование","Психология"}'

\echo == regions, municipalities, organizations
CREATE TEMP TABLE gen_region AS SELECT gen_random_uuid() AS id, g AS region_no FROM generate_series(1, :regions) g;
INSERT INTO region (id, code, name)
SELECT id, 'N' || CASE WHEN region_no < 10 THEN '0' ELSE '' END || region_no, 'Регион ' || region_no FROM gen_region ORDER BY region_no;

CREATE TEMP TABLE gen_municipality AS
SELECT gen_random_uuid() AS id, r.id AS region_id, r.region_no, g AS muni_no,
       CASE WHEN r.region_no = 1 AND g = 1 THEN :big_municipality_orgs ELSE :orgs_per_municipality END AS n_orgs
FROM gen_region r, generate_series(1, :municipalities_per_region) g;
INSERT INTO municipality (id, region_id, name, oktmo)
SELECT id, region_id, CASE WHEN n_orgs > :orgs_per_municipality THEN 'Городской округ ' ELSE 'Муниципальный район ' END || muni_no,
       '9' || lpad(region_no::text, 3, '0') || lpad(muni_no::text, 4, '0')
FROM gen_municipality ORDER BY region_no, muni_no;

-- Two organizations in sixteen are not schools: a kindergarten and a house of children's creativity.
CREATE TEMP TABLE gen_org AS
SELECT gen_random_uuid() AS id, m.region_id, m.id AS municipality_id, m.region_no, m.muni_no, g AS org_no, m.n_orgs,
       CASE g % 16 WHEN 8 THEN 'PRESCHOOL' WHEN 0 THEN 'ADDITIONAL' ELSE 'SCHOOL' END AS kind
FROM gen_municipality m, generate_series(1, m.n_orgs) g;
INSERT INTO organization (id, region_id, municipality_id, name, short_name, kind, address)
SELECT id, region_id, municipality_id,
       CASE kind WHEN 'SCHOOL' THEN 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ' || org_no || '»'
                 WHEN 'PRESCHOOL' THEN 'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № ' || org_no || '»'
                 ELSE 'Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества № ' || org_no || '»' END,
       CASE kind WHEN 'SCHOOL' THEN 'МБОУ СОШ № ' WHEN 'PRESCHOOL' THEN 'МБДОУ д/с № ' ELSE 'МБУ ДО ДДТ № ' END || org_no,
       kind, 'ул. Школьная, д. ' || org_no
FROM gen_org ORDER BY region_no, muni_no, org_no;
ANALYZE gen_region, gen_municipality, gen_org;

\echo == staff (main jobs)
-- One row per person at the main job: slot 1 is the director, 2–3 deputies (the third always
-- teaches, the first two in three cases of ten), the rest pedagogical positions by the kind of the
-- organization. Ages 22–70 (a fifth under 35, two fifths 50 or more), 82 % women, categories
-- assigned over the last 6 years (those older than 5 have expired), 2 % dismissed.
CREATE TEMP TABLE gen_staff AS
SELECT x.id, x.region_id, x.municipality_id, x.organization_id, x.region_no, x.muni_no, x.org_no, x.n_orgs, x.org_kind, x.slot, x.person_no,
       sn.snils, a.gender, b.birth_date, a.age, a.position, a.second_position, a.tpos, t.teaching_since, h.hired_on,
       CASE WHEN x.u_dism < 0.02 THEN h.hired_on + floor(x.u_dism2 * (current_date - h.hired_on))::int END AS dismissed_on,
       e.education_level, c.category,
       CASE WHEN c.category <> 'NONE' THEN greatest(t.teaching_since + 730, current_date - floor(x.u_cat_date * 2190)::int) END AS category_assigned_on,
       sb.subj1, CASE WHEN a.tpos = 'TEACHER' AND x.u_subj2 < 0.35 THEN (:'subject_partner'::int[])[sb.subj1] END AS subj2,
       x.u_match1 < CASE WHEN e.education_level = 'OTHER' THEN 0.3 ELSE 0.93 END AS match1, x.u_match2 < 0.75 AS match2,
       a.position = 'TUTOR' OR x.u_flag1 < 0.025 AS is_tutor, x.u_flag2 < 0.01 AS is_supervisor,
       x.u_flag3 < CASE c.category WHEN 'HIGHEST' THEN 0.10 ELSE 0.02 END AS is_expert,
       floor(x.u_train * 7)::int AS n_train, floor(x.u_ev * 4)::int AS n_ev,
       a.age < 35 AS under35, t.teaching_since > current_date - interval '3 years' AS young_specialist,
       x.u_prop AS propensity,
       x.u_pt < 0.065 AND x.slot > 3 AND x.org_kind = 'SCHOOL' AND x.n_orgs > 1 AND x.u_dism >= 0.02 AS part_time,
       floor(x.u_pt_org * (x.n_orgs - 1))::int AS pt_k
FROM (
  SELECT gen_random_uuid() AS id, o.region_id, o.municipality_id, o.id AS organization_id, o.region_no, o.muni_no, o.org_no, o.n_orgs,
         o.kind AS org_kind, g AS slot, row_number() OVER () AS person_no,
         random() AS u_gender, random() AS u_age, random() AS u_age2, random() AS u_bd, random() AS u_start, random() AS u_start2,
         random() AS u_start3, random() AS u_hire, random() AS u_cat, random() AS u_cat_date, random() AS u_dism, random() AS u_dism2,
         random() AS u_pos, random() AS u_teach, random() AS u_edu, random() AS u_subj1, random() AS u_subj2, random() AS u_match1,
         random() AS u_match2, random() AS u_flag1, random() AS u_flag2, random() AS u_flag3, random() AS u_train, random() AS u_ev,
         random() AS u_prop, random() AS u_pt, random() AS u_pt_org
  FROM gen_org o, generate_series(1, :staff_per_org) g
  OFFSET 0
) x
CROSS JOIN LATERAL (
  SELECT p.*, CASE WHEN x.slot <= 3 THEN p.second_position ELSE p.position END AS tpos
  FROM (SELECT
    CASE WHEN x.slot <= 3 THEN 35 + floor(x.u_age2 * 30)::int
         WHEN x.u_age < 0.06 THEN 22 + floor(x.u_age2 * 3)::int
         WHEN x.u_age < 0.22 THEN 25 + floor(x.u_age2 * 10)::int
         WHEN x.u_age < 0.58 THEN 35 + floor(x.u_age2 * 15)::int
         WHEN x.u_age < 0.82 THEN 50 + floor(x.u_age2 * 10)::int
         WHEN x.u_age < 0.96 THEN 60 + floor(x.u_age2 * 6)::int
         ELSE 66 + floor(x.u_age2 * 5)::int END AS age,
    CASE WHEN x.u_gender < CASE WHEN x.slot = 1 THEN 0.6 ELSE 0.82 END THEN 'FEMALE' ELSE 'MALE' END AS gender,
    CASE WHEN x.slot = 1 THEN 'DIRECTOR' WHEN x.slot <= 3 THEN 'DEPUTY_DIRECTOR'
         WHEN x.org_kind = 'PRESCHOOL' THEN CASE WHEN x.u_pos < 0.80 THEN 'EDUCATOR' WHEN x.u_pos < 0.86 THEN 'MUSIC_DIRECTOR'
           WHEN x.u_pos < 0.91 THEN 'PHYSICAL_INSTRUCTOR' WHEN x.u_pos < 0.96 THEN 'SPEECH_THERAPIST' ELSE 'PSYCHOLOGIST' END
         WHEN x.org_kind = 'ADDITIONAL' THEN CASE WHEN x.u_pos < 0.85 THEN 'ADDITIONAL_EDUCATION_TEACHER' WHEN x.u_pos < 0.95 THEN 'METHODIST'
           ELSE 'PEDAGOGUE_ORGANIZER' END
         WHEN x.u_pos < 0.20 THEN 'PRIMARY_TEACHER' WHEN x.u_pos < 0.23 THEN 'PSYCHOLOGIST' WHEN x.u_pos < 0.25 THEN 'SOCIAL_PEDAGOGUE'
         WHEN x.u_pos < 0.27 THEN 'SPEECH_THERAPIST' WHEN x.u_pos < 0.28 THEN 'PEDAGOGUE_ORGANIZER' WHEN x.u_pos < 0.29 THEN 'UPBRINGING_ADVISER'
         WHEN x.u_pos < 0.30 THEN 'TUTOR' WHEN x.u_pos < 0.32 THEN 'ADDITIONAL_EDUCATION_TEACHER' WHEN x.u_pos < 0.33 THEN 'DEFECTOLOGIST'
         ELSE 'TEACHER' END AS position,
    CASE WHEN x.slot = 3 OR (x.slot <= 2 AND x.u_teach < 0.3)
         THEN CASE x.org_kind WHEN 'SCHOOL' THEN 'TEACHER' WHEN 'PRESCHOOL' THEN 'EDUCATOR' ELSE 'ADDITIONAL_EDUCATION_TEACHER' END END AS second_position
  ) p
) a
CROSS JOIN LATERAL (SELECT (current_date - make_interval(years => a.age))::date - floor(x.u_bd * 365)::int AS birth_date) b
CROSS JOIN LATERAL (
  SELECT least((b.birth_date + make_interval(years => CASE WHEN x.u_start < 0.85 THEN 21 + floor(x.u_start2 * 5)::int ELSE 26 + floor(x.u_start2 * 20)::int END))::date
               + floor(x.u_start3 * 365)::int,
               current_date - 1 - floor(x.u_start3 * 200)::int) AS teaching_since
) t
CROSS JOIN LATERAL (SELECT t.teaching_since + floor(x.u_hire * x.u_hire * (current_date - t.teaching_since))::int AS hired_on) h
CROSS JOIN LATERAL (
  SELECT CASE WHEN a.position IN ('DIRECTOR', 'DEPUTY_DIRECTOR') THEN 'HIGHER'
              WHEN a.position = 'EDUCATOR' THEN CASE WHEN x.u_edu < 0.55 THEN 'HIGHER' WHEN x.u_edu < 0.97 THEN 'SECONDARY_VOCATIONAL' ELSE 'OTHER' END
              ELSE CASE WHEN x.u_edu < 0.84 THEN 'HIGHER' WHEN x.u_edu < 0.98 THEN 'SECONDARY_VOCATIONAL' ELSE 'OTHER' END END AS education_level
) e
CROSS JOIN LATERAL (
  SELECT CASE WHEN current_date - t.teaching_since < 730 THEN 'NONE' WHEN x.u_cat < 0.27 THEN 'HIGHEST' WHEN x.u_cat < 0.55 THEN 'FIRST'
              WHEN x.u_cat < 0.72 THEN 'CONFORMITY' ELSE 'NONE' END AS category
) c
CROSS JOIN LATERAL (
  SELECT CASE a.tpos WHEN 'TEACHER' THEN (:'teacher_subjects'::int[])[1 + floor(x.u_subj1 * cardinality(:'teacher_subjects'::int[]))::int]
                     WHEN 'PRIMARY_TEACHER' THEN 27 WHEN 'EDUCATOR' THEN 28 WHEN 'ADDITIONAL_EDUCATION_TEACHER' THEN 29 END AS subj1
) sb
-- SNILS: a 9-digit number per person and its two check digits (libs/server/staff/src/snils.ts).
CROSS JOIN LATERAL (SELECT 200000000 + x.person_no AS n) sn0
CROSS JOIN LATERAL (
  SELECT 9 * (sn0.n / 100000000 % 10) + 8 * (sn0.n / 10000000 % 10) + 7 * (sn0.n / 1000000 % 10) + 6 * (sn0.n / 100000 % 10)
         + 5 * (sn0.n / 10000 % 10) + 4 * (sn0.n / 1000 % 10) + 3 * (sn0.n / 100 % 10) + 2 * (sn0.n / 10 % 10) + sn0.n % 10 AS s
) cs
CROSS JOIN LATERAL (
  SELECT sn0.n::text || lpad((CASE WHEN cs.s < 100 THEN cs.s WHEN cs.s IN (100, 101) THEN 0 ELSE cs.s % 101 END % 100)::text, 2, '0') AS snils
) sn;
ANALYZE gen_staff;

INSERT INTO staff_member (id, region_id, municipality_id, organization_id, snils, last_name, first_name, middle_name, gender, birth_date, email, phone,
                          education_level, education_specialty, teaching_since, category, category_assigned_on, employment, hired_on, dismissed_on,
                          is_tutor, is_supervisor, is_expert)
SELECT s.id, s.region_id, s.municipality_id, s.organization_id, s.snils,
       CASE s.gender WHEN 'FEMALE' THEN (:'female_last'::text[])[1 + floor(random() * cardinality(:'female_last'::text[]))::int]
                     ELSE (:'male_last'::text[])[1 + floor(random() * cardinality(:'male_last'::text[]))::int] END,
       CASE s.gender WHEN 'FEMALE' THEN (:'female_first'::text[])[1 + floor(random() * cardinality(:'female_first'::text[]))::int]
                     ELSE (:'male_first'::text[])[1 + floor(random() * cardinality(:'male_first'::text[]))::int] END,
       CASE s.gender WHEN 'FEMALE' THEN (:'female_middle'::text[])[1 + floor(random() * cardinality(:'female_middle'::text[]))::int]
                     ELSE (:'male_middle'::text[])[1 + floor(random() * cardinality(:'male_middle'::text[]))::int] END,
       s.gender, s.birth_date,
       CASE WHEN random() < 0.6 THEN 'staff' || s.person_no || '@school' || s.org_no || '.edu.example' END,
       CASE WHEN random() < 0.5 THEN '+7 9' || lpad(floor(random() * 1e9)::bigint::text, 9, '0') END,
       s.education_level, (:'specialties'::text[])[1 + floor(random() * cardinality(:'specialties'::text[]))::int],
       s.teaching_since, s.category, s.category_assigned_on, 'MAIN', s.hired_on, s.dismissed_on, s.is_tutor, s.is_supervisor, s.is_expert
FROM gen_staff s;

\echo == part-time second jobs
-- About 5 % of people also hold a part-time job (same SNILS) in another organization of the
-- same municipality: the base population must count them once, at the main job.
CREATE TEMP TABLE gen_part AS
SELECT gen_random_uuid() AS id, s.id AS main_id, o.id AS organization_id, o.kind AS org_kind,
       CASE o.kind WHEN 'SCHOOL' THEN s.tpos WHEN 'PRESCHOOL' THEN 'EDUCATOR' ELSE 'ADDITIONAL_EDUCATION_TEACHER' END AS position,
       CASE o.kind WHEN 'SCHOOL' THEN s.subj1 WHEN 'PRESCHOOL' THEN 28 ELSE 29 END AS subj1, s.match1,
       s.hired_on + floor(random() * (current_date - s.hired_on))::int AS hired_on
FROM gen_staff s JOIN gen_org o ON o.municipality_id = s.municipality_id AND o.org_no = (s.org_no + s.pt_k) % s.n_orgs + 1
WHERE s.part_time;
INSERT INTO staff_member (id, region_id, municipality_id, organization_id, snils, last_name, first_name, middle_name, gender, birth_date, email, phone,
                          education_level, education_specialty, teaching_since, category, category_assigned_on, employment, hired_on, dismissed_on,
                          is_tutor, is_supervisor, is_expert)
SELECT p.id, m.region_id, m.municipality_id, p.organization_id, m.snils, m.last_name, m.first_name, m.middle_name, m.gender, m.birth_date, m.email, m.phone,
       m.education_level, m.education_specialty, m.teaching_since, m.category, m.category_assigned_on, 'PART_TIME', p.hired_on, NULL,
       false, false, false
FROM gen_part p JOIN staff_member m ON m.id = p.main_id;

\echo == positions and subjects
INSERT INTO staff_position (staff_member_id, position, weekly_hours)
SELECT s.id, v.position, v.hours
FROM gen_staff s
CROSS JOIN LATERAL (VALUES
  (s.position, CASE WHEN s.position IN ('DIRECTOR', 'DEPUTY_DIRECTOR') THEN 40
                    WHEN s.position IN ('TEACHER', 'PRIMARY_TEACHER', 'ADDITIONAL_EDUCATION_TEACHER') THEN 18 + floor(random() * 10)
                    ELSE 36 END),
  (s.second_position, 6 + floor(random() * 4))) v(position, hours)
WHERE v.position IS NOT NULL
UNION ALL
SELECT p.id, p.position, 6 + floor(random() * 4) FROM gen_part p;

CREATE TEMP TABLE gen_subject AS SELECT id, sort_order AS ord FROM subject;
INSERT INTO staff_subject (staff_member_id, subject_id, profile_match)
SELECT s.id, sub.id, v.match
FROM gen_staff s CROSS JOIN LATERAL (VALUES (s.subj1, s.match1), (s.subj2, s.match2)) v(ord, match)
JOIN gen_subject sub ON sub.ord = v.ord
UNION ALL
SELECT p.id, sub.id, p.match1 FROM gen_part p JOIN gen_subject sub ON sub.ord = p.subj1;

\echo == training records
-- 0–6 per person (3 on average) completed over the last 4 years (a fifth in the period), 2 % still
-- in progress; ADVANCED 85 % (a third at the ЦНППМ, a fifth at the Academy, which is in the
-- federal registry), RETRAINING 5 %, INTERNSHIP 10 %; 15 % on ICT.
INSERT INTO training_record (staff_member_id, region_id, municipality_id, organization_id, kind, program_name, provider, hours, started_on, completed_on,
                             is_cnppm, is_federal_registry, is_ict, certificate_number)
SELECT x.staff_member_id, x.region_id, x.municipality_id, x.organization_id, x.kind,
       CASE WHEN x.kind = 'RETRAINING' THEN (ARRAY['Педагогическое образование: учитель-предметник', 'Менеджмент в образовании', 'Педагогика дополнительного образования'])[1 + floor(x.u_prog * 3)::int]
            WHEN x.kind = 'INTERNSHIP' THEN 'Стажировка на базе школы — лидера региона'
            WHEN x.is_ict THEN (ARRAY['Цифровая образовательная среда: инструменты учителя', 'ИКТ-компетентность педагога', 'Искусственный интеллект в работе учителя'])[1 + floor(x.u_prog * 3)::int]
            ELSE (ARRAY['Формирование функциональной грамотности обучающихся', 'Реализация требований обновлённых ФГОС', 'Школа современного учителя',
                        'Методика преподавания предмета в условиях ФОП', 'Наставничество в образовательной организации', 'Инклюзивное образование детей с ОВЗ'])[1 + floor(x.u_prog * 6)::int] END,
       CASE WHEN x.is_cnppm THEN 'ЦНППМ «Учитель будущего»' WHEN x.academy THEN 'ФГАОУ ДПО «Академия Минпросвещения России»'
            WHEN x.u_prov < 0.8 THEN 'Институт развития образования' ELSE 'АНО ДПО «Педагогический университет»' END,
       x.hours, x.started_on, x.completed_on, x.is_cnppm, x.academy OR (x.kind = 'ADVANCED' AND x.u_reg < 0.12), x.is_ict,
       CASE WHEN x.completed_on IS NOT NULL THEN 'УД-' || (100000 + floor(random() * 900000))::int END
FROM (
  SELECT y.*, y.kind = 'ADVANCED' AND y.u_prov < 0.35 AS is_cnppm, y.kind = 'ADVANCED' AND y.u_prov >= 0.35 AND y.u_prov < 0.55 AS academy,
         y.kind IN ('ADVANCED', 'RETRAINING') AND y.u_ict < 0.15 AS is_ict,
         CASE y.kind WHEN 'ADVANCED' THEN (ARRAY[16, 24, 36, 36, 72, 72, 108])[1 + floor(y.u_hours * 7)::int]
                     WHEN 'RETRAINING' THEN 250 + floor(y.u_hours * 270)::int ELSE 16 + 4 * floor(y.u_hours * 6)::int END AS hours,
         CASE WHEN y.in_progress THEN NULL ELSE y.day END AS completed_on,
         y.day - CASE y.kind WHEN 'RETRAINING' THEN 120 + floor(y.u_hours * 200)::int WHEN 'ADVANCED' THEN 5 + floor(y.u_hours * 30)::int
                             ELSE 3 + floor(y.u_hours * 10)::int END AS started_on
  FROM (
    SELECT s.id AS staff_member_id, s.region_id, s.municipality_id, s.organization_id, s.dismissed_on,
           CASE WHEN random() < 0.85 THEN 'ADVANCED' WHEN random() < 1.0 / 3 THEN 'RETRAINING' ELSE 'INTERNSHIP' END AS kind,
           random() < 0.02 AS in_progress, current_date - floor(random() * 1461)::int AS day,
           random() AS u_prov, random() AS u_reg, random() AS u_ict, random() AS u_hours, random() AS u_prog
    FROM gen_staff s, generate_series(1, s.n_train) g
    OFFSET 0
  ) y
  WHERE y.dismissed_on IS NULL OR (NOT y.in_progress AND y.day <= y.dismissed_on)
) x;

\echo == events and participations
-- Per region: events_per_region regional events (ПрофСреда seminars, forums for young teachers,
-- contests of young teachers' projects, professional contests, conferences, webinars…) and
-- events_per_municipality municipal ones per municipality; the first half of each in the period,
-- the rest in the year before.
CREATE TEMP TABLE gen_event AS
SELECT gen_random_uuid() AS id, e.*, e.starts_on + CASE WHEN e.kind IN ('CONFERENCE', 'CONTEST', 'YOUNG_TEACHERS_EVENT') THEN 1 ELSE 0 END AS ends_on
FROM (
  SELECT r.id AS region_id, NULL::uuid AS municipality_id, r.id AS scope_id, g AS no, k.kind, k.series, 'REGIONAL' AS level,
         CASE WHEN g <= (:events_per_region + 1) / 2 THEN :'y0'::date + floor(random() * (:span + 1))::int ELSE :'y0'::date - 1 - floor(random() * 365)::int END AS starts_on
  FROM gen_region r, generate_series(1, :events_per_region) g
  CROSS JOIN LATERAL (SELECT
    CASE WHEN g % 10 = 1 THEN 'SEMINAR' WHEN g % 12 = 2 THEN 'YOUNG_TEACHERS_EVENT' WHEN g % 30 = 3 THEN 'YOUNG_TEACHERS_PROJECT_CONTEST'
         WHEN g % 12 = 5 THEN 'CONTEST' ELSE (ARRAY['CONFERENCE', 'SEMINAR', 'WEBINAR', 'MASTER_CLASS', 'WEBINAR', 'OLYMPIAD', 'OTHER'])[1 + g % 7] END AS kind,
    CASE WHEN g % 10 = 1 THEN 'ПрофСреда' END AS series) k
  UNION ALL
  SELECT m.region_id, m.id, m.id, g, k.kind, CASE WHEN g % 6 = 1 THEN 'ПрофСреда' END, 'MUNICIPAL',
         CASE WHEN g <= (:events_per_municipality + 1) / 2 THEN :'y0'::date + floor(random() * (:span + 1))::int ELSE :'y0'::date - 1 - floor(random() * 365)::int END
  FROM gen_municipality m, generate_series(1, :events_per_municipality) g
  CROSS JOIN LATERAL (SELECT (ARRAY['SEMINAR', 'MASTER_CLASS', 'YOUNG_TEACHERS_EVENT', 'CONFERENCE', 'YOUNG_TEACHERS_EVENT', 'WEBINAR'])[1 + (g - 1) % 6] AS kind) k
  OFFSET 0
) e;
INSERT INTO event (id, region_id, municipality_id, name, series, kind, level, starts_on, ends_on)
SELECT id, region_id, municipality_id,
       CASE WHEN series IS NOT NULL THEN 'ПрофСреда: ' || CASE WHEN municipality_id IS NULL THEN 'региональный' ELSE 'муниципальный' END || ' семинар № ' || no
            WHEN kind = 'YOUNG_TEACHERS_EVENT' THEN CASE WHEN municipality_id IS NULL THEN 'Форум молодых педагогов № ' ELSE 'Школа молодого педагога, занятие № ' END || no
            WHEN kind = 'YOUNG_TEACHERS_PROJECT_CONTEST' THEN 'Конкурс проектов молодых педагогов «Новая волна» № ' || no
            WHEN kind = 'CONTEST' THEN 'Конкурс профессионального мастерства «Учитель года» № ' || no
            ELSE CASE kind WHEN 'CONFERENCE' THEN 'Научно-практическая конференция' WHEN 'SEMINAR' THEN 'Методический семинар' WHEN 'WEBINAR' THEN 'Вебинар'
                           WHEN 'MASTER_CLASS' THEN 'Мастер-класс' WHEN 'OLYMPIAD' THEN 'Олимпиада школьников (жюри)' ELSE 'Методический день' END || ' № ' || no END,
       series, kind, level, starts_on, ends_on
FROM gen_event ORDER BY starts_on;
-- Pools to draw from: every event of a region (R) or a municipality (M) by its number, and the
-- region's young teachers' events (Y) and contests (C) by their rank.
CREATE TEMP TABLE gen_event_pool AS
SELECT scope_id, CASE WHEN municipality_id IS NULL THEN 'R' ELSE 'M' END AS pool, no, id, starts_on FROM gen_event
UNION ALL
SELECT scope_id, CASE kind WHEN 'YOUNG_TEACHERS_EVENT' THEN 'Y' ELSE 'C' END, row_number() OVER (PARTITION BY scope_id, kind ORDER BY no), id, starts_on
FROM gen_event WHERE municipality_id IS NULL AND kind IN ('YOUNG_TEACHERS_EVENT', 'YOUNG_TEACHERS_PROJECT_CONTEST');
ANALYZE gen_event_pool;
SELECT count(*) FILTER (WHERE pool = 'Y') AS young_events, count(*) FILTER (WHERE pool = 'C') AS young_contests
FROM gen_event_pool WHERE scope_id = (SELECT id FROM gen_region WHERE region_no = 1) \gset
-- 0–3 events per person (70 % regional, 30 % municipal), plus a young teachers' event for 45 % of
-- those under 35 and a contest of projects for 45 % of young specialists under 35.
INSERT INTO event_participation (event_id, staff_member_id, region_id, municipality_id, organization_id, role)
SELECT p.id, c.staff_member_id, c.region_id, c.municipality_id, c.organization_id,
       CASE WHEN c.u_role < 0.85 THEN 'PARTICIPANT' WHEN c.u_role < 0.89 THEN 'PRIZE_WINNER' WHEN c.u_role < 0.91 THEN 'WINNER'
            WHEN c.u_role < 0.96 THEN 'EXPERT' ELSE 'ORGANIZER' END
FROM (
  SELECT s.id AS staff_member_id, s.region_id, s.municipality_id, s.organization_id, s.dismissed_on, random() AS u_role,
         CASE WHEN d.regional THEN s.region_id ELSE s.municipality_id END AS scope_id, CASE WHEN d.regional THEN 'R' ELSE 'M' END AS pool,
         1 + floor(random() * CASE WHEN d.regional THEN :events_per_region ELSE :events_per_municipality END)::int AS no
  FROM gen_staff s, generate_series(1, s.n_ev) g, LATERAL (SELECT random() < 0.7 + 0 * g AS regional) d
  UNION ALL
  SELECT s.id, s.region_id, s.municipality_id, s.organization_id, s.dismissed_on, random(), s.region_id, 'Y', 1 + floor(random() * :young_events)::int
  FROM gen_staff s WHERE s.under35 AND random() < 0.45
  UNION ALL
  SELECT s.id, s.region_id, s.municipality_id, s.organization_id, s.dismissed_on, random(), s.region_id, 'C', 1 + floor(random() * :young_contests)::int
  FROM gen_staff s WHERE s.under35 AND s.young_specialist AND random() < 0.45
  OFFSET 0
) c
JOIN gen_event_pool p ON p.scope_id = c.scope_id AND p.pool = c.pool AND p.no = c.no
WHERE c.dismissed_on IS NULL OR p.starts_on <= c.dismissed_on
ON CONFLICT DO NOTHING;

\echo == diagnostic procedures
-- Per region: entry diagnostics of the ЦНППМ (three intakes), the external (ФИОКО) diagnostics
-- and the Academy's of last year and this, a corporate order, self-diagnostics of the last and
-- the current school year (the questionnaire's scale 1–4, threshold 2.5, all its competences);
-- and methodical-work diagnostics in three schools of ten. `coverage` is the share of the
-- region's teachers taking part (scaled per person by a propensity, 0.4–1.6).
CREATE TEMP TABLE gen_proc_template AS
SELECT * FROM (VALUES
  (1, 'Входная диагностика ЦНППМ, осенний поток ' || (extract(year FROM :'y0'::date)::int - 1), 'CNPPM_ENTRY', :'y0'::date - 92, :'y0'::date - 71, 0.25, 0, 100, 60, true,
      '{PROF.SUBJECT,PROF.METHODICAL,PROF.PSYCHOLOGICAL,FL.READING,FL.MATH}'),
  (2, 'Диагностика профессиональных дефицитов (ФИОКО), ' || (extract(year FROM :'y0'::date)::int - 1), 'EXTERNAL_FIOKO', :'y0'::date - 200, :'y0'::date - 170, 0.50, 0, 100, 60, false,
      '{PROF.SUBJECT,PROF.METHODICAL,FL.READING,FL.MATH,FL.SCIENCE,FL.DIGITAL}'),
  (3, 'Самодиагностика по профстандарту «Педагог», ' || (extract(year FROM :'sy'::date)::int - 1) || '/' || extract(year FROM :'sy'::date)::int || ' уч. г.', 'SELF',
      (:'sy'::date - interval '1 year')::date, :'sy'::date - 1, 0.25, 1, 4, 2.5, false,
      '{PROF.SUBJECT,PROF.METHODICAL,PROF.PSYCHOLOGICAL,PROF.COMMUNICATIVE,FL.READING,FL.MATH,FL.SCIENCE,FL.FINANCIAL,FL.DIGITAL,FL.GLOBAL,FL.CREATIVE}'),
  (4, 'Диагностика Академии Минпросвещения России, ' || (extract(year FROM :'y0'::date)::int - 1), 'ACADEMY', :'y0'::date - 150, :'y0'::date - 120, 0.10, 0, 100, 60, false,
      '{PROF.SUBJECT,PROF.METHODICAL,FL.DIGITAL}'),
  (5, 'Входная диагностика ЦНППМ, весенний поток', 'CNPPM_ENTRY', :'y0'::date + :span * 15 / 100, :'y0'::date + :span * 15 / 100 + 21, 0.25, 0, 100, 60, true,
      '{PROF.SUBJECT,PROF.METHODICAL,PROF.PSYCHOLOGICAL,FL.READING,FL.MATH}'),
  (6, 'Входная диагностика ЦНППМ, осенний поток', 'CNPPM_ENTRY', :'y0'::date + :span * 75 / 100, :'y0'::date + :span * 75 / 100 + 21, 0.20, 0, 100, 60, true,
      '{PROF.SUBJECT,PROF.METHODICAL,PROF.PSYCHOLOGICAL,FL.READING,FL.MATH}'),
  (7, 'Диагностика профессиональных дефицитов (ФИОКО)', 'EXTERNAL_FIOKO', :'y0'::date + :span * 35 / 100, :'y0'::date + :span * 35 / 100 + 30, 0.65, 0, 100, 60, false,
      '{PROF.SUBJECT,PROF.METHODICAL,FL.READING,FL.MATH,FL.SCIENCE,FL.DIGITAL}'),
  (8, 'Диагностика по корпоративному заказу: функциональная грамотность', 'CORPORATE_ORDER', :'y0'::date + :span * 50 / 100, :'y0'::date + :span * 50 / 100 + 21, 0.15, 0, 100, 60, false,
      '{FL.READING,FL.GLOBAL,FL.CREATIVE,FL.FINANCIAL}'),
  (9, 'Самодиагностика по профстандарту «Педагог», ' || extract(year FROM :'sy'::date)::int || '/' || (extract(year FROM :'sy'::date)::int + 1) || ' уч. г.', 'SELF',
      :'sy'::date, (:'sy'::date + interval '1 year')::date - 1, 0.30, 1, 4, 2.5, false,
      '{PROF.SUBJECT,PROF.METHODICAL,PROF.PSYCHOLOGICAL,PROF.COMMUNICATIVE,FL.READING,FL.MATH,FL.SCIENCE,FL.FINANCIAL,FL.DIGITAL,FL.GLOBAL,FL.CREATIVE}')
) t(tpl, name, kind, starts_on, ends_on, coverage, scale_min, scale_max, threshold, is_cnppm, competences);
CREATE TEMP TABLE gen_proc AS
SELECT gen_random_uuid() AS id, r.id AS region_id, NULL::uuid AS municipality_id, NULL::uuid AS organization_id, t.name, t.kind, t.starts_on, t.ends_on,
       t.coverage, t.scale_min, t.scale_max, t.threshold, t.is_cnppm, t.competences::text[] AS competences
FROM gen_region r, gen_proc_template t
UNION ALL
SELECT gen_random_uuid(), o.region_id, o.municipality_id, o.id, 'Диагностика в рамках методической работы, ' || 'МБОУ СОШ № ' || o.org_no, 'SCHOOL_METHODICAL',
       d.starts_on, d.starts_on + 14, 0.6, 0, 100, 60, false, '{PROF.METHODICAL,PROF.COMMUNICATIVE}'
FROM gen_org o, LATERAL (SELECT :'y0'::date + floor(random() * (:span + 1))::int + 0 * o.org_no AS starts_on) d
WHERE o.kind = 'SCHOOL' AND random() < 0.3;
INSERT INTO diagnostic_procedure (id, region_id, municipality_id, organization_id, name, kind, framework_id, starts_on, ends_on, scale_min, scale_max, threshold, is_cnppm,
                                  questionnaire_id)
SELECT id, region_id, municipality_id, organization_id, name, kind, :'framework_id', starts_on, ends_on, scale_min, scale_max, threshold, is_cnppm,
       CASE WHEN kind = 'SELF' THEN :'questionnaire_id'::uuid END
FROM gen_proc ORDER BY starts_on;
-- Competences of each procedure, with what the scores need (the difficulty of each competence).
CREATE TEMP TABLE gen_proc_competence AS
SELECT p.id AS procedure_id, c.id AS competence_id, c.code, p.scale_min, p.scale_max,
       CASE c.code WHEN 'FL.MATH' THEN -6 WHEN 'FL.SCIENCE' THEN -6 WHEN 'FL.DIGITAL' THEN -4 WHEN 'FL.FINANCIAL' THEN -8 WHEN 'FL.GLOBAL' THEN -5
                   WHEN 'FL.CREATIVE' THEN -3 WHEN 'PROF.PSYCHOLOGICAL' THEN -2 ELSE 0 END AS difficulty
FROM gen_proc p CROSS JOIN LATERAL unnest(p.competences) u(code) JOIN competence c ON c.framework_id = :'framework_id' AND c.code = u.code;
INSERT INTO diagnostic_procedure_competence (procedure_id, competence_id) SELECT procedure_id, competence_id FROM gen_proc_competence;
CREATE INDEX ON gen_proc_competence (procedure_id);
ANALYZE gen_proc, gen_proc_competence;

\echo == diagnostic results
-- Taken within the procedure's window up to today, never after a dismissal; imported a
-- procedure at a time (the order of the rows on disk). A score per competence of the procedure:
-- the person's level in the competence (stable across procedures, skewed high: a fifth under the
-- threshold), its difficulty, a small gain over time and noise; self-assessments run a little higher.
INSERT INTO diagnostic_result (procedure_id, staff_member_id, region_id, municipality_id, organization_id, taken_on, source, scores)
SELECT x.procedure_id, x.staff_member_id, x.region_id, x.municipality_id, x.organization_id, x.taken_on, x.source,
       (SELECT jsonb_object_agg(pc.competence_id,
                 round((pc.scale_min + (pc.scale_max - pc.scale_min) * greatest(0, least(100,
                   100 - 60 * power((hashtext(x.staff_member_id::text || pc.code) & 65535) / 65535.0, 2)
                   + pc.difficulty + (x.taken_on - (:'y0'::date - 365)) / 365.0 * 4 + (random() - 0.5) * 20
                   + CASE WHEN pc.scale_max <= 10 THEN 8 ELSE 0 END)) / 100)::numeric, CASE WHEN pc.scale_max <= 10 THEN 2 ELSE 0 END))
        FROM gen_proc_competence pc WHERE pc.procedure_id = x.procedure_id)
FROM (
  SELECT p.id AS procedure_id, p.starts_on, s.person_no, s.id AS staff_member_id, s.region_id, s.municipality_id, s.organization_id, s.dismissed_on,
         CASE WHEN p.kind = 'SELF' THEN 'SELF' ELSE 'IMPORT' END AS source,
         p.starts_on + floor(random() * (least(p.ends_on, current_date) - p.starts_on + 1))::int AS taken_on
  FROM gen_staff s JOIN gen_proc p ON p.region_id = s.region_id AND p.organization_id IS NULL
  WHERE p.starts_on <= current_date AND random() < p.coverage * (0.4 + 1.2 * s.propensity)
  UNION ALL
  SELECT p.id, p.starts_on, s.person_no, s.id, s.region_id, s.municipality_id, s.organization_id, s.dismissed_on, 'IMPORT',
         p.starts_on + floor(random() * (least(p.ends_on, current_date) - p.starts_on + 1))::int
  FROM gen_staff s JOIN gen_proc p ON p.organization_id = s.organization_id
  WHERE p.starts_on <= current_date AND random() < p.coverage * (0.4 + 1.2 * s.propensity)
  OFFSET 0
) x
WHERE x.dismissed_on IS NULL OR x.taken_on <= x.dismissed_on
ORDER BY x.starts_on, x.procedure_id, x.person_no;

\echo == deficits
-- The deficit episodes, set-based, exactly as recomputeDeficits
-- (libs/server/diagnostics/src/deficits/recompute-deficits.ts) would write them for every staff
-- member into an empty table: per staff member × competence code, results in order (date, then
-- entry, then id), a run of scores under the procedure's threshold is one episode, opened by its
-- first result (with its competence and procedure kind) and closed by the first later result at
-- or above it, status OPEN or CLOSED; inserted in the order of the opening result. The function
-- derives the episodes with this same statement (one sort: keep the first row of each run under
-- the threshold and the cleared row right after a run; in that sequence a run's closer is the
-- next row), here for every staff member at once and without its temporary tables; for a staff
-- member with a single result it takes the shortcut the rule allows (each score under the
-- threshold is an open episode), which gives the same rows.
INSERT INTO deficit (staff_member_id, region_id, municipality_id, organization_id, competence_code, competence_id, opened_by_result_id,
                     opened_on, procedure_kind, status, closed_by_result_id, closed_on)
SELECT e.staff_member_id, s.region_id, s.municipality_id, s.organization_id, e.competence_code, e.competence_id, e.result_id,
       e.taken_on, e.kind, CASE WHEN e.closed_by IS NULL THEN 'OPEN' ELSE 'CLOSED' END, e.closed_by, e.closed_on
FROM (
  SELECT m.*, lead(m.result_id) OVER w AS closed_by, lead(m.taken_on) OVER w AS closed_on
  FROM (
    SELECT scored.*, lag(scored.below) OVER w AS previous_below
    FROM (
      SELECT r.staff_member_id, c.code AS competence_code, c.id AS competence_id, r.id AS result_id, r.taken_on, r.created_at, p.kind,
             sc.value::numeric < p.threshold AS below
      FROM diagnostic_result r
      JOIN diagnostic_procedure p ON p.id = r.procedure_id
      CROSS JOIN LATERAL jsonb_each(r.scores) sc
      JOIN competence c ON c.id = sc.key::uuid
    ) scored
    WINDOW w AS (PARTITION BY scored.staff_member_id, scored.competence_code ORDER BY scored.taken_on, scored.created_at, scored.result_id)
  ) m
  WHERE m.below IS DISTINCT FROM coalesce(m.previous_below, false)
  WINDOW w AS (PARTITION BY m.staff_member_id, m.competence_code ORDER BY m.taken_on, m.created_at, m.result_id)
) e
JOIN staff_member s ON s.id = e.staff_member_id
WHERE e.below
ORDER BY e.result_id;

\echo == foreign keys
-- The triggers were off: every single-column foreign key of the schema, checked set-based.
RESET session_replication_role;
DO $$
DECLARE
  f record;
  bad bigint;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND cardinality(conkey) > 1) THEN
    RAISE EXCEPTION 'a multi-column foreign key exists: extend the check in generate-national.sql';
  END IF;
  FOR f IN
    SELECT c.conname, c.conrelid::regclass AS child, a.attname AS col, c.confrelid::regclass AS parent, af.attname AS parent_col
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
  LOOP
    EXECUTE format('SELECT count(*) FROM %s c WHERE c.%I IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s p WHERE p.%I = c.%I)',
                   f.child, f.col, f.parent, f.parent_col, f.col) INTO bad;
    IF bad > 0 THEN
      RAISE EXCEPTION 'foreign key % of % violated by % rows', f.conname, f.child, bad;
    END IF;
  END LOOP;
END $$;

\echo == vacuum
-- As autovacuum would leave it after a bulk load: statistics and the visibility map (index-only scans).
VACUUM (ANALYZE);
