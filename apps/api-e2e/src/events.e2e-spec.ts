import { Role } from '@sopr/shared';
import { accessTokenFor } from './support/auth';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld } from './support/world';

describe('events and participation', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  let methodist: string;
  let school: string;
  let teacherToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    methodist = `Bearer ${accessTokenFor(t, await world.build.user(Role.MUNICIPAL_METHODIST, { municipality: world.m1 }))}`;
    school = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o1 }))}`;
    const own = await world.build.staffMember(world.o1, { lastName: 'Своя' });
    const teacher = await world.build.user(Role.TEACHER, { organization: world.o1 });
    teacher.staffMemberId = own.id;
    teacherToken = `Bearer ${accessTokenFor(t, teacher)}`;
  });
  afterAll(() => t.close());

  it('a municipal event is seen by the schools below; a school cannot change it', async () => {
    const created = await t.http.post('/api/v1/events').set('Authorization', methodist).send({
      name: 'ПрофСреда: смысловое чтение', series: 'ПрофСреда', kind: 'SEMINAR', level: 'MUNICIPAL', startsOn: '2026-10-15', owner: 'MUNICIPALITY', ownerId: world.m1.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ regionId: world.r1.id, municipalityId: world.m1.id, organizationId: null });
    const list = await t.http.get('/api/v1/events?series=ПрофСреда').set('Authorization', school);
    expect(list.body.items.map((e: { id: string }) => e.id)).toContain(created.body.id);
    expect((await t.http.patch(`/api/v1/events/${created.body.id}`).set('Authorization', school).send({ name: 'Чужое' })).status).toBe(404);
    expect((await t.http.post('/api/v1/events').set('Authorization', school).send({ name: 'Районное', kind: 'SEMINAR', level: 'MUNICIPAL', startsOn: '2026-10-15', owner: 'MUNICIPALITY', ownerId: world.m1.id })).status).toBe(404);
    const bad = await t.http.post('/api/v1/events').set('Authorization', methodist).send({ name: 'X', kind: 'SEMINAR', level: 'MUNICIPAL', startsOn: '2026-10-15', endsOn: '2026-10-01', owner: 'MUNICIPALITY', ownerId: world.m1.id });
    expect(bad.body.errors).toEqual([{ field: 'endsOn', message: 'Дата окончания раньше даты начала' }]);
  });

  it('each school records and sees only its own staff in a shared event; a teacher sees his own', async () => {
    const event = await world.build.event({ region: world.r1 }, { name: 'Региональный конкурс «Педагогический дебют»', kind: 'YOUNG_TEACHERS_PROJECT_CONTEST' as never, level: 'REGIONAL' as never });
    const mine = await world.build.staffMember(world.o1, { lastName: 'Молодая' });
    const other = await world.build.staffMember(world.o2, { lastName: 'Соседняя' });
    await world.build.participation(event, other, 'WINNER');
    const added = await t.http.post(`/api/v1/events/${event.id}/participants`).set('Authorization', school).send({ staffMemberId: mine.id, role: 'PARTICIPANT' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ eventName: 'Региональный конкурс «Педагогический дебют»', staffName: 'Молодая Мария Ивановна', role: 'PARTICIPANT' });
    expect((await t.http.post(`/api/v1/events/${event.id}/participants`).set('Authorization', school).send({ staffMemberId: mine.id, role: 'PARTICIPANT' })).status).toBe(409);
    expect((await t.http.post(`/api/v1/events/${event.id}/participants`).set('Authorization', school).send({ staffMemberId: other.id, role: 'PARTICIPANT' })).status).toBe(404);
    const seenBySchool = await t.http.get(`/api/v1/events/${event.id}/participants`).set('Authorization', school);
    expect(seenBySchool.body.map((p: { staffName: string }) => p.staffName)).toEqual(['Молодая Мария Ивановна']);
    const seenByMunicipality = await t.http.get(`/api/v1/events/${event.id}/participants`).set('Authorization', methodist);
    expect(seenByMunicipality.body.map((p: { staffName: string }) => p.staffName).sort()).toEqual(['Молодая Мария Ивановна', 'Соседняя Мария Ивановна']);
    expect((await t.http.get(`/api/v1/staff/${mine.id}/events`).set('Authorization', school)).body).toHaveLength(1);
    expect((await t.http.get(`/api/v1/events/${event.id}/participants`).set('Authorization', teacherToken)).body).toEqual([]);
    expect((await t.http.delete(`/api/v1/events/${event.id}/participants/${added.body.id}`).set('Authorization', school)).status).toBe(204);
  });
});
