import dayjs from 'dayjs';
import {
  choosesMunicipality, defaultPeriodStart, defaultStartRunForm, isRunInProgress, RUN_POLL_MS, runInitiator, runPeriodText, runPollInterval, runStatusColor,
  runDocumentName, runStatusTitle, toStartRunBody,
} from './runs';

describe('the start form', () => {
  it('defaults to today and 1 January of its year', () => {
    const values = defaultStartRunForm({ municipalityId: 'm1' }, dayjs('2026-03-15T14:30:00'));
    expect(values.municipalityId).toBe('m1');
    expect(values.asOf.format('YYYY-MM-DD')).toBe('2026-03-15');
    expect(values.from.format('YYYY-MM-DD')).toBe('2026-01-01');
  });

  it('starts the period on 1 January of the monitoring date, even on 1 January itself', () => {
    expect(defaultPeriodStart(dayjs('2025-12-31')).format('YYYY-MM-DD')).toBe('2025-01-01');
    expect(defaultPeriodStart(dayjs('2026-01-01')).format('YYYY-MM-DD')).toBe('2026-01-01');
  });

  it('has no municipality for a user who chooses one', () => {
    expect(defaultStartRunForm({ municipalityId: null }, dayjs('2026-03-15')).municipalityId).toBeUndefined();
    expect(choosesMunicipality({ municipalityId: null })).toBe(true);
    expect(choosesMunicipality({ municipalityId: 'm1' })).toBe(false);
  });

  it('sends the dates as the API writes them, and the user\'s own municipality if he has one', () => {
    const values = { municipalityId: 'other', asOf: dayjs('2026-03-15'), from: dayjs('2026-02-01') };
    expect(toStartRunBody(values, { municipalityId: 'own' })).toEqual({ municipalityId: 'own', asOf: '2026-03-15', from: '2026-02-01' });
    expect(toStartRunBody(values, { municipalityId: null })).toEqual({ municipalityId: 'other', asOf: '2026-03-15', from: '2026-02-01' });
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
    const run = { municipalityName: 'Город', asOf: '2026-06-30' };
    expect(runDocumentName(run, 'note.pdf')).toBe('справка-мониторинг-Город-2026-06-30.pdf');
    expect(runDocumentName(run, 'note.docx')).toBe('справка-мониторинг-Город-2026-06-30.docx');
    expect(runDocumentName(run, 'values.xlsx')).toBe('мониторинг-Город-2026-06-30.xlsx');
  });
});
