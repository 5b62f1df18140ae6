import type { CreateEventDto, CreateEventDtoOwner, EventDto, MeDto, UpdateEventDto } from '@sopr/api-client';
import { EVENT_KIND_TITLES, EVENT_LEVEL_TITLES, EventKind, EventLevel, PARTICIPATION_ROLE_TITLES, ParticipationRole } from '@sopr/shared';
import dayjs, { Dayjs } from 'dayjs';
import { API_DATE_FORMAT, EMPTY_VALUE, formatDate } from '../../../shared/lib/format';

export const EVENT_KIND_OPTIONS = Object.values(EventKind).map((kind) => ({ value: kind, label: EVENT_KIND_TITLES[kind] }));
export const EVENT_LEVEL_OPTIONS = Object.values(EventLevel).map((level) => ({ value: level, label: EVENT_LEVEL_TITLES[level] }));
export const PARTICIPATION_ROLE_OPTIONS = Object.values(ParticipationRole).map((role) => ({ value: role, label: PARTICIPATION_ROLE_TITLES[role] }));

export const eventKindTitle = (kind: string): string => EVENT_KIND_TITLES[kind as EventKind] ?? kind;
export const eventLevelTitle = (level: string): string => EVENT_LEVEL_TITLES[level as EventLevel] ?? level;
export const participationRoleTitle = (role: string): string => PARTICIPATION_ROLE_TITLES[role as ParticipationRole] ?? role;

/** «05.03.2026» for one day, «05.03.2026 — 07.03.2026» for several. */
export function eventDates(event: Pick<EventDto, 'startsOn' | 'endsOn'>): string {
  if (!event.startsOn) return EMPTY_VALUE;
  if (!event.endsOn || event.endsOn === event.startsOn) return formatDate(event.startsOn);
  return `${formatDate(event.startsOn)} — ${formatDate(event.endsOn)}`;
}

type Place = Pick<MeDto, 'regionId' | 'municipalityId' | 'organizationId'>;

/** Whose event a new one is by default: the caller's own place (a system admin picks a region). */
export function defaultOwner(user: Place): { owner: CreateEventDtoOwner; ownerId: string | null } {
  if (user.organizationId) return { owner: 'ORGANIZATION', ownerId: user.organizationId };
  if (user.municipalityId) return { owner: 'MUNICIPALITY', ownerId: user.municipalityId };
  return { owner: 'REGION', ownerId: user.regionId };
}

/**
 * True when the event's place is the caller's or below it: only then the server lets him change
 * or delete it (a school reads a regional event but may not change it).
 */
export function canModifyEvent(user: Place, event: Pick<EventDto, 'regionId' | 'municipalityId' | 'organizationId'>): boolean {
  if (user.organizationId) return event.organizationId === user.organizationId;
  if (user.municipalityId) return event.municipalityId === user.municipalityId;
  if (user.regionId) return event.regionId === user.regionId;
  return true;
}

export interface EventFormValues {
  name: string;
  series?: string;
  kind?: EventKind;
  level?: EventLevel;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  /** Only for an account without a region of its own (a system admin): the region of the event. */
  ownerId?: string;
}

/** Form fields named like the API's, so its field errors show under them. */
export const EVENT_FORM_FIELDS = ['name', 'series', 'kind', 'level', 'startsOn', 'endsOn', 'ownerId'] as const;

const toApiDate = (value: Dayjs | null | undefined): string | null => (value && value.isValid() ? value.format(API_DATE_FORMAT) : null);

export function eventFormOf(event: EventDto | null): EventFormValues {
  if (!event) return { name: '', kind: EventKind.SEMINAR, startsOn: null, endsOn: null };
  return {
    name: event.name,
    series: event.series ?? undefined,
    kind: event.kind as EventKind,
    level: event.level as EventLevel,
    startsOn: dayjs(event.startsOn),
    endsOn: event.endsOn ? dayjs(event.endsOn) : null,
  };
}

export function toUpdateEventBody(values: EventFormValues): UpdateEventDto {
  return {
    name: values.name.trim(),
    series: values.series?.trim() || null,
    kind: values.kind,
    level: values.level,
    startsOn: toApiDate(values.startsOn) ?? undefined,
    endsOn: toApiDate(values.endsOn),
  };
}

export function toCreateEventBody(values: EventFormValues, user: Place): CreateEventDto {
  const owner = defaultOwner(user);
  return {
    name: values.name.trim(),
    series: values.series?.trim() || null,
    kind: values.kind as EventKind,
    level: values.level as EventLevel,
    startsOn: toApiDate(values.startsOn) ?? '',
    endsOn: toApiDate(values.endsOn),
    owner: owner.owner,
    ownerId: owner.ownerId ?? values.ownerId ?? '',
  };
}

/** The level of a new event that matches the caller's place. */
export function defaultLevel(user: Place): EventLevel {
  if (user.organizationId) return EventLevel.SCHOOL;
  if (user.municipalityId) return EventLevel.MUNICIPAL;
  return EventLevel.REGIONAL;
}
