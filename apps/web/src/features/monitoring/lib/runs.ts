/**
 * Monitoring runs as the pages show them: status titles and colours, polling while the worker
 * computes, the start form's defaults and request body. Pure: no React, no client runtime.
 */
import type { MeDto, MonitoringRunDto, MonitoringRunProgressDto, StartMonitoringRunDto } from '@sopr/api-client';
import { MONITORING_RUN_STATUS_TITLES, MonitoringRunStatus, MonitoringScope } from '@sopr/shared';
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
  /** What to count: one municipality, or the whole region (for users above a municipality). */
  scope: MonitoringScope;
  municipalityId?: string;
  /** The region of a region run, for a user of no region (the system administrator). */
  regionId?: string;
  asOf: Dayjs;
  from: Dayjs;
}

export const START_RUN_FIELDS = ['municipalityId', 'regionId', 'asOf', 'from'] as const;

export const START_SCOPE_OPTIONS = [
  { value: MonitoringScope.MUNICIPALITY, label: 'Муниципалитет' },
  { value: MonitoringScope.REGION, label: 'Весь регион' },
];

/** The start of the period a monitoring on `asOf` covers by default: 1 January of its year. */
export function defaultPeriodStart(asOf: Dayjs): Dayjs {
  return asOf.startOf('year');
}

type StartUser = Pick<MeDto, 'municipalityId' | 'regionId'>;

/**
 * The start form's defaults: the user's own municipality (if he has one) and region, one
 * municipality rather than the whole region, as of today, from 1 January.
 */
export function defaultStartRunForm(user: StartUser, today: Dayjs = dayjs()): StartRunFormValues {
  const asOf = today.startOf('day');
  return {
    scope: MonitoringScope.MUNICIPALITY,
    municipalityId: user.municipalityId ?? undefined,
    regionId: user.regionId ?? undefined,
    asOf,
    from: defaultPeriodStart(asOf),
  };
}

/** A user placed in one municipality runs it; the others (region, system) choose one. */
export function choosesMunicipality(user: Pick<MeDto, 'municipalityId'>): boolean {
  return !user.municipalityId;
}

/** Users above a municipality (the region's, the system's) may also run the whole region; the API refuses the others. */
export function runsRegion(user: Pick<MeDto, 'municipalityId'>): boolean {
  return !user.municipalityId;
}

/** A user of no region (the system administrator) chooses the region of a region run. */
export function choosesRegion(user: Pick<MeDto, 'municipalityId' | 'regionId'>): boolean {
  return runsRegion(user) && !user.regionId;
}

export function toStartRunBody(values: StartRunFormValues, user: StartUser): StartMonitoringRunDto {
  const dates = { asOf: values.asOf.format(API_DATE_FORMAT), from: values.from.format(API_DATE_FORMAT) };
  if (runsRegion(user) && values.scope === MonitoringScope.REGION) return { regionId: user.regionId ?? values.regionId ?? '', ...dates };
  return { municipalityId: user.municipalityId ?? values.municipalityId ?? '', ...dates };
}

/** A region run: one run per municipality, rolled up once all are done. */
export function isRegionRun(run: Pick<MonitoringRunDto, 'scope'>): boolean {
  return run.scope === MonitoringScope.REGION;
}

/** What a run is about: the region of a region run, the municipality otherwise. */
export function runPlaceName(run: Pick<MonitoringRunDto, 'municipalityName' | 'regionName'>): string {
  return run.municipalityName ?? run.regionName;
}

/** «посчитано 3 из 5»: the municipalities of a region run finished so far. */
export function runProgressText(progress: Pick<MonitoringRunProgressDto, 'done' | 'total'>): string {
  return `посчитано ${progress.done} из ${progress.total}`;
}

/** «с ошибкой — 1»; null when none has failed. */
export function runFailedText(progress: Pick<MonitoringRunProgressDto, 'failed'>): string | null {
  return progress.failed > 0 ? `с ошибкой — ${progress.failed}` : null;
}

export interface ProgressPercents {
  /** Finished, done or failed: the length of the bar. */
  finished: number;
  /** Done: its successful part. */
  done: number;
}

/** A region run's progress bar, in whole percent; 0 with no municipalities. */
export function progressPercents(progress: MonitoringRunProgressDto): ProgressPercents {
  if (progress.total <= 0) return { finished: 0, done: 0 };
  const percent = (count: number) => Math.min(100, Math.round((count / progress.total) * 100));
  return { finished: percent(progress.done + progress.failed), done: percent(progress.done) };
}

/** The files of a finished run: its tables, and its analytical note in two formats. */
export type RunDocument = 'values.xlsx' | 'note.docx' | 'note.pdf';

/** «справка-мониторинг-Город-2026-06-30.pdf», «мониторинг-Город-2026-06-30.xlsx»; a region run by the region's name. */
export function runDocumentName(run: Pick<MonitoringRunDto, 'municipalityName' | 'regionName' | 'asOf'>, document: RunDocument): string {
  const [kind, extension] = document.split('.');
  return `${kind === 'note' ? 'справка-мониторинг' : 'мониторинг'}-${runPlaceName(run)}-${run.asOf}.${extension}`;
}
