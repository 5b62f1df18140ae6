import { Role } from '@sopr/shared';

/** Who makes a request: a user or an API key, with the role and the place in the hierarchy. */
export interface Actor {
  kind: 'user' | 'apiKey';
  id: string;
  role: Role;
  regionId: string | null;
  municipalityId: string | null;
  organizationId: string | null;
  /** The staff record of a teacher account (own-record relation); null until the staff registry links it. */
  staffMemberId: string | null;
  ip: string;
}

/** Where a record sits in the hierarchy: what the scope rules compare against. */
export interface Placement {
  regionId: string | null;
  municipalityId: string | null;
  organizationId: string | null;
}
