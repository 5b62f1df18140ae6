import { MonitoringScope } from '@sopr/shared';
import dayjs from 'dayjs';
import {
  choosesMunicipality, choosesRegion, defaultPeriodStart, defaultStartRunForm, isRegionRun, isRunInProgress, progressPercents, RUN_POLL_MS, runFailedText,
  runInitiator, runPeriodText, runPlaceName, runPollInterval, runProgressText, runsRegion, runStatusColor, runDocumentName, runStatusTitle, toStartRunBody,
} from './runs';

describe('the start form', () => {
  it('defaults to today and 1 January of its year', () => {
    const values = defaultStartRunForm({ municipalityId: 'm1', regionId: 'r1' }, dayjs('2026-03-15T14:30:00'));
    expect(values.municipalityId).toBe('m1');
    expect(values.regionId).toBe('r1');
    expect(values.scope).toBe('MUNICIPALITY');
    expect(values.asOf.format('YYYY-MM-DD')).toBe('2026-03-15');
    expect(values.from.format('YYYY-MM-DD')).toBe('2026-01-01');
  });

  it('starts the period on 1 January of the monitoring date, even on 1 January itself', () => {
    expect(defaultPeriodStart(dayjs('2025-12-31')).format('YYYY-MM-DD')).toBe('2025-01-01');
    expect(defaultPeriodStart(dayjs('2026-01-01')).format('YYYY-MM-DD')).toBe('2026-01-01');
  });

  it('has no municipality for a user who chooses one', () => {
    expect(defaultStartRunForm({ municipalityId: null, regionId: 'r1' }, dayjs('2026-03-15')).municipalityId).toBeUndefined();
    expect(choosesMunicipality({ municipalityId: null })).toBe(true);
    expect(choosesMunicipality({ municipalityId: 'm1' })).toBe(false);
  });

  it('sends the dates as the API writes them, and the user\'s own municipality if he has one', () => {
    const values = { scope: MonitoringScope.MUNICIPALITY, municipalityId: 'other', asOf: dayjs('2026-03-15'), from: dayjs('2026-02-01') };
    expect(toStartRunBody(values, { municipalityId: 'own', regionId: 'r1' })).toEqual({ municipalityId: 'own', asOf: '2026-03-15', from: '2026-02-01' });
    expect(toStartRunBody(values, { municipalityId: null, regionId: 'r1' })).toEqual({ municipalityId: 'other', asOf: '2026-03-15', from: '2026-02-01' });
  });

  it('lets users above a municipality run the whole region: their own, or the chosen one without a region', () => {
    const values = { scope: MonitoringScope.REGION, municipalityId: 'm1', regionId: 'chosen', asOf: dayjs('2026-03-15'), from: dayjs('2026-01-01') };
    expect(toStartRunBody(values, { municipalityId: null, regionId: 'r1' })).toEqual({ regionId: 'r1', asOf: '2026-03-15', from: '2026-01-01' });
    expect(toStartRunBody(values, { municipalityId: null, regionId: null })).toEqual({ regionId: 'chosen', asOf: '2026-03-15', from: '2026-01-01' });
    // A municipality's user never runs a region, whatever the form holds.
    expect(toStartRunBody(values, { municipalityId: 'own', regionId: 'r1' })).toEqual({ municipalityId: 'own', asOf: '2026-03-15', from: '2026-01-01' });
    expect(runsRegion({ municipalityId: null })).toBe(true);
    expect(runsRegion({ municipalityId: 'm1' })).toBe(false);
    expect(choosesRegion({ municipalityId: null, regionId: null })).toBe(true);
    expect(choosesRegion({ municipalityId: null, regionId: 'r1' })).toBe(false);
    expect(choosesRegion({ municipalityId: 'm1', regionId: 'r1' })).toBe(false);
  });
});

describe('polling', () => {
  it('polls while the worker has the run and stops when it is done or failed', () => {
    expect(runPollInterval('QUEUED')).toBe(RUN_POLL_MS);
    expect(runPollInterval('RUNNING')).toBe(RUN_POLL_MS);
    expect(runPollInterval('DONE')).toBe(false);
    expect(runPollInterval('FAILED')).toBe(false);
    expect(runPollInterval(undefined)).toBe(false);
    expect(isRunInProgress('RUNNING')).toBe(true);
    expect(isRunInProgress('DONE')).toBe(false);
  });
});

describe('run facts', () => {
  it('names statuses and colours them', () => {
    expect(runStatusTitle('DONE')).toBe('Готов');
    expect(runStatusTitle('FAILED')).toBe('Сбой');
    expect(runStatusColor('DONE')).toBe('success');
    expect(runStatusColor('FAILED')).toBe('error');
    expect(runStatusColor('RUNNING')).toBe('processing');
  });

  it('writes the period and who started the run', () => {
    expect(runPeriodText({ periodFrom: '2026-01-01', asOf: '2026-03-15' })).toBe('01.01.2026 — 15.03.2026');
    expect(runInitiator({ scheduled: true, startedByName: null })).toBe('по расписанию');
    expect(runInitiator({ scheduled: false, startedByName: 'Бушмелева Ольга Александровна' })).toBe('Бушмелева Ольга Александровна');
    expect(runInitiator({ scheduled: false, startedByName: null })).toBe('вручную');
  });
});

describe('run documents', () => {
  it('names the files by municipality and date', () => {
    const run = { municipalityName: 'Город', regionName: 'Область', asOf: '2026-06-30' };
    expect(runDocumentName(run, 'note.pdf')).toBe('справка-мониторинг-Город-2026-06-30.pdf');
    expect(runDocumentName(run, 'note.docx')).toBe('справка-мониторинг-Город-2026-06-30.docx');
    expect(runDocumentName(run, 'values.xlsx')).toBe('мониторинг-Город-2026-06-30.xlsx');
  });

  it('names a region run\'s files by the region', () => {
    expect(runDocumentName({ municipalityName: null, regionName: 'Область', asOf: '2026-06-30' }, 'note.pdf')).toBe('справка-мониторинг-Область-2026-06-30.pdf');
  });
});

describe('region runs', () => {
  it('are told by their scope and named by the region', () => {
    expect(isRegionRun({ scope: 'REGION' })).toBe(true);
    expect(isRegionRun({ scope: 'MUNICIPALITY' })).toBe(false);
    expect(runPlaceName({ municipalityName: null, regionName: 'Кировская область' })).toBe('Кировская область');
    expect(runPlaceName({ municipalityName: 'Верхнекамский округ', regionName: 'Кировская область' })).toBe('Верхнекамский округ');
  });

  it('say how many municipalities are counted and how many failed', () => {
    expect(runProgressText({ done: 3, total: 5 })).toBe('посчитано 3 из 5');
    expect(runFailedText({ failed: 0 })).toBeNull();
    expect(runFailedText({ failed: 2 })).toBe('с ошибкой — 2');
  });

  it('fill the progress bar with the finished ones, the done ones as its successful part', () => {
    expect(progressPercents({ done: 1, failed: 1, total: 4 })).toEqual({ finished: 50, done: 25 });
    expect(progressPercents({ done: 2, failed: 0, total: 3 })).toEqual({ finished: 67, done: 67 });
    expect(progressPercents({ done: 0, failed: 0, total: 0 })).toEqual({ finished: 0, done: 0 });
  });
});
