import { AuditLogEntry } from '@sopr/server-core';
import { IDENTITY_ENTITIES } from '@sopr/server-identity';
import { ORG_STRUCTURE_ENTITIES } from '@sopr/server-org-structure';
import { STAFF_ENTITIES } from '@sopr/server-staff';
import { DIAGNOSTICS_ENTITIES } from '@sopr/server-diagnostics';
import { INDICATORS_ENTITIES } from '@sopr/server-indicators';

/** Every entity of every module: the one list the data source and the migration check use. */
export const ALL_ENTITIES = [AuditLogEntry, ...ORG_STRUCTURE_ENTITIES, ...IDENTITY_ENTITIES, ...STAFF_ENTITIES, ...DIAGNOSTICS_ENTITIES, ...INDICATORS_ENTITIES];
