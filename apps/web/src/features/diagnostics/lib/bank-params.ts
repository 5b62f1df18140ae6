/** The bank of difficulties' filters in the URL: period, procedure kind, municipality and the subject shown. */
import type { GetDifficultyBankParams, ListDeficitsParams } from '@sopr/api-client';
import { ProcedureKind } from '@sopr/shared';
import dayjs from 'dayjs';
import { API_DATE_FORMAT } from '../../../shared/lib/format';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KINDS: readonly string[] = Object.values(ProcedureKind);

export interface BankFilters {
  api: GetDifficultyBankParams;
  /** Shown in the heatmap (null — all subjects); the API returns every subject at once. */
  subjectId: string | null;
}

/** A real YYYY-MM-DD date (round trip, so 2026-13-01 or 2026-02-30 are refused). */
const isDate = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format(API_DATE_FORMAT) === value;

/** The filters from the URL; malformed values are dropped. */
export function bankFiltersOf(search: URLSearchParams): BankFilters {
  const api: GetDifficultyBankParams = {};
  const from = search.get('from');
  const to = search.get('to');
  const kind = search.get('procedureKind');
  const municipalityId = search.get('municipalityId');
  const subjectId = search.get('subjectId');
  if (isDate(from)) api.from = from;
  if (isDate(to)) api.to = to;
  if (kind && KINDS.includes(kind)) api.procedureKind = kind as ProcedureKind;
  if (municipalityId && UUID.test(municipalityId)) api.municipalityId = municipalityId;
  return { api, subjectId: subjectId && UUID.test(subjectId) ? subjectId : null };
}

/** The URL of the filters (empty values left out). */
export function bankSearchOf(filters: BankFilters): URLSearchParams {
  const entries = Object.entries({ ...filters.api, subjectId: filters.subjectId ?? undefined }).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  return new URLSearchParams(entries);
}

/**
 * The deficits behind a heatmap cell: the same population and period as the bank (open on its
 * date `to`, found since `from`, of the procedure kind) for the cell's competence, organization
 * (none for «Итого») and subject.
 */
export function cellDeficitParams(
  filters: BankFilters,
  to: string,
  cell: { competenceCode: string; organizationId: string | null },
): ListDeficitsParams {
  const params: ListDeficitsParams = { competenceCode: cell.competenceCode, openOn: to };
  if (cell.organizationId) params.organizationId = cell.organizationId;
  if (filters.api.municipalityId) params.municipalityId = filters.api.municipalityId;
  if (filters.subjectId) params.subjectId = filters.subjectId;
  if (filters.api.from) params.from = filters.api.from;
  if (filters.api.procedureKind) params.procedureKind = filters.api.procedureKind;
  return params;
}
