import { formatDate, formatDateTime, formatYesNo, isApiDate, isIsoDateTime, pluralRecords } from './format';

describe('formatDateTime', () => {
  it('formats as DD.MM.YYYY HH:mm in local time', () => {
    const local = new Date(2026, 0, 5, 9, 7);
    expect(formatDateTime(local.toISOString())).toBe('05.01.2026 09:07');
    expect(formatDateTime(local)).toBe('05.01.2026 09:07');
  });

  it('shows a dash for missing or invalid values', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('')).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});

describe('formatDate', () => {
  it('formats as DD.MM.YYYY', () => {
    expect(formatDate(new Date(2026, 11, 31, 23, 59))).toBe('31.12.2026');
    expect(formatDate(null)).toBe('—');
  });
});

describe('small helpers', () => {
  it('says да/нет', () => {
    expect(formatYesNo(true)).toBe('да');
    expect(formatYesNo(false)).toBe('нет');
  });

  it('accepts only real calendar dates as API date parameters', () => {
    expect(isApiDate('2024-02-29')).toBe(true);
    expect(isApiDate('2026-02-30')).toBe(false);
    expect(isApiDate('2026-13-01')).toBe(false);
    expect(isApiDate('01.03.2026')).toBe(false);
    expect(isApiDate('2026-03-01T10:00')).toBe(false);
  });

  it('recognises ISO date-times only', () => {
    expect(isIsoDateTime('2026-03-01T10:00:00.000Z')).toBe(true);
    expect(isIsoDateTime('2026-03-01')).toBe(false);
    expect(isIsoDateTime('Кирс')).toBe(false);
  });

  it('declines «запись» after numbers', () => {
    expect(pluralRecords(1)).toBe('1 запись');
    expect(pluralRecords(3)).toBe('3 записи');
    expect(pluralRecords(5)).toBe('5 записей');
    expect(pluralRecords(11)).toBe('11 записей');
    expect(pluralRecords(21)).toBe('21 запись');
    expect(pluralRecords(112)).toBe('112 записей');
  });
});
