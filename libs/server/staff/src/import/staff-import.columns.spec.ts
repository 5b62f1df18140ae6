import { parseDate } from './staff-import.columns';

describe('parseDate (import cells)', () => {
  it('reads Russian and ISO dates', () => {
    expect(parseDate('1.9.2013')).toEqual({ value: '2013-09-01' });
    expect(parseDate(' 12.04.1990 ')).toEqual({ value: '1990-04-12' });
    expect(parseDate('1990-04-12')).toEqual({ value: '1990-04-12' });
    expect(parseDate('')).toEqual({ value: null });
  });

  it('refuses dates that do not exist, leap years included', () => {
    expect(parseDate('29.02.2024')).toEqual({ value: '2024-02-29' });
    expect(parseDate('29.02.2000')).toEqual({ value: '2000-02-29' });
    for (const impossible of ['29.02.2023', '29.02.1900', '31.04.2020', '00.01.2020', '01.13.2020', '32.01.2020']) {
      expect(parseDate(impossible)).toEqual({ error: 'Такой даты не существует' });
    }
    expect(parseDate('2020/01/01')).toEqual({ error: 'Дата в формате ДД.ММ.ГГГГ' });
  });
});
