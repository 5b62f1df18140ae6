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

/** Demo targets of the region and one finished run of the first municipality with its recommendations, so the screens open on data. */
export async function seedDemoMonitoring(manager: EntityManager, regionId: string, municipalityId: string, today: string, atRiskPoints: number): Promise<void> {
  const year = Number(today.slice(0, 4));
  await manager.insert(IndicatorTarget, DEMO_TARGETS.map((t) => ({ indicatorCode: t.code, regionId, municipalityId: null, placeId: regionId, year, value: String(t.value) })));
  const run = await manager.save(manager.create(MonitoringRun, {
    regionId, municipalityId, periodFrom: `${year}-01-01`, asOf: today, status: MonitoringRunStatus.RUNNING, requestedBy: null, failure: null, startedAt: new Date(), finishedAt: null,
  }));
  await computeRun(manager, run, atRiskPoints);
  await manager.update(MonitoringRun, { id: run.id }, { status: MonitoringRunStatus.DONE, finishedAt: new Date() });
  await issueRecommendations(manager, run);
  await writeAnalyticalNote(manager, (await manager.findOneByOrFail(MonitoringRun, { id: run.id })));
}
