import { Role } from '@sopr/shared';
import { StaffMember } from '@sopr/server-staff';
import { accessTokenFor } from './support/auth';
import { binaryParser, xlsxRows } from './support/binary';
import { eventually } from './support/eventually';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld } from './support/world';

interface Competence { id: string; code: string; name: string }

describe('diagnostics: procedures, results, deficits, bank of difficulties', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  let methodist: string;
  let school: string;
  let regional: string;
  let subjects: Record<string, string>;

  const teacherIn = async (organization: World['o1'], lastName: string, subjectCode: string): Promise<StaffMember> => {
    const member = await world.build.staffMember(organization, { lastName });
    await t.db.query(`INSERT INTO staff_subject (staff_member_id, subject_id) VALUES ($1, $2)`, [member.id, subjects[subjectCode]]);
    return member;
  };
  /** How many results and deficit episodes a staff member has in the database. */
  const rowsOf = async (member: StaffMember) =>
    (await t.db.query(
      `SELECT (SELECT count(*) FROM diagnostic_result WHERE staff_member_id = $1)::int AS results, (SELECT count(*) FROM deficit WHERE staff_member_id = $1)::int AS deficits`,
      [member.id],
    ))[0];
  /** A competence of the federal framework, by code. */
  const federalCompetenceId = async (code: string): Promise<string> =>
    (await t.db.query(`SELECT c.id FROM competence c JOIN competence_framework f ON f.id = c.framework_id WHERE f.region_id IS NULL AND c.code = $1`, [code]))[0].id;
  const deficitsOf = async (member: StaffMember, auth = methodist) =>
    (await t.http.get(`/api/v1/staff/${member.id}/diagnostics`).set('Authorization', auth)).body.deficits as { competenceCode: string; status: string; openedOn: string; closedOn: string | null }[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    methodist = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_METHODIST, { municipality: world.m1 }))}`;
    school = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o1 }))}`;
    regional = `Bearer ${accessTokenFor(t, await world.build.user(Role.REGIONAL_ADMIN, { region: world.r1 }))}`;
    const rows: { id: string; code: string }[] = await t.db.query(`SELECT id, code FROM subject WHERE code IN ('MATH', 'RUSSIAN')`);
    subjects = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  });
  afterAll(() => t.close());

  it('a methodist creates a procedure on the framework in force; schools below see it but cannot change it; bad parameters are named', async () => {
    const created = await t.http.post('/api/v1/diagnostic-procedures').set('Authorization', methodist).send({
      name: 'Входная диагностика ЦНППМ: учителя математики', kind: 'CNPPM_ENTRY', subjectId: subjects['MATH'], competenceCodes: ['PROF.METHODICAL', 'FL.MATH'],
      startsOn: '2026-09-15', endsOn: '2026-10-31', threshold: 60, isCnppm: true, owner: 'MUNICIPALITY', ownerId: world.m1.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ municipalityId: world.m1.id, organizationId: null, scaleMin: 0, scaleMax: 100, threshold: 60, subjectName: 'Математика', resultCount: 0 });
    expect(created.body.competences.map((c: Competence) => c.name)).toEqual(['Методическая компетенция', 'Математическая грамотность']);
    const seen = await t.http.get('/api/v1/diagnostic-procedures?kind=CNPPM_ENTRY').set('Authorization', school);
    expect(seen.body.items.map((p: { id: string }) => p.id)).toContain(created.body.id);
    expect((await t.http.patch(`/api/v1/diagnostic-procedures/${created.body.id}`).set('Authorization', school).send({ name: 'Своя' })).status).toBe(404);

    const bad = await t.http.post('/api/v1/diagnostic-procedures').set('Authorization', methodist).send({
      name: 'X', kind: 'CNPPM_ENTRY', competenceCodes: ['PROF.METHODICAL', 'NO.SUCH'], startsOn: '2026-09-15', endsOn: '2026-09-01', scaleMin: 0, scaleMax: 10, threshold: 60,
      owner: 'MUNICIPALITY', ownerId: world.m1.id,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'threshold', message: 'Порог должен быть в пределах шкалы (0–10)' },
      { field: 'endsOn', message: 'Дата окончания раньше даты начала' },
    ]);
    const unknown = await t.http.post('/api/v1/diagnostic-procedures').set('Authorization', methodist).send({
      name: 'X', kind: 'ACADEMY', competenceCodes: ['NO.SUCH'], startsOn: '2026-09-15', threshold: 60, owner: 'MUNICIPALITY', ownerId: world.m1.id,
    });
    expect(unknown.body.errors).toEqual([{ field: 'competenceCodes', message: 'Нет в рамке компетенций: NO.SUCH' }]);
    const wrongKind = await t.http.post('/api/v1/diagnostic-procedures').set('Authorization', methodist).send({
      name: 'X', kind: 'GUESS', competenceCodes: ['PROF.METHODICAL'], startsOn: '2026-09-15', threshold: 60, owner: 'MUNICIPALITY', ownerId: world.m1.id,
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
    // Another municipality's procedure is out of reach for writing and for owning.
    expect((await t.http.post('/api/v1/diagnostic-procedures').set('Authorization', methodist).send({
      name: 'Чужая', kind: 'ACADEMY', competenceCodes: ['PROF.METHODICAL'], startsOn: '2026-09-15', threshold: 60, owner: 'MUNICIPALITY', ownerId: world.m2.id,
    })).status).toBe(404);
  });

  it('results open a deficit under the threshold, a later result closes it, and removing that result reopens it', async () => {
    const entry = await world.build.procedure({ region: world.r1, municipality: world.m1 }, { name: 'Входная 2025', startsOn: '2025-10-01' });
    const again = await world.build.procedure({ region: world.r1, municipality: world.m1 }, { name: 'Повторная 2026', kind: 'EXTERNAL_FIOKO' as never, startsOn: '2026-10-01' });
    const member = await teacherIn(world.o1, 'Динамикова', 'MATH');
    const competences = async (procedureId: string) => (await t.http.get(`/api/v1/diagnostic-procedures/${procedureId}`).set('Authorization', school)).body.competences as Competence[];
    const [methodical, math] = await competences(entry.id);
    const put = (procedureId: string, body: object) => t.http.put(`/api/v1/diagnostic-procedures/${procedureId}/results/by-staff/${member.id}`).set('Authorization', school).send(body);

    // 45 < 60: a methodical deficit; 70 ≥ 60: none in mathematical literacy.
    const first = await put(entry.id, { takenOn: '2025-10-10', scores: [{ competenceId: methodical.id, score: 45 }, { competenceId: math.id, score: 70 }] });
    expect(first.status).toBe(200);
    expect(first.body.scores).toEqual([
      { competenceId: methodical.id, competenceCode: 'PROF.METHODICAL', score: 45, belowThreshold: true },
      { competenceId: math.id, competenceCode: 'FL.MATH', score: 70, belowThreshold: false },
    ]);
    expect(await deficitsOf(member)).toMatchObject([{ competenceCode: 'PROF.METHODICAL', status: 'OPEN', openedOn: '2025-10-10', closedOn: null }]);

    // A year later 65 clears it: the episode is closed on that date and kept as history.
    const [methodical2] = await competences(again.id);
    const second = await put(again.id, { takenOn: '2026-10-05', scores: [{ competenceId: methodical2.id, score: 65 }] });
    expect(second.status).toBe(200);
    expect(await deficitsOf(member)).toMatchObject([{ competenceCode: 'PROF.METHODICAL', status: 'CLOSED', openedOn: '2025-10-10', closedOn: '2026-10-05' }]);
    const profile = (await t.http.get(`/api/v1/staff/${member.id}/diagnostics`).set('Authorization', school)).body;
    expect(profile.results.map((r: { procedureName: string }) => r.procedureName)).toEqual(['Входная 2025', 'Повторная 2026']);
    const dynamics = profile.competences.find((c: { code: string }) => c.code === 'PROF.METHODICAL');
    // 45 % → 65 % of a 0–100 scale: +20 points.
    expect(dynamics).toMatchObject({ name: 'Методическая компетенция', change: 20, hasOpenDeficit: false });
    expect(dynamics.points.map((p: { percent: number }) => p.percent)).toEqual([45, 65]);

    // The same result again changes nothing.
    const audits = async () => Number((await t.db.query(`SELECT count(*) FROM audit_log WHERE entity = 'diagnosticResult'`))[0].count);
    const before = await audits();
    expect((await put(again.id, { takenOn: '2026-10-05', scores: [{ competenceId: methodical2.id, score: 65 }] })).status).toBe(200);
    expect(await audits()).toBe(before);

    expect((await t.http.delete(`/api/v1/diagnostic-procedures/${again.id}/results/${second.body.id}`).set('Authorization', school)).status).toBe(204);
    expect(await deficitsOf(member)).toMatchObject([{ competenceCode: 'PROF.METHODICAL', status: 'OPEN', closedOn: null }]);
    // A procedure with results cannot lose its scale or be deleted.
    expect((await t.http.patch(`/api/v1/diagnostic-procedures/${entry.id}`).set('Authorization', methodist).send({ threshold: 50 })).status).toBe(409);
    expect((await t.http.delete(`/api/v1/diagnostic-procedures/${entry.id}`).set('Authorization', methodist)).status).toBe(409);
  });

  it('a bad result is refused with the field that is wrong and nothing is written', async () => {
    const procedure = await world.build.procedure({ region: world.r1, municipality: world.m1 }, { name: 'Проверка ввода' }, ['PROF.METHODICAL']);
    const member = await teacherIn(world.o1, 'Ошибкина', 'MATH');
    const [methodical] = (await t.http.get(`/api/v1/diagnostic-procedures/${procedure.id}`).set('Authorization', school)).body.competences as Competence[];
    const other = await federalCompetenceId('FL.READING');
    const put = (body: object, who = school, staffId = member.id) => t.http.put(`/api/v1/diagnostic-procedures/${procedure.id}/results/by-staff/${staffId}`).set('Authorization', who).send(body);

    const outOfScale = await put({ takenOn: '2026-10-01', scores: [{ competenceId: methodical.id, score: 120 }, { competenceId: other, score: 50 }] });
    expect(outOfScale.status).toBe(400);
    expect(outOfScale.body.errors).toEqual([
      { field: 'scores[0].score', message: 'Балл вне шкалы процедуры (0–100)' },
      { field: 'scores[1].competenceId', message: `Компетенция ${other} не оценивается в этой процедуре` },
    ]);
    expect((await put({ takenOn: '1970-01-01', scores: [{ competenceId: methodical.id, score: 50 }] })).body.errors).toEqual([{ field: 'takenOn', message: 'Дата результата раньше даты рождения педагога' }]);
    expect((await put({ takenOn: '2999-01-01', scores: [{ competenceId: methodical.id, score: 50 }] })).body.errors).toEqual([{ field: 'takenOn', message: 'Дата результата не может быть в будущем' }]);
    expect((await put({ takenOn: '2026-10-01', scores: [] })).body.errors.map((e: { field: string }) => e.field)).toEqual(['scores']);
    const foreign = await world.build.staffMember(world.o3, { lastName: 'Соседняя' });
    expect((await put({ takenOn: '2026-10-01', scores: [{ competenceId: methodical.id, score: 50 }] }, methodist, foreign.id)).status).toBe(404);
    expect(Number((await t.db.query(`SELECT count(*) FROM diagnostic_result WHERE procedure_id = $1`, [procedure.id]))[0].count)).toBe(0);
  });

  it('a result names a staff member and a procedure that exist; a deleted staff record takes its results and deficit episodes with it, and nobody else’s', async () => {
    const procedure = await world.build.procedure({ region: world.r1, municipality: world.m1 }, { name: 'Удаление записи' }, ['PROF.METHODICAL']);
    const leaving = await teacherIn(world.o1, 'Ошибочная', 'MATH');
    const staying = await teacherIn(world.o1, 'Остающаяся', 'MATH');
    await world.build.result(procedure, leaving, '2026-10-01', { 'PROF.METHODICAL': 40 });
    await world.build.result(procedure, staying, '2026-10-01', { 'PROF.METHODICAL': 40 });
    expect(await rowsOf(leaving)).toEqual({ results: 1, deficits: 1 });

    // The keys of a result, checked per statement: an unknown staff member or procedure is refused, a procedure with results stays.
    const copy = (staffId: string, procedureId: string) =>
      t.db.query(
        `INSERT INTO diagnostic_result (procedure_id, staff_member_id, region_id, municipality_id, organization_id, taken_on, source, scores)
         SELECT $2, $1, region_id, municipality_id, organization_id, taken_on, source, scores FROM diagnostic_result WHERE staff_member_id = $3`,
        [staffId, procedureId, leaving.id],
      );
    const refused = { driverError: expect.objectContaining({ code: '23503' }) };
    await expect(copy('00000000-0000-4000-8000-00000000dead', procedure.id)).rejects.toMatchObject(refused);
    await expect(copy(staying.id, '00000000-0000-4000-8000-00000000dead')).rejects.toMatchObject(refused);
    await expect(t.db.query(`DELETE FROM diagnostic_procedure WHERE id = $1`, [procedure.id])).rejects.toMatchObject(refused);

    await t.db.query(`DELETE FROM staff_member WHERE id = $1`, [leaving.id]);
    expect(await rowsOf(leaving)).toEqual({ results: 0, deficits: 0 });
    expect(await rowsOf(staying)).toEqual({ results: 1, deficits: 1 });
  });

  it('keys are checked without locking what they name: a deletion waits for the transactions writing rows that would name it, then takes what they wrote', async () => {
    const procedure = await world.build.procedure({ region: world.r1, municipality: world.m1 }, { name: 'Удаление во время записи' }, ['PROF.METHODICAL']);
    const competenceId = await federalCompetenceId('PROF.METHODICAL');
    const waitingFor = (statement: string) =>
      eventually(
        async () => (await t.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`, [`${statement}%`]))[0].n as number,
        (n) => n === 1,
        (n) => `${n} sessions wait on «${statement}»`,
      );
    const resultSql = `INSERT INTO diagnostic_result (procedure_id, staff_member_id, region_id, municipality_id, organization_id, taken_on, source, scores)
       SELECT $1, id, region_id, municipality_id, organization_id, '2026-10-01', 'MANUAL', jsonb_build_object($2::text, 40) FROM staff_member WHERE id = $3 RETURNING id`;
    // As the rebuild writes them: from rows derived earlier in the transaction, not re-read from the result.
    const episodeSql = `INSERT INTO deficit (staff_member_id, region_id, municipality_id, organization_id, competence_code, competence_id, opened_by_result_id, opened_on, procedure_kind, status)
       SELECT s.id, s.region_id, s.municipality_id, s.organization_id, 'PROF.METHODICAL', $2, $1, '2026-10-01', 'CNPPM_ENTRY', 'OPEN' FROM staff_member s WHERE s.id = $3`;

    // A staff record deleted while an import writes his result and episode: the deletion waits, then takes both.
    const leaving = await teacherIn(world.o1, 'Удаляемая', 'MATH');
    const writer = t.db.createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      const [written] = await writer.query(resultSql, [procedure.id, competenceId, leaving.id]);
      await writer.query(episodeSql, [written.id, competenceId, leaving.id]);
      const deleting = t.db.query(`DELETE FROM staff_member WHERE id = $1`, [leaving.id]);
      await waitingFor('DELETE FROM staff_member');
      await writer.commitTransaction();
      await deleting;
    } finally {
      await writer.release();
    }
    expect(await rowsOf(leaving)).toEqual({ results: 0, deficits: 0 });

    // A result withdrawn while a rebuild writes an episode it opens: the episode waits, then is refused.
    const withdrawn = await teacherIn(world.o1, 'Отозванная', 'MATH');
    const [result] = await t.db.query(resultSql, [procedure.id, competenceId, withdrawn.id]);
    const deleter = t.db.createQueryRunner();
    await deleter.connect();
    try {
      await deleter.startTransaction();
      await deleter.query(`DELETE FROM diagnostic_result WHERE id = $1`, [result.id]);
      const inserting = t.db.query(episodeSql, [result.id, competenceId, withdrawn.id]);
      inserting.catch(() => undefined);
      await waitingFor('INSERT INTO deficit');
      await deleter.commitTransaction();
      await expect(inserting).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });
    } finally {
      await deleter.release();
    }
    expect(await rowsOf(withdrawn)).toEqual({ results: 0, deficits: 0 });
  });

  it('a deletion that would wait for a running import answers 409 after a few seconds and deletes nothing; once the import is done it goes through', async () => {
    const procedure = await world.build.procedure({ region: world.r1, municipality: world.m1 }, { name: 'Удаление во время импорта' }, ['PROF.METHODICAL']);
    const member = await teacherIn(world.o1, 'Терпеливая', 'MATH');
    const result = await world.build.result(procedure, member, '2026-10-01', { 'PROF.METHODICAL': 40 });
    const deleteResult = () => t.http.delete(`/api/v1/diagnostic-procedures/${procedure.id}/results/${result.id}`).set('Authorization', methodist);
    // What an import's apply holds until it commits: its writes to results and deficit episodes.
    const importing = t.db.createQueryRunner();
    await importing.connect();
    try {
      await importing.startTransaction();
      await importing.query(`LOCK TABLE diagnostic_result, deficit IN ROW EXCLUSIVE MODE`);
      const refused = await deleteResult();
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe('Эти данные сейчас записывает другая операция (например, импорт результатов): повторите позже');
      const emptied = await world.build.procedure({ region: world.r1, municipality: world.m1 }, { name: 'Пустая процедура' }, ['PROF.METHODICAL']);
      expect((await t.http.delete(`/api/v1/diagnostic-procedures/${emptied.id}`).set('Authorization', methodist)).status).toBe(409);
      expect(await deficitsOf(member)).toHaveLength(1);
    } finally {
      await importing.rollbackTransaction();
      await importing.release();
    }
    expect((await deleteResult()).status).toBe(204);
    expect(await deficitsOf(member)).toEqual([]);
  }, 20_000);

  it('the bank of difficulties counts teachers with open deficits by competence, subject and organization (hand-checked)', async () => {
    const m = await world.build.municipality(world.r1, 'Округ банка');
    const s1 = await world.build.organization(m, undefined, 'Школа №1');
    const s2 = await world.build.organization(m, undefined, 'Школа №2');
    const bankMethodist = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_METHODIST, { municipality: m }))}`;
    const s1Admin = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: s1 }))}`;
    const p2025 = await world.build.procedure({ region: world.r1, municipality: m }, { name: 'ЦНППМ 2025', kind: 'CNPPM_ENTRY' as never, startsOn: '2025-10-01' });
    const p2026 = await world.build.procedure({ region: world.r1, municipality: m }, { name: 'ФИОКО 2026', kind: 'EXTERNAL_FIOKO' as never, startsOn: '2026-10-01' });
    const a = await teacherIn(s1, 'Акулова', 'MATH');
    const b = await teacherIn(s1, 'Белова', 'MATH');
    const c = await teacherIn(s1, 'Циркунова', 'RUSSIAN');
    const d = await teacherIn(s2, 'Давыдова', 'MATH');
    await teacherIn(s1, 'Ефимова', 'MATH');
    await world.build.staffMember(s1, { lastName: 'Уволенная', dismissedOn: '2026-01-31' });
    await world.build.result(p2025, a, '2025-10-10', { 'PROF.METHODICAL': 45, 'FL.MATH': 70 });
    await world.build.result(p2025, b, '2025-10-10', { 'PROF.METHODICAL': 80, 'FL.MATH': 50 });
    await world.build.result(p2025, c, '2025-10-10', { 'PROF.METHODICAL': 40, 'FL.MATH': 90 });
    await world.build.result(p2026, a, '2026-10-05', { 'PROF.METHODICAL': 65, 'FL.MATH': 75 });
    await world.build.result(p2026, b, '2026-10-05', { 'PROF.METHODICAL': 85, 'FL.MATH': 55 });
    await world.build.result(p2026, d, '2026-10-05', { 'PROF.METHODICAL': 30, 'FL.MATH': 60 });
    const cell = (bank: { cells: { competenceCode: string; organizationId: string | null; subjectId: string | null }[] }, code: string, org: string | null, subject: string | null) =>
      bank.cells.find((x) => x.competenceCode === code && x.organizationId === org && x.subjectId === subject);

    // On 2026-11-01 open: C methodical (2025), B math literacy (2025, still 55), D methodical (2026); A's closed on 2026-10-05.
    // Teachers: S1 = A, B, C, E (4; the dismissed one is out), S2 = D (1); of mathematics S1 3, S2 1.
    const bank = (await t.http.get('/api/v1/difficulty-bank?to=2026-11-01').set('Authorization', bankMethodist)).body;
    expect(bank.organizations.map((o: { name: string }) => o.name)).toEqual(['Школа №1', 'Школа №2']);
    expect(bank.teachers).toEqual(expect.arrayContaining([
      { organizationId: s1.id, subjectId: null, teachers: 4 }, { organizationId: s2.id, subjectId: null, teachers: 1 }, { organizationId: null, subjectId: null, teachers: 5 },
      { organizationId: s1.id, subjectId: subjects['MATH'], teachers: 3 }, { organizationId: null, subjectId: subjects['MATH'], teachers: 4 },
    ]));
    expect(cell(bank, 'PROF.METHODICAL', s1.id, null)).toMatchObject({ withDeficit: 1, teachers: 4, share: 25 });
    expect(cell(bank, 'PROF.METHODICAL', s2.id, null)).toMatchObject({ withDeficit: 1, teachers: 1, share: 100 });
    expect(cell(bank, 'PROF.METHODICAL', null, null)).toMatchObject({ withDeficit: 2, teachers: 5, share: 40 });
    expect(cell(bank, 'FL.MATH', null, null)).toMatchObject({ withDeficit: 1, teachers: 5, share: 20 });
    // 1 of 3 mathematics teachers of S1: 33.3 %.
    expect(cell(bank, 'FL.MATH', s1.id, subjects['MATH'])).toMatchObject({ withDeficit: 1, teachers: 3, share: 33.3 });
    expect(cell(bank, 'PROF.METHODICAL', null, subjects['RUSSIAN'])).toMatchObject({ withDeficit: 1, teachers: 1, share: 100 });
    expect(cell(bank, 'PROF.METHODICAL', s1.id, subjects['MATH'])).toBeUndefined();
    expect(bank.competences.slice(0, 2).map((x: { code: string }) => x.code)).toEqual(['PROF', 'PROF.SUBJECT']);

    // Before the 2026 round (June): A's methodical deficit was still open, D had none yet.
    const june = (await t.http.get('/api/v1/difficulty-bank?to=2026-06-01').set('Authorization', bankMethodist)).body;
    expect(cell(june, 'PROF.METHODICAL', s1.id, null)).toMatchObject({ withDeficit: 2, teachers: 4, share: 50 });
    // Only deficits found by ЦНППМ entry diagnostics: D's (ФИОКО) drops out.
    const cnppm = (await t.http.get('/api/v1/difficulty-bank?to=2026-11-01&procedureKind=CNPPM_ENTRY').set('Authorization', bankMethodist)).body;
    expect(cell(cnppm, 'PROF.METHODICAL', null, null)).toMatchObject({ withDeficit: 1, teachers: 5, share: 20 });
    // Found in the period from 2026-09-01 only: D.
    const period = (await t.http.get('/api/v1/difficulty-bank?from=2026-09-01&to=2026-11-01').set('Authorization', bankMethodist)).body;
    expect(period.cells.map((x: { competenceCode: string; organizationId: string | null; subjectId: string | null }) => [x.competenceCode, x.organizationId, x.subjectId]))
      .toEqual(expect.arrayContaining([['PROF.METHODICAL', s2.id, null], ['PROF.METHODICAL', null, null]]));
    expect(period.cells.every((x: { competenceCode: string }) => x.competenceCode === 'PROF.METHODICAL')).toBe(true);

    // A school sees its own school only.
    const own = (await t.http.get('/api/v1/difficulty-bank?to=2026-11-01').set('Authorization', s1Admin)).body;
    expect(own.organizations.map((o: { id: string }) => o.id)).toEqual([s1.id]);
    expect(cell(own, 'PROF.METHODICAL', null, null)).toMatchObject({ withDeficit: 1, teachers: 4 });

    // From a cell to the teachers behind it.
    const behind = await t.http.get('/api/v1/deficits').query({ competenceCode: 'PROF.METHODICAL', organizationId: s1.id, openOn: '2026-11-01' }).set('Authorization', bankMethodist);
    expect(behind.body.items.map((x: { staffName: string }) => x.staffName)).toEqual(['Циркунова Мария Ивановна']);
    expect(behind.body.total).toBe(1);
    const mathBehind = await t.http.get('/api/v1/deficits').query({ competenceCode: 'FL.MATH', subjectId: subjects['MATH'], openOn: '2026-11-01', sort: 'staffName' }).set('Authorization', bankMethodist);
    expect(mathBehind.body.items.map((x: { staffName: string }) => x.staffName)).toEqual(['Белова Мария Ивановна']);
    expect((await t.http.get('/api/v1/deficits').query({ organizationId: s2.id }).set('Authorization', s1Admin)).body.items).toEqual([]);

    const xlsx = await t.http.get('/api/v1/difficulty-bank.xlsx?to=2026-11-01').set('Authorization', bankMethodist).buffer(true).parse(binaryParser);
    expect(xlsx.status).toBe(200);
    const rows = await xlsxRows(xlsx.body as Buffer);
    expect(rows[0]).toEqual(['Компетенция', 'Предмет', 'Организация', 'Педагогов', 'С дефицитом', 'Доля, %']);
    expect(rows).toContainEqual(['Методическая компетенция', 'Все предметы', 'Итого', 5, 2, 40]);
    expect(rows).toContainEqual(['Математическая грамотность', 'Математика', 'Школа №1', 3, 1, 33.3]);
    // A teacher has no bank.
    expect((await t.http.get('/api/v1/difficulty-bank').set('Authorization', `Bearer ${accessTokenFor(t, await world.build.user(Role.TEACHER, { organization: s1 }))}`)).status).toBe(403);
  });

  it('a portal upserts results by external id or SNILS: a result per record, idempotent', async () => {
    const { key } = await world.build.apiKey(world.r1);
    const procedure = await world.build.procedure({ region: world.r1 }, { name: 'Региональная диагностика' });
    const byId = await world.build.staffMember(world.o1, { lastName: 'Внешняя', externalId: 'portal-diag-1' });
    const bySnils = await world.build.staffMember(world.o3, { lastName: 'Поснилсова' });
    const third = await world.build.staffMember(world.o3, { lastName: 'Третья' });
    const items = [
      { staffExternalId: 'portal-diag-1', takenOn: '2026-10-01', scores: [{ competenceCode: 'PROF.METHODICAL', score: 55 }, { competenceCode: 'FL.MATH', score: 80 }] },
      { snils: bySnils.snils, takenOn: '2026-10-02', scores: [{ competenceCode: 'FL.MATH', score: 61 }] },
      { staffExternalId: 'nobody', takenOn: '2026-10-01', scores: [{ competenceCode: 'FL.MATH', score: 61 }] },
      { staffExternalId: 'portal-diag-1', takenOn: '2026-10-01', scores: [{ competenceCode: 'FL.MATH', score: 61 }] },
      { snils: third.snils, takenOn: '2026-10-01', scores: [{ competenceCode: 'FL.READING', score: 101 }] },
    ];
    const first = await t.http.post(`/api/v1/diagnostic-procedures/${procedure.id}/results/batch`).set('X-API-Key', key).send({ items });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 3 });
    expect(first.body.results[2].errors).toEqual([{ field: 'staffExternalId', message: 'Педагог с таким внешним идентификатором не найден' }]);
    expect(first.body.results[3].errors).toEqual([{ field: 'staffExternalId', message: 'Этот педагог уже есть в пакете (запись 0)' }]);
    expect(first.body.results[4].errors).toEqual([
      { field: 'scores[0].competenceCode', message: 'Компетенция FL.READING не оценивается в этой процедуре' },
      { field: 'scores[0].score', message: 'Балл вне шкалы процедуры (0–100)' },
    ]);
    expect(await deficitsOf(byId, regional)).toMatchObject([{ competenceCode: 'PROF.METHODICAL', status: 'OPEN' }]);
    const again = await t.http.post(`/api/v1/diagnostic-procedures/${procedure.id}/results/batch`).set('X-API-Key', key).send({ items: items.slice(0, 2) });
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    const changed = await t.http.post(`/api/v1/diagnostic-procedures/${procedure.id}/results/batch`).set('X-API-Key', key).send({ items: [{ ...items[0], scores: [{ competenceCode: 'PROF.METHODICAL', score: 75 }] }] });
    expect(changed.body).toMatchObject({ updated: 1 });
    expect(await deficitsOf(byId, regional)).toEqual([]);
    // A key of another region finds nobody.
    const foreignKey = (await world.build.apiKey(world.r2)).key;
    expect((await t.http.post(`/api/v1/diagnostic-procedures/${procedure.id}/results/batch`).set('X-API-Key', foreignKey).send({ items })).status).toBe(404);
  });

  it('a regional admin versions the competence framework; published versions are frozen and old procedures keep theirs', async () => {
    const before = await world.build.procedure({ region: world.r1 }, { name: 'До новой версии' }, ['PROF.METHODICAL']);
    const draft = await t.http.post('/api/v1/competence-frameworks').set('Authorization', regional).send({});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ regionId: world.r1.id, version: 1, status: 'DRAFT' });
    expect(draft.body.competences).toHaveLength(13);
    expect((await t.http.post('/api/v1/competence-frameworks').set('Authorization', regional).send({})).status).toBe(409);
    const methodical = draft.body.competences.find((c: Competence) => c.code === 'PROF.METHODICAL');
    expect((await t.http.patch(`/api/v1/competence-frameworks/${draft.body.id}/competences/${methodical.id}`).set('Authorization', regional).send({ name: 'Методическая компетенция педагога' })).status).toBe(200);
    const added = await t.http.post(`/api/v1/competence-frameworks/${draft.body.id}/competences`).set('Authorization', regional).send({ parentId: methodical.id, name: 'Оценивание образовательных результатов', code: 'PROF.METHODICAL.ASSESSMENT' });
    expect(added.body).toMatchObject({ area: 'PROFESSIONAL', parentId: methodical.id });
    expect((await t.http.post(`/api/v1/competence-frameworks/${draft.body.id}/competences`).set('Authorization', regional).send({ name: 'Дубль', code: 'PROF.METHODICAL.ASSESSMENT', parentId: methodical.id })).status).toBe(409);
    // Nobody outside the region sees the draft; a school cannot edit frameworks at all.
    const otherRegional = `Bearer ${accessTokenFor(t, await world.build.user(Role.REGIONAL_ADMIN, { region: world.r2 }))}`;
    expect((await t.http.get(`/api/v1/competence-frameworks/${draft.body.id}`).set('Authorization', otherRegional)).status).toBe(404);
    expect((await t.http.post('/api/v1/competence-frameworks').set('Authorization', school).send({})).status).toBe(403);

    const published = await t.http.post(`/api/v1/competence-frameworks/${draft.body.id}/publish`).set('Authorization', regional);
    expect(published.body.status).toBe('PUBLISHED');
    expect((await t.http.post(`/api/v1/competence-frameworks/${draft.body.id}/competences`).set('Authorization', regional).send({ name: 'Поздно', parentId: methodical.id })).status).toBe(409);
    const inForce = await t.http.get('/api/v1/competence-frameworks/in-force').set('Authorization', school);
    expect(inForce.body.id).toBe(draft.body.id);
    expect((await t.http.get('/api/v1/competence-frameworks/in-force').set('Authorization', otherRegional)).body.regionId).toBeNull();

    const after = await t.http.post('/api/v1/diagnostic-procedures').set('Authorization', methodist).send({
      name: 'После новой версии', kind: 'ACADEMY', competenceCodes: ['PROF.METHODICAL.ASSESSMENT', 'PROF.METHODICAL'], startsOn: '2026-11-01', threshold: 50, owner: 'MUNICIPALITY', ownerId: world.m1.id,
    });
    expect(after.body.frameworkId).toBe(draft.body.id);
    expect(after.body.competences.map((c: Competence) => c.name).sort()).toEqual(['Методическая компетенция педагога', 'Оценивание образовательных результатов']);
    const old = await t.http.get(`/api/v1/diagnostic-procedures/${before.id}`).set('Authorization', methodist);
    expect(old.body.competences.map((c: Competence) => c.name)).toEqual(['Методическая компетенция']);
  });
});

describe('self-diagnostics', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  let teacher: string;
  let member: StaffMember;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    member = await world.build.staffMember(world.o1, { lastName: 'Самооценкина' });
    const user = await world.build.user(Role.TEACHER, { organization: world.o1 });
    user.staffMemberId = member.id;
    teacher = `Bearer ${accessTokenFor(t, user)}`;
  });
  afterAll(() => t.close());

  it('a teacher saves answers, continues later, submits, and gets a SELF result with deficits', async () => {
    const questionnaire = (await t.http.get('/api/v1/self-assessment/questionnaire').set('Authorization', teacher)).body;
    expect(questionnaire).toMatchObject({ version: 1, scaleMin: 1, scaleMax: 4, threshold: 2.5 });
    expect(questionnaire.items).toHaveLength(34);
    expect(questionnaire.items[0]).toMatchObject({ competenceCode: 'PROF.SUBJECT', competenceName: 'Предметная компетенция' });
    const items: { code: string; competenceCode: string }[] = questionnaire.items;
    expect((await t.http.get('/api/v1/self-assessment/mine').set('Authorization', teacher)).body).toEqual({ draft: null, submitted: [] });
    // Sent before a single answer was saved: every question is named.
    const unstarted = await t.http.post('/api/v1/self-assessment/mine/submit').set('Authorization', teacher);
    expect(unstarted.status).toBe(400);
    expect(unstarted.body.message).toBe('Ответьте на все вопросы: осталось 34');
    expect(unstarted.body.errors[0]).toEqual({ field: `answers.${items[0].code}`, message: 'Нет ответа' });

    const firstHalf = Object.fromEntries(items.slice(0, 10).map((i) => [i.code, 3]));
    const saved = await t.http.put('/api/v1/self-assessment/mine').set('Authorization', teacher).send({ answers: firstHalf });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'DRAFT', answered: 10, total: 34 });
    const bad = await t.http.put('/api/v1/self-assessment/mine').set('Authorization', teacher).send({ answers: { 'XX-1': 3, [items[0].code]: 7 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'answers.XX-1', message: 'Такого вопроса нет в анкете' },
      { field: `answers.${items[0].code}`, message: 'Ответ — целое число от 1 до 4' },
    ]);
    const early = await t.http.post('/api/v1/self-assessment/mine/submit').set('Authorization', teacher);
    expect(early.status).toBe(400);
    expect(early.body.errors).toHaveLength(24);
    expect((await t.http.get('/api/v1/self-assessment/mine').set('Authorization', teacher)).body.draft).toMatchObject({ answered: 10, answers: firstHalf });

    // Methodical items: 2, 2, 3, 2, 2 → mean 2.2 < 2.5, a deficit; everything else 3.
    const methodical = items.filter((i) => i.competenceCode === 'PROF.METHODICAL').map((i) => i.code);
    const rest = Object.fromEntries(items.slice(10).map((i) => [i.code, 3]));
    methodical.forEach((code, n) => (rest[code] = n === 2 ? 3 : 2));
    expect((await t.http.put('/api/v1/self-assessment/mine').set('Authorization', teacher).send({ answers: rest })).body.answered).toBe(34);
    const submitted = await t.http.post('/api/v1/self-assessment/mine/submit').set('Authorization', teacher);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('SUBMITTED');
    expect(submitted.body.scores.find((s: { competenceCode: string }) => s.competenceCode === 'PROF.METHODICAL')).toEqual({
      competenceCode: 'PROF.METHODICAL', competenceName: 'Методическая компетенция', score: 2.2, belowThreshold: true,
    });
    expect(submitted.body.scores.filter((s: { belowThreshold: boolean }) => s.belowThreshold)).toHaveLength(1);

    const profile = (await t.http.get(`/api/v1/staff/${member.id}/diagnostics`).set('Authorization', teacher)).body;
    expect(profile.results).toHaveLength(1);
    expect(profile.results[0]).toMatchObject({ kind: 'SELF', scaleMin: 1, scaleMax: 4, threshold: 2.5 });
    expect(profile.results[0].procedureName).toMatch(/^Самодиагностика по профстандарту «Педагог», \d{4}\/\d{4} уч\. г\.$/);
    expect(profile.deficits).toMatchObject([{ competenceCode: 'PROF.METHODICAL', status: 'OPEN', procedureKind: 'SELF' }]);
    const mine = (await t.http.get('/api/v1/self-assessment/mine').set('Authorization', teacher)).body;
    expect(mine.draft).toBeNull();
    expect(mine.submitted).toHaveLength(1);
    const twice = await t.http.post('/api/v1/self-assessment/mine/submit').set('Authorization', teacher);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('Анкета уже отправлена: её результат — в разделе «Мои диагностики»');

    // A colleague's self-diagnostics goes to the same procedure of the school year.
    const colleague = await world.build.staffMember(world.o2, { lastName: 'Коллегова' });
    const user = await world.build.user(Role.TEACHER, { organization: world.o2 });
    user.staffMemberId = colleague.id;
    const colleagueToken = `Bearer ${accessTokenFor(t, user)}`;
    await t.http.put('/api/v1/self-assessment/mine').set('Authorization', colleagueToken).send({ answers: Object.fromEntries(items.map((i) => [i.code, 4])) });
    expect((await t.http.post('/api/v1/self-assessment/mine/submit').set('Authorization', colleagueToken)).status).toBe(200);
    expect(Number((await t.db.query(`SELECT count(*) FROM diagnostic_procedure WHERE kind = 'SELF'`))[0].count)).toBe(1);
    // Each teacher sees his own only.
    expect((await t.http.get(`/api/v1/staff/${colleague.id}/diagnostics`).set('Authorization', teacher)).status).toBe(404);
  });

  it('an account without a staff record is told so', async () => {
    const unlinked = `Bearer ${accessTokenFor(t, await world.build.user(Role.TEACHER, { organization: world.o1 }))}`;
    const response = await t.http.get('/api/v1/self-assessment/mine').set('Authorization', unlinked);
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('Учётная запись не связана с карточкой педагога');
  });
});
