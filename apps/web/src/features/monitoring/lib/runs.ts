/**
 * Monitoring runs as the pages show them: status titles and colours, polling while the worker
 * computes, the start form's defaults and request body. Pure: no React, no client runtime.
 */
import type { MeDto, MonitoringRunDto, StartMonitoringRunDto } from '@sopr/api-client';
import { MONITORING_RUN_STATUS_TITLES, MonitoringRunStatus } from '@sopr/shared';
import dayjs, { Dayjs } from 'dayjs';
import { API_DATE_FORMAT, formatDate } from '../../../shared/lib/format';

/** How often a run page polls a run the worker has not finished. */
export const RUN_POLL_MS = 1500;
/** How often the runs list is read again while one of its runs is not finished. */
export const RUN_LIST_POLL_MS = 3000;

type Status = MonitoringRunDto['status'];

export const runStatusTitle = (status: string): string => MONITORING_RUN_STATUS_TITLES[status as MonitoringRunStatus] ?? status;

const STATUS_COLORS: Record<string, string> = {
  [MonitoringRunStatus.QUEUED]: 'default',
  [MonitoringRunStatus.RUNNING]: 'processing',
  [MonitoringRunStatus.DONE]: 'success',
  [MonitoringRunStatus.FAILED]: 'error',
};

export const runStatusColor = (status: string): string => STATUS_COLORS[status] ?? 'default';

export const RUN_STATUS_OPTIONS = Object.values(MonitoringRunStatus).map((status) => ({ value: status, label: MONITORING_RUN_STATUS_TITLES[status] }));

/** The worker has not finished it yet: keep polling. */
export function isRunInProgress(status: Status | undefined): boolean {
  return status === MonitoringRunStatus.QUEUED || status === MonitoringRunStatus.RUNNING;
}

/** react-query's refetchInterval for a run in this status (false: stop polling). */
export function runPollInterval(status: Status | undefined): number | false {
  return isRunInProgress(status) ? RUN_POLL_MS : false;
}

/** «01.01.2026 — 15.03.2026». */
export function runPeriodText(run: Pick<MonitoringRunDto, 'periodFrom' | 'asOf'>): string {
  return `${formatDate(run.periodFrom)} — ${formatDate(run.asOf)}`;
}

/** Who started a run: the schedule, the user by name, or «вручную» (an integration key). */
export function runInitiator(run: Pick<MonitoringRunDto, 'scheduled' | 'startedByName'>): string {
  if (run.scheduled) return 'по расписанию';
  return run.startedByName ?? 'вручную';
}

export interface StartRunFormValues {
  municipalityId?: string;
  asOf: Dayjs;
  from: Dayjs;
}

export const START_RUN_FIELDS = ['municipalityId', 'asOf', 'from'] as const;

/** The start of the period a monitoring on `asOf` covers by default: 1 January of its year. */
export function defaultPeriodStart(asOf: Dayjs): Dayjs {
  return asOf.startOf('year');
}

/** The start form's defaults: the user's own municipality (if he has one), as of today, from 1 January. */
export function defaultStartRunForm(user: Pick<MeDto, 'municipalityId'>, today: Dayjs = dayjs()): StartRunFormValues {
  const asOf = today.startOf('day');
  return { municipalityId: user.municipalityId ?? undefined, asOf, from: defaultPeriodStart(asOf) };
}

/** A user placed in one municipality runs it; the others (region, system) choose one. */
export function choosesMunicipality(user: Pick<MeDto, 'municipalityId'>): boolean {
  return !user.municipalityId;
}

export function toStartRunBody(values: StartRunFormValues, user: Pick<MeDto, 'municipalityId'>): StartMonitoringRunDto {
  return {
    municipalityId: user.municipalityId ?? values.municipalityId ?? '',
    asOf: values.asOf.format(API_DATE_FORMAT),
    from: values.from.format(API_DATE_FORMAT),
  };
}

/** The files of a finished run: its tables, and its analytical note in two formats. */
export type RunDocument = 'values.xlsx' | 'note.docx' | 'note.pdf';

/** «справка-мониторинг-Город-2026-06-30.pdf», «мониторинг-Город-2026-06-30.xlsx». */
export function runDocumentName(run: Pick<MonitoringRunDto, 'municipalityName' | 'asOf'>, document: RunDocument): string {
  const [kind, extension] = document.split('.');
  return `${kind === 'note' ? 'справка-мониторинг' : 'мониторинг'}-${run.municipalityName}-${run.asOf}.${extension}`;
}
