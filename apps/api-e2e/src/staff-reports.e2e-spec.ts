import { Employment, EducationLevel, Gender, QualificationCategory, Role } from '@sopr/shared';
import { accessTokenFor } from './support/auth';
import { binaryParser, xlsxRows as sheetRows } from './support/binary';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld, validSnils } from './support/world';

describe('staff composition report and exports', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  let municipal: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    const m = await world.build.municipality(world.r1, 'Отчётный округ');
    const a = await world.build.organization(m, undefined, 'Школа А');
    const b = await world.build.organization(m, undefined, 'Школа Б');
    municipal = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_ADMIN, { municipality: m }))}`;
    const { build } = world;
    const a1 = await build.staffMember(a, { lastName: 'Аникина', birthDate: '2002-02-03', teachingSince: '2024-09-01', hiredOn: '2024-09-01' });
    await build.training(a1, { startedOn: '2025-10-01', completedOn: '2025-10-20' });
    await build.staffMember(a, {
      lastName: 'Борисов', gender: Gender.MALE, birthDate: '1958-01-10', teachingSince: '1980-09-01', hiredOn: '1980-09-01',
      educationLevel: EducationLevel.SECONDARY_VOCATIONAL, category: QualificationCategory.HIGHEST, categoryAssignedOn: '2023-01-01',
    });
    const a3 = await build.staffMember(a, {
      lastName: 'Воронова', birthDate: '1980-06-01', teachingSince: '2005-09-01', hiredOn: '2005-09-01', category: QualificationCategory.FIRST, categoryAssignedOn: '2021-09-01',
    });
    // Completed exactly three years before the as-of date: outside the window (it is "the last 3 years").
    await build.training(a3, { startedOn: '2023-08-20', completedOn: '2023-09-01' });
    await build.staffMember(a, { lastName: 'Гришина', hiredOn: '2010-09-01', dismissedOn: '2025-06-30' });
    const snils = validSnils();
    await build.staffMember(b, {
      lastName: 'Дёмина', snils, birthDate: '1970-03-03', teachingSince: '1992-09-01', hiredOn: '1992-09-01', category: QualificationCategory.CONFORMITY, categoryAssignedOn: '2024-05-05',
    });
    await build.staffMember(a, { lastName: 'Дёмина', snils, birthDate: '1970-03-03', teachingSince: '1992-09-01', hiredOn: '2015-09-01', employment: Employment.PART_TIME });
    ids = { m: m.id, a: a.id, b: b.id };
  });
  afterAll(() => t.close());

  it('counts people once, at the main job, with hand-checked numbers at every level', async () => {
    const response = await t.http.get(`/api/v1/staff/composition?asOf=2026-09-01&municipalityId=${ids.m}`).set('Authorization', municipal);
    expect(response.status).toBe(200);
    const byName = Object.fromEntries(response.body.rows.map((r: { name: string }) => [r.name, r]));
    expect(response.body.rows.map((r: { level: string; name: string }) => `${r.level} ${r.name}`)).toEqual([
      'REGION Регион один', 'MUNICIPALITY Отчётный округ', expect.stringMatching(/^ORGANIZATION Школа [АБ]$/), expect.stringMatching(/^ORGANIZATION Школа [АБ]$/),
    ]);
    // School A: Аникина (24, stage 2 y, higher, no category, trained 2025), Борисов (68 → pension, 46 y, vocational, highest valid),
    // Воронова (46, 21 y, higher, first category expired on 2026-09-01 itself, training 2023-09-01 is outside the window).
    // Гришина is dismissed; Дёмина's part-time job here is not counted (her main job is school B).
    expect(byName['Школа А']).toMatchObject({
      total: 3,
      educationLevel: { HIGHER: 2, SECONDARY_VOCATIONAL: 1, OTHER: 0 },
      category: { HIGHEST: 1, FIRST: 0, CONFORMITY: 0, NONE: 2 },
      ageGroup: { UNDER_25: 1, FROM_25_TO_34: 0, FROM_35_TO_49: 1, FROM_50_TO_PENSION: 0, PENSION: 1 },
      experienceGroup: { UNDER_3: 1, FROM_3_TO_5: 0, FROM_5_TO_10: 0, FROM_10_TO_20: 0, OVER_20: 2 },
      trainedInLast3Years: 1,
    });
    // School B: Дёмина (56, woman born 1970 → pension age 60 not reached; 34 y; conformity valid).
    expect(byName['Школа Б']).toMatchObject({
      total: 1, category: { CONFORMITY: 1, NONE: 0, HIGHEST: 0, FIRST: 0 }, ageGroup: { FROM_50_TO_PENSION: 1 }, experienceGroup: { OVER_20: 1 }, trainedInLast3Years: 0,
    });
    // The municipality counts Дёмина once: 4 people, not 5 jobs.
    const expectedMunicipality = {
      total: 4, educationLevel: { HIGHER: 3, SECONDARY_VOCATIONAL: 1, OTHER: 0 }, category: { HIGHEST: 1, FIRST: 0, CONFORMITY: 1, NONE: 2 },
      ageGroup: { UNDER_25: 1, FROM_25_TO_34: 0, FROM_35_TO_49: 1, FROM_50_TO_PENSION: 1, PENSION: 1 },
      experienceGroup: { UNDER_3: 1, FROM_3_TO_5: 0, FROM_5_TO_10: 0, FROM_10_TO_20: 0, OVER_20: 3 }, trainedInLast3Years: 1,
    };
    expect(byName['Отчётный округ']).toMatchObject(expectedMunicipality);
    expect(byName['Регион один']).toMatchObject(expectedMunicipality);
  });

  it('exports the composition report to XLSX with counts and shares', async () => {
    const response = await t.http.get(`/api/v1/staff/composition.xlsx?asOf=2026-09-01&municipalityId=${ids.m}`).set('Authorization', municipal).buffer(true).parse(binaryParser);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await sheetRows(response.body);
    expect(rows[0].slice(0, 5)).toEqual(['Уровень', 'Название', 'Всего педагогов', 'Образование: высшее, чел.', 'Образование: высшее, %']);
    expect(rows[2].slice(0, 5)).toEqual(['Муниципалитет', 'Отчётный округ', 4, 3, 75]);
  });

  it('exports exactly the filtered list, all pages, with masked SNILS', async () => {
    const query = `organizationId=${ids.a}&asOf=2026-09-01&sort=fullName`;
    const list = await t.http.get(`/api/v1/staff?${query}&limit=2`).set('Authorization', municipal);
    expect(list.body.total).toBe(4);
    const response = await t.http.get(`/api/v1/staff/export.xlsx?${query}`).set('Authorization', municipal).buffer(true).parse(binaryParser);
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers['content-disposition'])).toContain('педагоги-2026-09-01.xlsx');
    const rows = await sheetRows(response.body);
    expect(rows[0][0]).toBe('ФИО');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Аникина Мария Ивановна', 'Борисов Мария Ивановна', 'Воронова Мария Ивановна', 'Дёмина Мария Ивановна']);
    expect(rows.slice(1).every((r) => /^\*\*\*-\*\*\*-\*\*\* \d\d$/.test(String(r[2])))).toBe(true);
    const young = await t.http.get(`/api/v1/staff/export.xlsx?${query}&youngSpecialist=true`).set('Authorization', municipal).buffer(true).parse(binaryParser);
    expect((await sheetRows(young.body)).slice(1).map((r) => r[0])).toEqual(['Аникина Мария Ивановна']);
    expect((await t.http.get(`/api/v1/staff/export.xlsx?sort=nope`).set('Authorization', municipal)).status).toBe(400);
  });
});
