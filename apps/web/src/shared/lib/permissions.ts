/** Permission strings of MeDto.permissions (the server's ROLE_PERMISSIONS decide who has which). */
export const Permission = {
  REGION_READ: 'region.read',
  REGION_WRITE: 'region.write',
  MUNICIPALITY_READ: 'municipality.read',
  MUNICIPALITY_WRITE: 'municipality.write',
  ORGANIZATION_READ: 'organization.read',
  ORGANIZATION_WRITE: 'organization.write',
  USER_READ: 'user.read',
  USER_WRITE: 'user.write',
  API_KEY_MANAGE: 'apiKey.manage',
  AUDIT_READ: 'audit.read',
  QUEUE_ADMIN: 'queue.admin',
} as const;

export type PermissionName = (typeof Permission)[keyof typeof Permission];

/** True when every one of `required` is among `granted`. */
export function hasAll(granted: readonly string[], required: readonly PermissionName[]): boolean {
  return required.every((permission) => granted.includes(permission));
}
