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
  STAFF_READ: 'staff.read',
  STAFF_WRITE: 'staff.write',
  /** The full SNILS; every read is audited. */
  STAFF_SNILS_READ: 'staff.snilsRead',
  /** Contacts of a staff card (a teacher on his own card). */
  STAFF_CONTACTS_EDIT: 'staff.contactsEdit',
  EVENT_READ: 'event.read',
  /** Create, change and delete events at the caller's place and below; add and remove participants. */
  EVENT_WRITE: 'event.write',
  /** Procedures, results and deficits of the caller's scope; the competence framework; a staff member's diagnostics. */
  DIAGNOSTICS_READ: 'diagnostics.read',
  /** Procedures of the caller's level and results of the caller's staff. */
  DIAGNOSTICS_WRITE: 'diagnostics.write',
  /** Drafts and publication of the competence framework. */
  COMPETENCE_FRAMEWORK_WRITE: 'competenceFramework.write',
  /** The bank of difficulties (aggregated deficits). */
  DIFFICULTY_BANK_READ: 'difficultyBank.read',
  /** A teacher's own self-diagnostics questionnaire. */
  SELF_ASSESSMENT: 'selfAssessment',
  /** Monitoring runs and their values (a school: its own). */
  MONITORING_READ: 'monitoring.read',
  /** Start a monitoring run. */
  MONITORING_RUN: 'monitoring.run',
  /** Yearly targets of indicators. */
  TARGETS_WRITE: 'targets.write',
  /** Recommendations within scope; the addressee moves them along. */
  RECOMMENDATIONS: 'recommendations',
} as const;

export type PermissionName = (typeof Permission)[keyof typeof Permission];

/** True when every one of `required` is among `granted`. */
export function hasAll(granted: readonly string[], required: readonly PermissionName[]): boolean {
  return required.every((permission) => granted.includes(permission));
}

/**
 * True for accounts that see only their own staff record (a teacher): they may edit the contacts
 * of a card but not write staff records. Derived from permissions, like the rest of the navigation.
 */
export function readsOwnStaffRecordOnly(granted: readonly string[]): boolean {
  return hasAll(granted, [Permission.STAFF_READ, Permission.STAFF_CONTACTS_EDIT]) && !granted.includes(Permission.STAFF_WRITE);
}
