/** The procedure form: values ↔ API bodies; who may change a procedure. */
import type { CreateProcedureDto, MeDto, ProcedureDto, UpdateProcedureDto } from '@sopr/api-client';
import { ProcedureKind } from '@sopr/shared';
import dayjs, { Dayjs } from 'dayjs';
import { API_DATE_FORMAT } from '../../../shared/lib/format';
import { canModifyEvent, defaultOwner, eventDates } from '../../events/lib/events';

type Place = Pick<MeDto, 'regionId' | 'municipalityId' | 'organizationId'>;

/** Procedures follow the events' owner convention: the caller's place, or a region chosen by a system admin. */
export const canModifyProcedure = (user: Place, procedure: Pick<ProcedureDto, 'regionId' | 'municipalityId' | 'organizationId'>): boolean =>
  canModifyEvent(user, procedure);

/** «05.03.2026» or «05.03.2026 — 07.03.2026». */
export const procedureDates = (procedure: Pick<ProcedureDto, 'startsOn' | 'endsOn'>): string => eventDates(procedure);

export const DEFAULT_SCALE = { scaleMin: 0, scaleMax: 100 } as const;

export interface ProcedureFormValues {
  name: string;
  kind?: ProcedureKind;
  subjectId?: string | null;
  competenceCodes: string[];
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
  threshold?: number | null;
  isCnppm: boolean;
  /** Only for an account without a place (a system admin): the region of the procedure. */
  ownerId?: string;
}

/** Form fields named like the API's, so its field errors show under them. */
export const PROCEDURE_FORM_FIELDS = [
  'name', 'kind', 'subjectId', 'competenceCodes', 'startsOn', 'endsOn', 'scaleMin', 'scaleMax', 'threshold', 'isCnppm', 'ownerId',
] as const;

const toApiDate = (value: Dayjs | null | undefined): string | null => (value && value.isValid() ? value.format(API_DATE_FORMAT) : null);
const toNumber = (value: number | null | undefined, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

export function procedureFormOf(procedure: ProcedureDto | null): ProcedureFormValues {
  if (!procedure) {
    // The commonest case: the entry diagnostics of the ЦНППМ.
    return { name: '', kind: ProcedureKind.CNPPM_ENTRY, subjectId: null, competenceCodes: [], startsOn: null, endsOn: null, ...DEFAULT_SCALE, threshold: null, isCnppm: true };
  }
  return {
    name: procedure.name,
    kind: procedure.kind as ProcedureKind,
    subjectId: procedure.subjectId,
    competenceCodes: procedure.competences.map((c) => c.code),
    startsOn: dayjs(procedure.startsOn),
    endsOn: procedure.endsOn ? dayjs(procedure.endsOn) : null,
    scaleMin: procedure.scaleMin,
    scaleMax: procedure.scaleMax,
    threshold: procedure.threshold,
    isCnppm: procedure.isCnppm,
  };
}

export function toCreateProcedureBody(values: ProcedureFormValues, user: Place): CreateProcedureDto {
  const owner = defaultOwner(user);
  return {
    name: values.name.trim(),
    kind: values.kind as ProcedureKind,
    subjectId: values.subjectId || null,
    competenceCodes: values.competenceCodes,
    startsOn: toApiDate(values.startsOn) ?? '',
    endsOn: toApiDate(values.endsOn),
    scaleMin: toNumber(values.scaleMin, DEFAULT_SCALE.scaleMin),
    scaleMax: toNumber(values.scaleMax, DEFAULT_SCALE.scaleMax),
    threshold: toNumber(values.threshold, Number.NaN),
    isCnppm: values.isCnppm,
    owner: owner.owner,
    ownerId: owner.ownerId ?? values.ownerId ?? '',
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((code) => b.includes(code));

/**
 * The changes of a procedure. Scale, threshold and competences are sent only when they changed:
 * the server refuses any of them (even unchanged) once the procedure has results.
 */
export function toUpdateProcedureBody(values: ProcedureFormValues, procedure: ProcedureDto): UpdateProcedureDto {
  const body: UpdateProcedureDto = {
    name: values.name.trim(),
    subjectId: values.subjectId || null,
    startsOn: toApiDate(values.startsOn) ?? undefined,
    endsOn: toApiDate(values.endsOn),
    isCnppm: values.isCnppm,
  };
  const scaleMin = toNumber(values.scaleMin, procedure.scaleMin);
  const scaleMax = toNumber(values.scaleMax, procedure.scaleMax);
  const threshold = toNumber(values.threshold, procedure.threshold);
  if (scaleMin !== procedure.scaleMin) body.scaleMin = scaleMin;
  if (scaleMax !== procedure.scaleMax) body.scaleMax = scaleMax;
  if (threshold !== procedure.threshold) body.threshold = threshold;
  const codes = procedure.competences.map((c) => c.code);
  if (!sameSet(values.competenceCodes, codes)) body.competenceCodes = values.competenceCodes;
  return body;
}
