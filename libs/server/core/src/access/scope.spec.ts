import { Role } from '@sopr/shared';
import { Actor } from './actor';
import { isPlacementInScope, scopeCondition } from './scope';

const R1 = 'r1', M1 = 'm1', M2 = 'm2', O1 = 'o1', O2 = 'o2';

function actor(role: Role, place: Partial<Actor> = {}): Actor {
  return { kind: 'user', id: 'u1', role, regionId: R1, municipalityId: M1, organizationId: O1, staffMemberId: null, ip: '127.0.0.1', ...place };
}

const ORG_COLUMNS = { region: 'regionId', municipality: 'municipalityId', organization: 'id' };
const USER_COLUMNS = { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId', selfUser: 'id' };

describe('scopeCondition', () => {
  it('lets a system admin see everything', () => {
    expect(scopeCondition(actor(Role.SYSTEM_ADMIN), ORG_COLUMNS)).toBeNull();
  });

  it('binds each role to its own level of the hierarchy', () => {
    expect(scopeCondition(actor(Role.REGIONAL_ADMIN, { municipalityId: null, organizationId: null }), ORG_COLUMNS)).toEqual({ property: 'regionId', value: R1 });
    expect(scopeCondition(actor(Role.MUNICIPAL_METHODIST, { organizationId: null }), ORG_COLUMNS)).toEqual({ property: 'municipalityId', value: M1 });
    expect(scopeCondition(actor(Role.SCHOOL_ADMIN), ORG_COLUMNS)).toEqual({ property: 'id', value: O1 });
  });

  it('shows ancestors: a school admin reads its municipality through the municipality column', () => {
    expect(scopeCondition(actor(Role.SCHOOL_ADMIN), { region: 'regionId', municipality: 'id' })).toEqual({ property: 'id', value: M1 });
  });

  it('restricts a teacher to his own rows where the entity has an owner', () => {
    expect(scopeCondition(actor(Role.TEACHER), USER_COLUMNS)).toEqual({ property: 'id', value: 'u1' });
    expect(scopeCondition(actor(Role.TEACHER), ORG_COLUMNS)).toEqual({ property: 'id', value: O1 });
  });

  it('binds a municipal integration key to its municipality', () => {
    const key = actor(Role.INTEGRATION, { kind: 'apiKey', organizationId: null });
    expect(scopeCondition(key, ORG_COLUMNS)).toEqual({ property: 'municipalityId', value: M1 });
    expect(scopeCondition({ ...key, municipalityId: null }, ORG_COLUMNS)).toEqual({ property: 'regionId', value: R1 });
  });
});

describe('isPlacementInScope', () => {
  it('refuses another organization, municipality and region', () => {
    const schoolAdmin = actor(Role.SCHOOL_ADMIN);
    expect(isPlacementInScope(schoolAdmin, { regionId: R1, municipalityId: M1, organizationId: O1 })).toBe(true);
    expect(isPlacementInScope(schoolAdmin, { regionId: R1, municipalityId: M1, organizationId: O2 })).toBe(false);
    const municipal = actor(Role.MUNICIPAL_ADMIN, { organizationId: null });
    expect(isPlacementInScope(municipal, { regionId: R1, municipalityId: M1, organizationId: O2 })).toBe(true);
    expect(isPlacementInScope(municipal, { regionId: R1, municipalityId: M2, organizationId: null })).toBe(false);
    const regional = actor(Role.REGIONAL_ADMIN, { municipalityId: null, organizationId: null });
    expect(isPlacementInScope(regional, { regionId: R1, municipalityId: M2, organizationId: null })).toBe(true);
    expect(isPlacementInScope(regional, { regionId: 'r2', municipalityId: null, organizationId: null })).toBe(false);
  });
});
