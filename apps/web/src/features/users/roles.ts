import { Role, ROLE_SCOPE_LEVEL, ROLE_TITLES, ScopeLevel } from '@sopr/shared';

/** A role of a user account: every role but INTEGRATION, which belongs to API keys only. */
export type UserRoleName = Exclude<Role, Role.INTEGRATION>;

/** Roles that can sign in to the UI, lowest first. */
export const USER_ROLES: readonly UserRoleName[] = [
  Role.TEACHER,
  Role.SCHOOL_ADMIN,
  Role.MUNICIPAL_METHODIST,
  Role.MUNICIPAL_ADMIN,
  Role.REGIONAL_ADMIN,
  Role.SYSTEM_ADMIN,
];

/** Rank of a role among users; nobody creates or edits a user above their own rank. */
export function roleRank(role: string): number {
  const index = USER_ROLES.indexOf(role as UserRoleName);
  return index === -1 ? -1 : index + 1;
}

/** The roles an account of `actorRole` may give to a new user: its own and the lower ones. */
export function assignableRoles(actorRole: string): UserRoleName[] {
  const rank = roleRank(actorRole);
  if (rank <= 0) return [];
  return USER_ROLES.filter((role) => roleRank(role) <= rank);
}

/** May `actorRole` change an account that has `targetRole`? */
export function mayManageRole(actorRole: string, targetRole: string): boolean {
  const actor = roleRank(actorRole);
  return actor > 0 && roleRank(targetRole) <= actor;
}

export function roleTitle(role: string): string {
  return ROLE_TITLES[role as Role] ?? role;
}

/** Which place the new user of this role is bound to; decides the placement selector of the form. */
export type PlacementKind = 'none' | 'region' | 'municipality' | 'organization';

export function placementKind(role: string): PlacementKind {
  switch (ROLE_SCOPE_LEVEL[role as Role]) {
    case ScopeLevel.REGION:
      return 'region';
    case ScopeLevel.MUNICIPALITY:
      return 'municipality';
    case ScopeLevel.ORGANIZATION:
      return 'organization';
    default:
      return 'none';
  }
}

export interface Place {
  regionId: string | null;
  municipalityId: string | null;
  organizationId: string | null;
}

/** The field of CreateUserDto that carries the placement of this role. */
export function placementField(role: string): 'regionId' | 'municipalityId' | 'organizationId' | null {
  const kind = placementKind(role);
  return kind === 'none' ? null : (`${kind}Id` as const);
}

/** Pre-selects the creator's own place at the level the chosen role needs, when the creator has one. */
export function defaultPlacement(role: string, own: Place): string | undefined {
  const field = placementField(role);
  if (!field) return undefined;
  return own[field] ?? undefined;
}
