import { EntityManager } from 'typeorm';
import { MonitoringRunStatus } from '@sopr/shared';
import { IndicatorTarget, MonitoringRun, computeRun, issueRecommendations, writeAnalyticalNote } from '@sopr/server-indicators';

/** The region's targets for the current year, as seed 004 sets them for its last programme year. */
const DEMO_TARGETS: { code: string; value: number }[] = [
  { code: 'DIAG_COVERAGE', value: 50 },
  { code: 'TRAIN_LAST_3Y', value: 100 },
  { code: 'STAFF_PROFILE_EDU', value: 80 },
  { code: 'CATEGORY_SHARE', value: 50 },
];

/** A done run: computed, marked done, its recommendations issued and its note written, as the worker would. */
async function finishedRun(manager: EntityManager, fields: Pick<MonitoringRun, 'regionId' | 'municipalityId' | 'parentRunId' | 'periodFrom' | 'asOf'>, atRiskPoints: number): Promise<MonitoringRun> {
  const run = await manager.save(manager.create(MonitoringRun, { ...fields, status: MonitoringRunStatus.RUNNING, requestedBy: null, failure: null, startedAt: new Date(), finishedAt: null }));
  await computeRun(manager, run, atRiskPoints);
  await manager.update(MonitoringRun, { id: run.id }, { status: MonitoringRunStatus.DONE, finishedAt: new Date() });
  await issueRecommendations(manager, run);
  return run;
}

/**
 * Demo targets of the region and, so the screens open on data: a run of the first municipality
 * three months ago (its dynamics then has two points), and a region run as of today — one run per
 * municipality, rolled up — with recommendations and notes.
 */
export async function seedDemoMonitoring(manager: EntityManager, regionId: string, municipalityIds: string[], today: string, atRiskPoints: number): Promise<void> {
  const year = Number(today.slice(0, 4));
  await manager.insert(IndicatorTarget, DEMO_TARGETS.map((t) => ({ indicatorCode: t.code, regionId, municipalityId: null, placeId: regionId, year, value: String(t.value) })));
  const earlier = new Date(`${today}T00:00:00Z`);
  earlier.setUTCDate(earlier.getUTCDate() - 90);
  const before = earlier.toISOString().slice(0, 10);
  const first = await finishedRun(manager, { regionId, municipalityId: municipalityIds[0], parentRunId: null, periodFrom: `${before.slice(0, 4)}-01-01`, asOf: before }, atRiskPoints);
  await writeAnalyticalNote(manager, first);
  // The region run's parent row first (its children point to it); its values are their sums.
  const region = await manager.save(manager.create(MonitoringRun, {
    regionId, municipalityId: null, parentRunId: null, periodFrom: `${year}-01-01`, asOf: today, status: MonitoringRunStatus.RUNNING, requestedBy: null, failure: null,
    startedAt: new Date(), finishedAt: null,
  }));
  for (const municipalityId of municipalityIds) {
    const child = await finishedRun(manager, { regionId, municipalityId, parentRunId: region.id, periodFrom: `${year}-01-01`, asOf: today }, atRiskPoints);
    await writeAnalyticalNote(manager, child);
  }
  await computeRun(manager, region, atRiskPoints);
  await manager.update(MonitoringRun, { id: region.id }, { status: MonitoringRunStatus.DONE, finishedAt: new Date() });
  await writeAnalyticalNote(manager, region);
}
