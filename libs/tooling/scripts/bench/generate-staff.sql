-- Benchmark data: one region, 50 municipalities × 20 schools × 100 staff = 100,000 staff members,
-- with a position, a subject and a training record each. Set-based: runs in seconds.
INSERT INTO region (code, name) VALUES ('99', 'Бенчмарк-регион');
INSERT INTO municipality (region_id, name)
SELECT r.id, 'Муниципалитет ' || g FROM region r, generate_series(1, 50) g WHERE r.code = '99';
INSERT INTO organization (region_id, municipality_id, name, kind)
SELECT m.region_id, m.id, 'Школа № ' || g || ' (' || m.name || ')', 'SCHOOL'
  FROM municipality m JOIN region r ON r.id = m.region_id, generate_series(1, 20) g WHERE r.code = '99';
INSERT INTO staff_member (region_id, municipality_id, organization_id, snils, last_name, first_name, middle_name, gender, birth_date,
                          education_level, teaching_since, category, category_assigned_on, employment, hired_on)
SELECT o.region_id, o.municipality_id, o.id,
       lpad((row_number() OVER ())::text, 11, '0'),
       (ARRAY['Иванова','Петрова','Смирнова','Кузнецова','Попова','Васильева','Соколова','Михайлова','Новикова','Фёдорова'])[1 + floor(random() * 10)::int],
       (ARRAY['Анна','Мария','Елена','Ольга','Наталья','Татьяна','Ирина','Светлана'])[1 + floor(random() * 8)::int],
       (ARRAY['Ивановна','Петровна','Сергеевна','Александровна','Николаевна'])[1 + floor(random() * 5)::int],
       'FEMALE', d.birth, CASE WHEN random() < 0.8 THEN 'HIGHER' ELSE 'SECONDARY_VOCATIONAL' END,
       d.birth + interval '22 years', c.category, CASE WHEN c.category = 'NONE' THEN NULL ELSE date '2022-03-01' END, 'MAIN', d.birth + interval '22 years'
  FROM organization o JOIN region r ON r.id = o.region_id
  CROSS JOIN generate_series(1, 100) g
  -- `+ 0 * g` ties each draw to its row: an uncorrelated LATERAL (SELECT random()) is evaluated once for all rows.
  CROSS JOIN LATERAL (SELECT date '1960-01-01' + floor(random() * 15000)::int + 0 * g AS birth) d
  CROSS JOIN LATERAL (SELECT (ARRAY['HIGHEST','FIRST','CONFORMITY','NONE'])[1 + floor(random() * 4)::int + 0 * g] AS category) c
 WHERE r.code = '99';
INSERT INTO staff_position (staff_member_id, position, weekly_hours) SELECT id, 'TEACHER', 18 FROM staff_member;
INSERT INTO staff_subject (staff_member_id, subject_id, profile_match)
SELECT s.id, (SELECT id FROM subject ORDER BY sort_order LIMIT 1 OFFSET floor(random() * 20)::int + (s.id IS NULL)::int), true FROM staff_member s;
INSERT INTO training_record (staff_member_id, region_id, municipality_id, organization_id, kind, program_name, provider, hours, started_on, completed_on, is_cnppm)
SELECT id, region_id, municipality_id, organization_id, 'ADVANCED', 'Функциональная грамотность', 'ЦНППМ', 36,
       date '2023-01-01' + floor(random() * 1000)::int, date '2023-01-20' + floor(random() * 1000)::int, random() < 0.5
  FROM staff_member WHERE random() < 0.9;
-- Vacuumed as autovacuum would leave it after a bulk load: statistics and the visibility map (index-only scans).
VACUUM (ANALYZE);
