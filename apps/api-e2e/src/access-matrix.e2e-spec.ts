import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLE_PERMISSIONS, Permission } from '@sopr/server-core';
import { Role } from '@sopr/shared';
import { accessTokenFor } from './support/auth';
import { binaryParser } from './support/binary';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld } from './support/world';

/**
 * Enumerates every operation of the checked-in openapi.json (kept equal to the live spec by the
 * contract test) and proves, for every role, that records of another organization, municipality
 * and region can be neither read nor written: 404 where the role has the permission (exactly like a
 * missing record), 403 where it has none. A new operation fails here until it is classified.
 */
type Level = 'organization' | 'municipality' | 'region' | 'colleague';
/** Levels that are places in the hierarchy (a 'colleague' is a record in the caller's own place). */
const PLACE_LEVELS = ['organization', 'municipality', 'region'] as const;
type Operation = { method: string; path: string; operationId: string; permission: string; parameters?: { name: string; in: string; required?: boolean; schema?: Schema; example?: unknown }[]; requestBody?: { content: Record<string, { schema: Schema }> } };
type Schema = { $ref?: string; type?: string; format?: string; example?: unknown; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[]; allOf?: Schema[] };

const spec = JSON.parse(readFileSync(join(__dirname, '../../../libs/api-client/openapi.json'), 'utf8'));

/** Operations that touch no tenant record: authentication, health, the caller's own session. */
const NOT_TENANT = new Set([
  'login', 'refreshTokens', 'logout', 'getMe', 'changePassword', 'getLiveness', 'getReadiness', 'openQueueBoardSession', 'listSubjects',
  // The questionnaire is a national catalogue; the teacher's own answers are reached through his session, never by id.
  'getSelfAssessmentQuestionnaire', 'getMySelfAssessments', 'saveMySelfAssessment', 'submitMySelfAssessment',
  // The indicator catalogue is the same for everyone.
  'listIndicators', 'getIndicator',
]);

/** Operations that take many records and answer per record. */
const BATCH_OPERATIONS = new Set(['upsertStaffBatch']);

/** Where each role sits (R1 / M1 / O1) and which levels of the world lie outside it: written by hand. */
const OUTSIDE: Record<Exclude<Role, Role.SYSTEM_ADMIN>, Level[]> = {
  [Role.REGIONAL_ADMIN]: ['region'],
  [Role.MUNICIPAL_ADMIN]: ['municipality', 'region'],
  [Role.MUNICIPAL_METHODIST]: ['municipality', 'region'],
  [Role.INTEGRATION]: ['municipality', 'region'],
  [Role.SCHOOL_ADMIN]: ['organization', 'municipality', 'region'],
  // A teacher's own-record access is a relation: even a colleague in the same school is outside.
  [Role.TEACHER]: ['colleague', 'organization', 'municipality', 'region'],
};
const ROLES = Object.keys(OUTSIDE) as (keyof typeof OUTSIDE)[];

const operations: Operation[] = Object.entries(spec.paths as Record<string, Record<string, Omit<Operation, 'method' | 'path'> & { 'x-permission'?: string }>>).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ method, path, operationId: op.operationId, permission: op['x-permission'] ?? 'public', parameters: op.parameters, requestBody: op.requestBody })),
);

function resolve(schema: Schema): Schema {
  if (schema.$ref) return resolve(spec.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf) return schema.allOf.map(resolve).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties }, required: [...(a.required ?? []), ...(b.required ?? [])] }), {});
  return schema;
}

/** A valid value built from the schema's examples (objects and arrays recursively); parent ids are set by the caller. */
function exampleOf(schema: Schema): unknown {
  const resolved = resolve(schema);
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.enum) return resolved.enum[0];
  if (resolved.type === 'array') return [exampleOf((resolved as { items: Schema }).items)];
  if (resolved.type === 'object' || resolved.properties) {
    const value: Record<string, unknown> = {};
    for (const name of resolved.required ?? []) value[name] = exampleOf(resolved.properties![name]);
    return value;
  }
  return resolved.format === 'uuid' ? randomUUID() : resolved.type === 'boolean' ? true : resolved.type === 'integer' || resolved.type === 'number' ? 1 : 'Пример';
}

/** The operation's required query parameters with example values, so a call is valid but for its target. */
function requiredQuery(op: Operation): string {
  const params = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required);
  return params.length === 0 ? '' : `?${params.map((p) => `${p.name}=${encodeURIComponent(String(p.example ?? exampleOf(p.schema ?? {})))}`).join('&')}`;
}

function exampleBody(op: Operation): Record<string, unknown> {
  const schema = op.requestBody?.content['application/json']?.schema;
  return schema ? (exampleOf(schema) as Record<string, unknown>) : {};
}

/** Every cell value of every sheet, as text. */
async function xlsxCells(buffer: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells;
}

function resourceOf(path: string): string {
  const rest = path.replace('/api/v1/', '');
  return rest.startsWith('staff/imports') ? 'staff/imports' : rest.split('/')[0];
}

describe('access matrix', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  const auth: Record<string, [string, string]> = {};
  /** Foreign records by resource and level: what each role must not reach. */
  const foreign: Record<string, Partial<Record<Level, string>>> = {};
  /** Ids of nested path parameters ({trainingId}) belonging to each foreign record. */
  const nested: Record<string, Partial<Record<Level, Record<string, string>>>> = {};
  /** Parent ids a create body may name, by level. */
  const foreignParents: Record<(typeof PLACE_LEVELS)[number], Record<string, string>> = {} as never;
  // Every tenant table (api keys without their own last-used stamp) and the audit count.
  const snapshot = async () => JSON.stringify(await t.db.query(`SELECT (SELECT json_agg(ev ORDER BY id) FROM event ev) AS ev, (SELECT json_agg(ep ORDER BY id) FROM event_participation ep) AS ep, (SELECT json_agg(s ORDER BY id) FROM staff_member s) AS s, (SELECT json_agg(tr ORDER BY id) FROM training_record tr) AS tr, (SELECT json_agg(r ORDER BY id) FROM region r) AS r, (SELECT json_agg(m ORDER BY id) FROM municipality m) AS m, (SELECT json_agg(o ORDER BY id) FROM organization o) AS o, (SELECT json_agg(u.* ORDER BY id) FROM app_user u) AS u, (SELECT json_agg(json_build_object('id', id, 'name', name, 'revoked_at', revoked_at, 'region_id', region_id, 'municipality_id', municipality_id) ORDER BY id) FROM api_key) AS k, (SELECT json_agg(json_build_object('id', id, 'status', status, 'file', (SELECT count(*) FROM staff_import_file f WHERE f.import_id = si.id)) ORDER BY id) FROM staff_import si) AS si, (SELECT json_agg(f ORDER BY id) FROM competence_framework f) AS cf, (SELECT count(*) FROM competence) AS c, (SELECT json_agg(p ORDER BY id) FROM diagnostic_procedure p) AS dp, (SELECT json_agg(dr ORDER BY id) FROM diagnostic_result dr) AS dr, (SELECT json_agg(json_build_object('id', id, 'status', status, 'mapping', mapping, 'file', (SELECT count(*) FROM result_import_file f WHERE f.import_id = ri.id)) ORDER BY id) FROM result_import ri) AS ri, (SELECT json_agg(json_build_object('id', id, 'status', status, 'closed_on', closed_on) ORDER BY id) FROM deficit) AS d, (SELECT json_agg(mr ORDER BY id) FROM monitoring_run mr) AS mr, (SELECT count(*) FROM monitoring_value) AS mv, (SELECT json_agg(it ORDER BY id) FROM indicator_target it) AS it, (SELECT json_agg(ms ORDER BY municipality_id) FROM monitoring_schedule ms) AS ms, (SELECT json_agg(json_build_object('id', id, 'status', status) ORDER BY id) FROM recommendation) AS rec, (SELECT count(*) FROM audit_log) AS a`));

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    const { build, r1, r2, m1, m2, m3, o1, o2, o3, o4 } = world;
    const place: Record<Role, Parameters<Builder['user']>[1]> = {
      [Role.SYSTEM_ADMIN]: {}, [Role.REGIONAL_ADMIN]: { region: r1 }, [Role.MUNICIPAL_ADMIN]: { municipality: m1 },
      [Role.MUNICIPAL_METHODIST]: { municipality: m1 }, [Role.SCHOOL_ADMIN]: { organization: o1 }, [Role.TEACHER]: { organization: o1 }, [Role.INTEGRATION]: {},
    };
    const ownStaff = await build.staffMember(o1, { lastName: 'Собственная' });
    for (const role of ROLES) {
      if (role === Role.INTEGRATION) {
        auth[role] = ['X-API-Key', (await build.apiKey(r1, m1)).key];
      } else {
        const user = await build.user(role, place[role]);
        if (role === Role.TEACHER) user.staffMemberId = ownStaff.id;
        auth[role] = ['Authorization', `Bearer ${accessTokenFor(t, user)}`];
      }
    }
    await build.training(ownStaff);
    const staffAt = async (level: Level, organization: typeof o1) => {
      const member = await build.staffMember(organization);
      foreign['staff'][level] = member.id;
      nested['staff'][level] = { trainingId: (await build.training(member)).id };
    };
    foreign['staff'] = {};
    nested['staff'] = {};
    foreign['events'] = {};
    nested['events'] = {};
    const eventAt = async (level: Level, place: Parameters<Builder['event']>[0], staffOrganization: typeof o1) => {
      const event = await build.event(place);
      foreign['events'][level] = event.id;
      nested['events'][level] = { participationId: (await build.participation(event, await build.staffMember(staffOrganization))).id };
    };
    await eventAt('organization', { region: r1, organization: o2 }, o2);
    await eventAt('municipality', { region: r1, municipality: m2 }, o3);
    await eventAt('region', { region: r2 }, o4);
    foreign['staff/imports'] = {
      colleague: (await build.staffImport(o1)).id,
      organization: (await build.staffImport(o2)).id,
      municipality: (await build.staffImport(o3)).id,
      region: (await build.staffImport(o4)).id,
    };
    // Diagnostics: procedures of each foreign place with a result below the threshold (so a deficit) of a staff member there.
    foreign['diagnostic-procedures'] = {};
    nested['diagnostic-procedures'] = {};
    const procedureAt = async (level: Level, place: Parameters<Builder['procedure']>[0], staffOrganization: typeof o1) => {
      const procedure = await build.procedure(place);
      const member = await build.staffMember(staffOrganization);
      const result = await build.result(procedure, member, '2026-10-01', { 'PROF.METHODICAL': 10 });
      foreign['diagnostic-procedures'][level] = procedure.id;
      nested['diagnostic-procedures'][level] = { resultId: result.id, staffMemberId: member.id, importId: (await build.resultImport(procedure, staffOrganization)).id };
    };
    await procedureAt('organization', { region: r1, organization: o2 }, o2);
    await procedureAt('municipality', { region: r1, municipality: m2 }, o3);
    await procedureAt('region', { region: r2 }, o4);
    // A deficit of a colleague (what a teacher must not see) under a procedure of his own school.
    await build.result(await build.procedure({ region: r1, organization: o1 }), await build.staffMember(o1), '2026-10-01', { 'PROF.METHODICAL': 10 });
    const foreignDraft: { id: string } = (await t.db.query(`INSERT INTO competence_framework (region_id, version, name, status) VALUES ($1, 1, 'Черновик региона 2', 'DRAFT') RETURNING id`, [r2.id]))[0];
    const foreignCompetence: { id: string } = (await t.db.query(`INSERT INTO competence (framework_id, code, name, area) VALUES ($1, 'R2.ONLY', 'Только региона 2', 'PROFESSIONAL') RETURNING id`, [foreignDraft.id]))[0];
    foreign['competence-frameworks'] = { region: foreignDraft.id };
    nested['competence-frameworks'] = { region: { competenceId: foreignCompetence.id } };
    await staffAt('colleague', o1);
    await staffAt('organization', o2);
    await staffAt('municipality', o3);
    await staffAt('region', o4);
    foreign['regions'] = { region: r2.id };
    foreign['municipalities'] = { municipality: m2.id, region: m3.id };
    foreign['organizations'] = { organization: o2.id, municipality: o3.id, region: o4.id };
    foreign['users'] = {
      organization: (await build.user(Role.TEACHER, { organization: o2 })).id,
      municipality: (await build.user(Role.MUNICIPAL_METHODIST, { municipality: m2 })).id,
      region: (await build.user(Role.SCHOOL_ADMIN, { organization: o4 })).id,
    };
    foreign['api-keys'] = { municipality: (await build.apiKey(r1, m2)).row.id, region: (await build.apiKey(r2)).row.id };
    // A foreign region's run is a region run (with its municipality's run); the own region has one too, seen only at region level.
    foreign['monitoring-runs'] = { municipality: (await build.monitoringRun(m2)).id, region: (await build.regionRun(r2, m3)).id };
    await build.monitoringRun(m1);
    await build.regionRun(r1, m1);
    foreign['monitoring-schedules'] = { municipality: m2.id, region: m3.id };
    foreign['recommendations'] = {
      colleague: (await build.recommendation({ municipality: m1, staff: await build.staffMember(o1) })).id,
      organization: (await build.recommendation({ municipality: m1, organization: o2 })).id,
      municipality: (await build.recommendation({ municipality: m2 })).id,
      region: (await build.recommendation({ municipality: m3 })).id,
    };
    foreign['indicator-targets'] = { municipality: (await build.indicatorTarget({ region: r1, municipality: m2 })).id, region: (await build.indicatorTarget({ region: r2 })).id };
    foreignParents.organization = { organizationId: o2.id, municipalityId: m1.id, regionId: r1.id };
    foreignParents.municipality = { organizationId: o3.id, municipalityId: m2.id, regionId: r1.id };
    foreignParents.region = { organizationId: o4.id, municipalityId: m3.id, regionId: r2.id };
    // Audit entries in every place, so the audit list has foreign rows to leak.
    await t.db.query(
      `INSERT INTO audit_log (actor_kind, actor_role, action, entity, entity_id, region_id, municipality_id, organization_id) VALUES
       ('user','SYSTEM_ADMIN','UPDATE','organization',$1::text,$2::uuid,$3::uuid,$1::uuid), ('user','SYSTEM_ADMIN','UPDATE','organization',$4::text,$5::uuid,$6::uuid,$4::uuid), ('user','SYSTEM_ADMIN','UPDATE','organization',$7::text,$8::uuid,$9::uuid,$7::uuid)`,
      [o2.id, r1.id, m1.id, o3.id, r1.id, m2.id, o4.id, r2.id, m3.id],
    );
  });
  afterAll(() => t.close());

  const call = (role: keyof typeof OUTSIDE, method: string, url: string, body?: object) => {
    const request = (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)[method](url).set(...auth[role]);
    return body ? request.send(body) : request;
  };
  const expected = (role: Role, permission: string) =>
    permission === 'authenticated' || ROLE_PERMISSIONS[role].includes(permission as Permission) ? 404 : 403;

  it('classifies every operation of the contract', () => {
    const unclassified = operations.filter(
      (op) => !NOT_TENANT.has(op.operationId) && !(resourceOf(op.path) in {
        regions: 1, municipalities: 1, organizations: 1, users: 1, 'api-keys': 1, 'audit-log': 1, staff: 1, 'staff/imports': 1, events: 1,
        'competence-frameworks': 1, 'diagnostic-procedures': 1, deficits: 1, 'difficulty-bank': 1, 'difficulty-bank.xlsx': 1,
        'monitoring-runs': 1, 'indicator-targets': 1, 'monitoring-schedules': 1, recommendations: 1,
      }),
    );
    expect(unclassified.map((op) => `${op.method.toUpperCase()} ${op.path}`)).toEqual([]);
    expect(operations.filter((op) => op.permission === 'public').map((op) => op.operationId).sort()).toEqual(['getLiveness', 'getReadiness', 'login', 'logout', 'refreshTokens']);
  });

  const recordOps = operations.filter((op) => op.path.includes('{id}'));
  const collectionReads = operations.filter((op) => !op.path.includes('{id}') && op.method === 'get' && !NOT_TENANT.has(op.operationId));
  const creates = operations.filter((op) => !op.path.includes('{id}') && op.method === 'post' && !NOT_TENANT.has(op.operationId));

  describe.each(ROLES)('%s', (role) => {
    it.each(recordOps.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))('%s: foreign records answer like missing ones', async (_name, op) => {
      const before = await snapshot();
      const resource = resourceOf(op.path);
      const levels = OUTSIDE[role].filter((level) => foreign[resource]?.[level]);
      expect(levels.length).toBeGreaterThan(0);
      for (const level of levels) {
        const params: Record<string, string> = { id: foreign[resource][level]!, ...nested[resource]?.[level] };
        const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name]) + requiredQuery(op);
        const response = await call(role, op.method, url, op.method === 'get' || op.method === 'delete' ? undefined : exampleBody(op));
        expect({ level, status: response.status }).toEqual({ level, status: expected(role, op.permission) });
        // Same answer as for an id that does not exist at all.
        const missing = await call(role, op.method, op.path.replace(/\{\w+\}/g, () => randomUUID()) + requiredQuery(op), op.method === 'get' || op.method === 'delete' ? undefined : exampleBody(op));
        expect(missing.status).toBe(response.status);
        expect(missing.body.code).toBe(response.body.code);
      }
      expect(await snapshot()).toBe(before);
    });

    it.each(collectionReads.map((op) => [`GET ${op.path}`, op] as const))('%s: lists, reports and exports never include foreign records', async (_name, op) => {
      const isXlsx = op.path.endsWith('.xlsx');
      const paged = (op.parameters ?? []).some((p) => p.in === 'query' && p.name === 'limit');
      const request = call(role, 'get', `${op.path}${paged ? '?limit=100' : ''}`);
      const response = isXlsx ? await request.buffer(true).parse(binaryParser) : await request;
      if (expected(role, op.permission) === 403) {
        expect(response.status).toBe(403);
        return;
      }
      expect(response.status).toBe(200);
      const forbiddenIds = new Set(Object.values(foreign).flatMap((byLevel) => OUTSIDE[role].map((level) => byLevel[level]).filter(Boolean)));
      const outsidePlaces = PLACE_LEVELS.filter((level) => OUTSIDE[role].includes(level));
      if (isXlsx) {
        const cells = await xlsxCells(response.body as Buffer);
        expect(cells.length).toBeGreaterThan(0);
        for (const id of [...forbiddenIds, ...outsidePlaces.map((level) => foreignParents[level][`${level}Id`])]) expect(cells).not.toContain(id);
        return;
      }
      // A page, a report's rows, a plain array, the bank's organizations, or a single record.
      const body = response.body;
      const records = (Array.isArray(body) ? body : body.items ?? body.rows ?? body.organizations ?? [body]) as Record<string, string>[];
      expect(Array.isArray(records)).toBe(true);
      for (const item of records) {
        expect(forbiddenIds.has(item['id'])).toBe(false);
        for (const level of outsidePlaces) {
          const column = `${level}Id`;
          expect({ column, value: item[column] }).not.toEqual({ column, value: foreignParents[level][column] });
        }
      }
    });

    it.each(creates.map((op) => [`POST ${op.path}`, op] as const))('%s: nothing can be created under a foreign parent', async (_name, op) => {
      const before = await snapshot();
      const json = op.requestBody?.content['application/json'];
      const PARENTS = ['organizationId', 'municipalityId', 'regionId'];
      // A parent is named in the JSON body, or (file uploads) in the query string.
      const bodyParents = json ? PARENTS.filter((field) => resolve(json.schema).properties?.[field]) : [];
      const queryParents = (op.parameters ?? []).filter((p) => p.in === 'query' && PARENTS.includes(p.name)).map((p) => p.name);
      for (const level of PLACE_LEVELS.filter((l) => OUTSIDE[role].includes(l))) {
        for (const field of [...bodyParents, ...queryParents]) {
          let response;
          if (json) {
            const body = exampleBody(op);
            body[field] = foreignParents[level][field];
            if (op.operationId === 'createUser') body['role'] = field === 'organizationId' ? Role.TEACHER : field === 'municipalityId' ? Role.MUNICIPAL_METHODIST : Role.REGIONAL_ADMIN;
            response = await call(role, 'post', op.path, body);
          } else {
            const file = Buffer.from('СНИЛС;Фамилия\n112-233-445 95;Иванова\n', 'utf8');
            response = await call(role, 'post', `${op.path}?${field}=${foreignParents[level][field]}`).set('Content-Type', 'text/csv').send(file);
          }
          const wanted = op.operationId === 'createUser' && response.status === 403 ? 403 : expected(role, op.permission);
          expect({ level, field, status: response.status }).toEqual({ level, field, status: wanted });
        }
        if (json && resolve(json.schema).properties?.['ownerId']) {
          // The owner names the place: a region, a municipality or an organization.
          for (const [owner, field] of [['ORGANIZATION', 'organizationId'], ['MUNICIPALITY', 'municipalityId'], ['REGION', 'regionId']] as const) {
            const response = await call(role, 'post', op.path, { ...exampleBody(op), owner, ownerId: foreignParents[level][field] });
            expect({ level, owner, status: response.status }).toEqual({ level, owner, status: expected(role, op.permission) });
          }
        } else if (BATCH_OPERATIONS.has(op.operationId)) {
          // A batch answers per record: a record under a foreign place is an error result, nothing is written.
          const item = exampleOf(resolve((resolve(json!.schema).properties!['items'] as { items: Schema }).items ?? {})) as Record<string, unknown>;
          const response = await call(role, 'post', op.path, { items: [{ ...item, organizationId: foreignParents[level].organizationId }] });
          if (expected(role, op.permission) === 403) {
            expect(response.status).toBe(403);
          } else {
            expect(response.status).toBe(200);
            expect(response.body.results.map((r: { status: string }) => r.status)).toEqual(['error']);
          }
        } else if (!json && bodyParents.length + queryParents.length === 0) {
          // A file that names its places in its rows (targets by municipality): refused or reported, never applied.
          const file = Buffer.from(`Код показателя;Год;Цель;Муниципалитет\nYOUNG_SHARE;2026;30;${foreignParents[level].municipalityId}\n`, 'utf8');
          const response = await call(role, 'post', op.path).set('Content-Type', 'text/csv').send(file);
          if (expected(role, op.permission) === 403) expect(response.status).toBe(403);
          else expect({ status: response.status, applied: response.body.applied }).toEqual({ status: 200, applied: false });
        } else if (bodyParents.length + queryParents.length === 0) {
          // Nothing names a place (e.g. a region): the role's permission alone decides.
          const body = exampleBody(op);
          if (op.operationId === 'createRegion') body['code'] = '999';
          const response = await call(role, 'post', op.path, body);
          expect([403, 404]).toContain(response.status);
        }
      }
      expect(await snapshot()).toBe(before);
    });
  });

  it('a system admin reaches every record (the scope that has no outside)', async () => {
    const admin = await world.build.user(Role.SYSTEM_ADMIN);
    const token = `Bearer ${accessTokenFor(t, admin)}`;
    for (const [resource, byLevel] of Object.entries(foreign)) {
      // Resources without a single-record read (api keys, targets) are reached through their lists.
      if (!operations.some((op) => op.method === 'get' && op.path === `/api/v1/${resource}/{id}`)) continue;
      for (const id of Object.values(byLevel)) {
        expect((await t.http.get(`/api/v1/${resource}/${id}`).set('Authorization', token)).status).toBe(200);
      }
    }
  });

  it('a teacher sees exactly his own staff record, and his own trainings', async () => {
    const list = await call(Role.TEACHER, 'get', '/api/v1/staff?limit=100');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Собственная Мария Ивановна']);
    const own = list.body.items[0].id;
    expect((await call(Role.TEACHER, 'get', `/api/v1/staff/${own}`)).status).toBe(200);
    expect((await call(Role.TEACHER, 'get', `/api/v1/staff/${own}/trainings`)).body).toHaveLength(1);
    const contacts = await call(Role.TEACHER, 'patch', `/api/v1/staff/${own}/contacts`, { phone: '+7 912 111-22-33' });
    expect(contacts.status).toBe(200);
    expect(contacts.body.phone).toBe('+7 912 111-22-33');
    expect((await call(Role.TEACHER, 'patch', `/api/v1/staff/${own}`, { lastName: 'Другая' })).status).toBe(403);
    // A colleague's deficit in the same school stays hidden.
    expect((await t.db.query(`SELECT count(*) FROM deficit WHERE organization_id = $1`, [world.o1.id]))[0].count).toBe('1');
    expect((await call(Role.TEACHER, 'get', '/api/v1/deficits')).body.items).toEqual([]);
  });
});
