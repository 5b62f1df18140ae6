import { genitiveCount, russianDate, russianDecimal } from './russian';

describe('genitiveCount', () => {
  it('takes the singular after numbers ending in 1 except 11, the plural otherwise', () => {
    expect([1, 2, 5, 11, 21, 101, 111, 0].map((n) => genitiveCount(n, 'педагога', 'педагогов'))).toEqual([
      '1 педагога', '2 педагогов', '5 педагогов', '11 педагогов', '21 педагога', '101 педагога', '111 педагогов', '0 педагогов',
    ]);
  });
});

describe('russianDate and russianDecimal', () => {
  it('write dates day first and decimals with a comma, rounded', () => {
    expect(russianDate('2026-06-30')).toBe('30.06.2026');
    expect(russianDecimal(33.3333)).toBe('33,3');
    expect(russianDecimal(40)).toBe('40');
    expect(russianDecimal(2.856, 2)).toBe('2,86');
  });
});
