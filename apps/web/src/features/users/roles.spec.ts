import { Role } from '@sopr/shared';
import { assignableRoles, defaultPlacement, mayManageRole, placementField, placementKind, roleRank, roleTitle } from './roles';

describe('roleRank', () => {
  it('orders roles TEACHER < SCHOOL_ADMIN < MUNICIPAL_METHODIST < MUNICIPAL_ADMIN < REGIONAL_ADMIN < SYSTEM_ADMIN', () => {
    const ordered = [Role.TEACHER, Role.SCHOOL_ADMIN, Role.MUNICIPAL_METHODIST, Role.MUNICIPAL_ADMIN, Role.REGIONAL_ADMIN, Role.SYSTEM_ADMIN];
    const ranks = ordered.map(roleRank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('gives integration and unknown roles no rank', () => {
    expect(roleRank(Role.INTEGRATION)).toBe(-1);
    expect(roleRank('NOPE')).toBe(-1);
  });
});

describe('assignableRoles', () => {
  it('lets a teacher assign nothing above a teacher', () => {
    expect(assignableRoles(Role.TEACHER)).toEqual([Role.TEACHER]);
  });

  it('lets a school admin create teachers and school admins', () => {
    expect(assignableRoles(Role.SCHOOL_ADMIN)).toEqual([Role.TEACHER, Role.SCHOOL_ADMIN]);
  });

  it('lets a municipal admin create roles up to its own', () => {
    expect(assignableRoles(Role.MUNICIPAL_ADMIN)).toEqual([Role.TEACHER, Role.SCHOOL_ADMIN, Role.MUNICIPAL_METHODIST, Role.MUNICIPAL_ADMIN]);
  });

  it('lets a system admin create every user role but never integration', () => {
    const roles = assignableRoles(Role.SYSTEM_ADMIN);
    expect(roles).toHaveLength(6);
    expect(roles).not.toContain(Role.INTEGRATION);
  });

  it('gives integration accounts nothing', () => {
    expect(assignableRoles(Role.INTEGRATION)).toEqual([]);
  });
});

describe('mayManageRole', () => {
  it('allows equal and lower roles only', () => {
    expect(mayManageRole(Role.SCHOOL_ADMIN, Role.TEACHER)).toBe(true);
    expect(mayManageRole(Role.SCHOOL_ADMIN, Role.SCHOOL_ADMIN)).toBe(true);
    expect(mayManageRole(Role.SCHOOL_ADMIN, Role.MUNICIPAL_ADMIN)).toBe(false);
    expect(mayManageRole(Role.INTEGRATION, Role.TEACHER)).toBe(false);
  });
});

describe('placement', () => {
  it('binds each role to the level of its scope', () => {
    expect(placementKind(Role.SYSTEM_ADMIN)).toBe('none');
    expect(placementKind(Role.REGIONAL_ADMIN)).toBe('region');
    expect(placementKind(Role.MUNICIPAL_ADMIN)).toBe('municipality');
    expect(placementKind(Role.MUNICIPAL_METHODIST)).toBe('municipality');
    expect(placementKind(Role.SCHOOL_ADMIN)).toBe('organization');
    expect(placementKind(Role.TEACHER)).toBe('organization');
    expect(placementField(Role.TEACHER)).toBe('organizationId');
    expect(placementField(Role.SYSTEM_ADMIN)).toBeNull();
  });

  it("pre-selects the creator's own place at the needed level", () => {
    const own = { regionId: 'r1', municipalityId: 'm1', organizationId: null };
    expect(defaultPlacement(Role.MUNICIPAL_METHODIST, own)).toBe('m1');
    expect(defaultPlacement(Role.REGIONAL_ADMIN, own)).toBe('r1');
    expect(defaultPlacement(Role.TEACHER, own)).toBeUndefined();
    expect(defaultPlacement(Role.SYSTEM_ADMIN, own)).toBeUndefined();
  });
});

describe('roleTitle', () => {
  it('gives the Russian title, or the code for an unknown role', () => {
    expect(roleTitle('TEACHER')).toBe('Педагог');
    expect(roleTitle('X')).toBe('X');
  });
});
