import { Role } from '@sopr/shared';
import { accessTokenFor } from './support/auth';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld, validSnils } from './support/world';

describe('staff registry', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  let school: string;
  let municipal: string;
  let math: string;
  let physics: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    school = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o1 }))}`;
    municipal = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_ADMIN, { municipality: world.m1 }))}`;
    const subjects = (await t.http.get('/api/v1/subjects').set('Authorization', school)).body as { id: string; code: string }[];
    math = subjects.find((s) => s.code === 'MATH')!.id;
    physics = subjects.find((s) => s.code === 'PHYSICS')!.id;
  });
  afterAll(() => t.close());

  const body = (overrides: Record<string, unknown> = {}) => ({
    organizationId: world.o1.id, snils: validSnils(), lastName: 'Пестова', firstName: 'Анна', middleName: 'Сергеевна', gender: 'FEMALE',
    birthDate: '1990-04-12', educationLevel: 'HIGHER', educationSpecialty: 'Учитель математики и физики', teachingSince: '2013-09-01',
    category: 'FIRST', categoryAssignedOn: '2022-03-15', hiredOn: '2013-09-01',
    positions: [{ position: 'TEACHER', weeklyHours: 18 }], subjects: [{ subjectId: math }, { subjectId: physics, profileMatch: false }],
    ...overrides,
  });

  it('a school admin adds a teacher; the server places it and derives age, experience and category', async () => {
    const created = await t.http.post('/api/v1/staff').set('Authorization', school).send(body({ snils: '112-233-445 95' }));
    expect(created.status).toBe(201);
    const card = await t.http.get(`/api/v1/staff/${created.body.id}?asOf=2026-09-01`).set('Authorization', school);
    // Born 1990-04-12 → 36 on 2026-09-01; teaching since 2013-09-01 → exactly 13 years; category 2022-03-15 → valid until 2027-03-15.
    expect(card.body).toMatchObject({
      fullName: 'Пестова Анна Сергеевна', organizationId: world.o1.id, municipalityId: world.m1.id, snilsMasked: '***-***-*** 95',
      age: 36, ageGroup: 'FROM_35_TO_49', under35: false, experienceYears: 13, experienceGroup: 'FROM_10_TO_20', youngSpecialist: false,
      pensionAge: false, trainedInLast3Years: false, categoryValid: true, categoryExpiresOn: '2027-03-15', active: true,
      positions: ['TEACHER'], subjects: ['Математика', 'Физика'],
    });
    expect(card.body.subjectDetails).toEqual([
      { subjectId: math, subjectName: 'Математика', profileMatch: true },
      { subjectId: physics, subjectName: 'Физика', profileMatch: false },
    ]);
    expect(card.body).not.toHaveProperty('snils');
    // The category expired on 2027-03-15 itself: no longer valid that day.
    const expired = await t.http.get(`/api/v1/staff/${created.body.id}?asOf=2027-03-15`).set('Authorization', school);
    expect(expired.body.categoryValid).toBe(false);
    // Under 35 until the day before the 35th birthday; from the birthday itself, not.
    expect((await t.http.get(`/api/v1/staff/${created.body.id}?asOf=2025-04-11`).set('Authorization', school)).body).toMatchObject({ age: 34, under35: true });
    expect((await t.http.get(`/api/v1/staff/${created.body.id}?asOf=2025-04-12`).set('Authorization', school)).body).toMatchObject({ age: 35, under35: false });
  });

  it('reads the full SNILS only with the permission, and writes every read to the audit log', async () => {
    const member = await world.build.staffMember(world.o1, { snils: '08765430300' });
    const full = await t.http.get(`/api/v1/staff/${member.id}/snils`).set('Authorization', school);
    expect(full.body).toEqual({ snils: '087-654-303 00' });
    const log = await t.http.get(`/api/v1/audit-log?entityId=${member.id}&action=READ_SENSITIVE`).set('Authorization', school);
    expect(log.body.items).toHaveLength(1);
    const methodist = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_METHODIST, { municipality: world.m1 }))}`;
    expect((await t.http.get(`/api/v1/staff/${member.id}/snils`).set('Authorization', methodist)).status).toBe(403);
  });

  it('refuses impossible records, naming every field, and writes nothing', async () => {
    const response = await t.http.post('/api/v1/staff').set('Authorization', school).send(
      body({ snils: '112-233-445 96', birthDate: '2030-01-01', teachingSince: '2000-01-01', category: 'HIGHEST', categoryAssignedOn: null, subjects: [{ subjectId: '00000000-0000-4000-8000-000000000000' }] }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'snils', message: 'СНИЛС указан с ошибкой (не сходится контрольное число)' },
      { field: 'birthDate', message: 'Дата рождения не может быть в будущем' },
      { field: 'teachingSince', message: 'Педагогический стаж не может начинаться раньше 16 лет' },
      { field: 'hiredOn', message: 'Дата приёма не может быть раньше 16 лет' },
      { field: 'categoryAssignedOn', message: 'Укажите дату присвоения категории' },
      { field: 'subjects[0].subjectId', message: 'Нет такого предмета в справочнике' },
    ]);
    const empty = await t.http.post('/api/v1/staff').set('Authorization', school).send(body({ positions: [] }));
    expect(empty.body.errors).toEqual([{ field: 'positions', message: 'Нужно указать хотя бы 1' }]);
  });

  it('refuses a second active record of the same person and employment in one organization', async () => {
    const snils = validSnils();
    expect((await t.http.post('/api/v1/staff').set('Authorization', school).send(body({ snils }))).status).toBe(201);
    const again = await t.http.post('/api/v1/staff').set('Authorization', school).send(body({ snils }));
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ field: 'snils', message: 'Уже есть в организации' }]);
    // A part-time job in the same school is another employment.
    expect((await t.http.post('/api/v1/staff').set('Authorization', school).send(body({ snils, employment: 'PART_TIME' }))).status).toBe(201);
  });

  it('filters, sorts and pages; dismissed staff leave the current list but stay in history', async () => {
    const o = await world.build.organization(world.m1);
    const young = await world.build.staffMember(o, { lastName: 'Алексеева', birthDate: '2002-02-03', teachingSince: '2024-09-01', hiredOn: '2024-09-01' });
    const senior = await world.build.staffMember(o, { lastName: 'Борисов', gender: 'MALE' as never, birthDate: '1958-01-10', teachingSince: '1980-09-01', hiredOn: '1980-09-01' });
    const gone = await world.build.staffMember(o, { lastName: 'Веселова', dismissedOn: '2025-06-30', hiredOn: '2010-09-01' });
    await world.build.training(young, { completedOn: '2025-10-20' });
    const list = (query: string) => t.http.get(`/api/v1/staff?organizationId=${o.id}&asOf=2026-09-01&${query}`).set('Authorization', municipal);

    expect((await list('sort=fullName')).body.items.map((i: { fullName: string }) => i.fullName.split(' ')[0])).toEqual(['Алексеева', 'Борисов']);
    expect((await list('sort=-fullName&limit=1')).body).toMatchObject({ total: 2, limit: 1, items: [{ id: senior.id }] });
    expect((await list('youngSpecialist=true')).body.items.map((i: { id: string }) => i.id)).toEqual([young.id]);
    expect((await list('under35=true')).body.items.map((i: { id: string }) => i.id)).toEqual([young.id]);
    expect((await list('ageGroup=UNDER_25')).body.items.map((i: { id: string }) => i.id)).toEqual([young.id]);
    // Born 1958, a man: pension age 60 reached in 2018.
    expect((await list('pensionAge=true')).body.items.map((i: { id: string }) => i.id)).toEqual([senior.id]);
    expect((await list('experienceGroup=OVER_20')).body.items.map((i: { id: string }) => i.id)).toEqual([senior.id]);
    expect((await list('trainedInLast3Years=true')).body.items.map((i: { id: string }) => i.id)).toEqual([young.id]);
    expect((await list('status=dismissed')).body.items.map((i: { id: string }) => i.id)).toEqual([gone.id]);
    expect((await list('status=all')).body.total).toBe(3);
    expect((await list('q=Борис')).body.items.map((i: { id: string }) => i.id)).toEqual([senior.id]);
    expect((await list('sort=snils')).status).toBe(400);
  });

  it('keeps training records per person, scoped like the person', async () => {
    const member = await world.build.staffMember(world.o1);
    const created = await t.http.post(`/api/v1/staff/${member.id}/trainings`).set('Authorization', school).send({
      kind: 'RETRAINING', programName: 'Педагогическое образование: учитель информатики', provider: 'КОГОАУ ДПО «ИРО Кировской области»', hours: 300,
      startedOn: '2024-09-01', completedOn: '2025-05-30', isIct: true,
    });
    expect(created.status).toBe(201);
    const bad = await t.http.patch(`/api/v1/staff/${member.id}/trainings/${created.body.id}`).set('Authorization', school).send({ completedOn: '2024-01-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'completedOn', message: 'Дата окончания раньше даты начала' }]);
    const card = await t.http.get(`/api/v1/staff/${member.id}?asOf=2026-09-01`).set('Authorization', school);
    expect(card.body.trainedInLast3Years).toBe(true);
    const other = await world.build.staffMember(world.o1);
    expect((await t.http.delete(`/api/v1/staff/${other.id}/trainings/${created.body.id}`).set('Authorization', school)).status).toBe(404);
    expect((await t.http.delete(`/api/v1/staff/${member.id}/trainings/${created.body.id}`).set('Authorization', school)).status).toBe(204);
  });
});
