import { Role, ROLE_SCOPE_LEVEL, ScopeLevel } from '@sopr/shared';
import { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '../errors/app-error';
import { Actor, Placement } from './actor';

/**
 * The columns of an entity (property names) that place it in the hierarchy. `selfUser` marks the
 * column that holds an account id: a teacher sees only the rows where it is his own.
 */
export interface ScopeColumns {
  region: string;
  municipality?: string;
  organization?: string;
  selfUser?: string;
  /** Holds a staff member id: a teacher sees only his own staff record and what hangs off it. */
  selfStaff?: string;
  /**
   * Catalogue rows placed at some level and shared downward (a regional event is seen by every
   * school of the region; a school's event only by that school and the levels above it).
   */
  sharedDownward?: boolean;
}

/** The placement columns of a record that belongs to one staff member (training, result, deficit…). */
export const STAFF_RECORD_SCOPE: ScopeColumns = { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId', selfStaff: 'staffMemberId' };

interface Condition {
  property: string;
  value: string | null;
}

/**
 * The one scope rule: an actor sees the rows at or below its place in the hierarchy, and the
 * ancestors of its place (a school admin may read its own municipality and region). A teacher
 * additionally sees only his own rows where the entity has an owner column.
 */
export function scopeCondition(actor: Actor, columns: ScopeColumns): Condition | null {
  const level = ROLE_SCOPE_LEVEL[actor.role];
  if (level === ScopeLevel.ALL) return null;
  if (actor.role === Role.TEACHER && columns.selfUser) {
    return { property: columns.selfUser, value: actor.kind === 'user' ? actor.id : null };
  }
  if (actor.role === Role.TEACHER && columns.selfStaff) {
    return { property: columns.selfStaff, value: actor.staffMemberId };
  }
  if (level === ScopeLevel.ORGANIZATION && columns.organization) {
    return { property: columns.organization, value: actor.organizationId };
  }
  if ((level === ScopeLevel.ORGANIZATION || level === ScopeLevel.MUNICIPALITY) && columns.municipality) {
    return { property: columns.municipality, value: actor.municipalityId };
  }
  if (actor.municipalityId && columns.municipality && actor.role === Role.INTEGRATION) {
    // An integration key may be bound to one municipality of its region.
    return { property: columns.municipality, value: actor.municipalityId };
  }
  return { property: columns.region, value: actor.regionId };
}

/** Adds the scope condition to a query. A misconfigured actor (null place) sees nothing. */
export function applyScope<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, actor: Actor, columns: ScopeColumns): SelectQueryBuilder<E> {
  if (columns.sharedDownward) return applySharedDownwardScope(query, actor, columns);
  const condition = scopeCondition(actor, columns);
  if (!condition) return query;
  if (condition.value === null) return query.andWhere('1 = 0');
  return query.andWhere(`${query.alias}.${condition.property} = :scope_value`, { scope_value: condition.value });
}

function applySharedDownwardScope<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, actor: Actor, columns: ScopeColumns): SelectQueryBuilder<E> {
  const level = ROLE_SCOPE_LEVEL[actor.role];
  if (level === ScopeLevel.ALL) return query;
  const a = query.alias;
  const m = `${a}.${columns.municipality}`;
  const o = `${a}.${columns.organization}`;
  query.andWhere(`${a}.${columns.region} = :scope_region`, { scope_region: actor.regionId });
  const municipality = actor.municipalityId;
  if (level === ScopeLevel.REGION && !municipality) return query;
  query.andWhere(`(${m} IS NULL OR ${m} = :scope_municipality)`, { scope_municipality: municipality });
  // Records without an organization column live at municipality level or above: a school sees its municipality's.
  if (level !== ScopeLevel.ORGANIZATION || !columns.organization) return query;
  return query.andWhere(`(${o} IS NULL OR ${o} = :scope_organization)`, { scope_organization: actor.organizationId });
}

/** Is a placement (e.g. the parent of a record about to be created) inside the actor's scope? */
export function isPlacementInScope(actor: Actor, placement: Placement): boolean {
  const level = ROLE_SCOPE_LEVEL[actor.role];
  if (level === ScopeLevel.ALL) return true;
  if (placement.regionId === null || placement.regionId !== actor.regionId) return false;
  if (level === ScopeLevel.REGION) {
    return actor.municipalityId === null || placement.municipalityId === actor.municipalityId;
  }
  if (placement.municipalityId !== actor.municipalityId) return false;
  if (level === ScopeLevel.MUNICIPALITY) return true;
  return placement.organizationId === actor.organizationId;
}

/** Throws 404, exactly like a missing record, when the placement is outside the actor's scope. */
export function assertPlacementInScope(actor: Actor, placement: Placement, message?: string): void {
  if (!isPlacementInScope(actor, placement)) throw new NotFoundError(message);
}

/**
 * Tenant rows are read only through this: every read takes the actor, so an unscoped read of a
 * tenant table cannot be written by accident.
 */
export class ScopedRepository<E extends ObjectLiteral> {
  constructor(
    readonly repository: Repository<E>,
    private readonly columns: ScopeColumns,
    private readonly notFoundMessage = 'Запись не найдена',
  ) {}

  query(actor: Actor, alias = 'e'): SelectQueryBuilder<E> {
    return applyScope(this.repository.createQueryBuilder(alias), actor, this.columns);
  }

  async findOne(actor: Actor, id: string): Promise<E> {
    const entity = await this.query(actor).andWhere('e.id = :id', { id }).getOne();
    if (!entity) throw new NotFoundError(this.notFoundMessage);
    return entity;
  }
}
