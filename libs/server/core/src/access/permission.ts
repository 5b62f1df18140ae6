import { Role } from '@sopr/shared';

/** Permissions are what a role may do at all; the scope filter decides on which records. */
export enum Permission {
  REGION_READ = 'region.read',
  REGION_WRITE = 'region.write',
  MUNICIPALITY_READ = 'municipality.read',
  MUNICIPALITY_WRITE = 'municipality.write',
  ORGANIZATION_READ = 'organization.read',
  ORGANIZATION_WRITE = 'organization.write',
  USER_READ = 'user.read',
  USER_WRITE = 'user.write',
  API_KEY_MANAGE = 'apiKey.manage',
  AUDIT_READ = 'audit.read',
  QUEUE_ADMIN = 'queue.admin',
  STAFF_READ = 'staff.read',
  STAFF_WRITE = 'staff.write',
  /** Full SNILS; every read is audited. */
  STAFF_SNILS_READ = 'staff.snilsRead',
  /** The fields a teacher may edit in his own record (contacts). */
  STAFF_CONTACTS_EDIT = 'staff.contactsEdit',
  /** Bulk upsert by external id (regional portals). */
  STAFF_BATCH_WRITE = 'staff.batchWrite',
  EVENT_READ = 'event.read',
  /** Events at the caller's level, and participation of the caller's staff. */
  EVENT_WRITE = 'event.write',
  /** Procedures, results, deficits of the caller's scope; the competence framework. */
  DIAGNOSTICS_READ = 'diagnostics.read',
  /** Procedures of the caller's level and results of the caller's staff. */
  DIAGNOSTICS_WRITE = 'diagnostics.write',
  /** Bulk upsert of results (regional portals). */
  DIAGNOSTICS_BATCH_WRITE = 'diagnostics.batchWrite',
  /** Drafts and publication of the competence framework of the caller's region. */
  COMPETENCE_FRAMEWORK_WRITE = 'competenceFramework.write',
  /** The bank of difficulties: aggregates of deficits over a school or a municipality. */
  DIFFICULTY_BANK_READ = 'difficultyBank.read',
  /** A teacher's own self-diagnostics questionnaire. */
  SELF_ASSESSMENT = 'selfAssessment',
  /** Monitoring runs and their values within the caller's scope (a school: its own values only). */
  MONITORING_READ = 'monitoring.read',
  /** Start a monitoring run of a municipality in scope. */
  MONITORING_RUN = 'monitoring.run',
  /** Set the yearly targets of indicators for the caller's municipality or region. */
  TARGETS_WRITE = 'targets.write',
  /** Recommendations within scope; their addressee moves them along. */
  RECOMMENDATIONS = 'recommendations',
}

const HIERARCHY_READ = [Permission.REGION_READ, Permission.MUNICIPALITY_READ, Permission.ORGANIZATION_READ, Permission.EVENT_READ, Permission.DIAGNOSTICS_READ];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.SYSTEM_ADMIN]: Object.values(Permission),
  [Role.REGIONAL_ADMIN]: [
    ...HIERARCHY_READ,
    Permission.MUNICIPALITY_WRITE,
    Permission.ORGANIZATION_WRITE,
    Permission.USER_READ,
    Permission.USER_WRITE,
    Permission.API_KEY_MANAGE,
    Permission.AUDIT_READ,
    Permission.STAFF_READ,
    Permission.STAFF_SNILS_READ,
    Permission.EVENT_WRITE,
    Permission.DIAGNOSTICS_WRITE,
    Permission.COMPETENCE_FRAMEWORK_WRITE,
    Permission.DIFFICULTY_BANK_READ,
    Permission.MONITORING_READ,
    Permission.MONITORING_RUN,
    Permission.TARGETS_WRITE,
    Permission.RECOMMENDATIONS,
  ],
  [Role.MUNICIPAL_ADMIN]: [
    ...HIERARCHY_READ,
    Permission.ORGANIZATION_WRITE,
    Permission.USER_READ,
    Permission.USER_WRITE,
    Permission.API_KEY_MANAGE,
    Permission.AUDIT_READ,
    Permission.STAFF_READ,
    Permission.STAFF_SNILS_READ,
    Permission.EVENT_WRITE,
    Permission.DIFFICULTY_BANK_READ,
    Permission.MONITORING_READ,
    Permission.MONITORING_RUN,
    Permission.TARGETS_WRITE,
    Permission.RECOMMENDATIONS,
  ],
  [Role.MUNICIPAL_METHODIST]: [
    ...HIERARCHY_READ,
    Permission.USER_READ,
    Permission.STAFF_READ,
    Permission.EVENT_WRITE,
    Permission.DIAGNOSTICS_WRITE,
    Permission.DIFFICULTY_BANK_READ,
    Permission.MONITORING_READ,
    Permission.MONITORING_RUN,
    Permission.RECOMMENDATIONS,
  ],
  [Role.SCHOOL_ADMIN]: [
    ...HIERARCHY_READ,
    Permission.USER_READ,
    Permission.USER_WRITE,
    Permission.AUDIT_READ,
    Permission.STAFF_READ,
    Permission.STAFF_WRITE,
    Permission.STAFF_SNILS_READ,
    Permission.STAFF_CONTACTS_EDIT,
    Permission.EVENT_WRITE,
    Permission.DIAGNOSTICS_WRITE,
    Permission.DIFFICULTY_BANK_READ,
    Permission.MONITORING_READ,
    Permission.RECOMMENDATIONS,
  ],
  [Role.TEACHER]: [...HIERARCHY_READ, Permission.STAFF_READ, Permission.STAFF_CONTACTS_EDIT, Permission.SELF_ASSESSMENT, Permission.RECOMMENDATIONS],
  [Role.INTEGRATION]: [...HIERARCHY_READ, Permission.STAFF_READ, Permission.STAFF_BATCH_WRITE, Permission.DIAGNOSTICS_BATCH_WRITE, Permission.MONITORING_READ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Rank for "nobody creates a user above their own role". Integration accounts are API keys,
 * never users, so they have no rank among users.
 */
export const ROLE_RANK: Record<Role, number> = {
  [Role.TEACHER]: 10,
  [Role.SCHOOL_ADMIN]: 20,
  [Role.MUNICIPAL_METHODIST]: 30,
  [Role.MUNICIPAL_ADMIN]: 40,
  [Role.REGIONAL_ADMIN]: 50,
  [Role.INTEGRATION]: 0,
  [Role.SYSTEM_ADMIN]: 100,
};
