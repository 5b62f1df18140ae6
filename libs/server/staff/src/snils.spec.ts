import { formatSnils, isValidSnils, maskSnils, normalizeSnils } from './snils';

describe('SNILS', () => {
  it('accepts valid numbers in any common spelling', () => {
    // 112-233-445 95: 1*9+1*8+2*7+2*6+3*5+3*4+4*3+4*2+5*1 = 95
    expect(isValidSnils('112-233-445 95')).toBe(true);
    expect(isValidSnils('11223344595')).toBe(true);
    // 087-654-303 00: sum = 0+8*8+7*7+6*6+5*5+4*4+3*3+0+3 = 202 → 202 % 101 = 0
    expect(isValidSnils('087-654-303 00')).toBe(true);
  });

  it('refuses wrong checksums, lengths and letters', () => {
    expect(isValidSnils('112-233-445 96')).toBe(false);
    expect(isValidSnils('1122334459')).toBe(false);
    expect(isValidSnils('112-233-44A 95')).toBe(false);
  });

  it('formats and masks', () => {
    expect(normalizeSnils('112-233-445 95')).toBe('11223344595');
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
    expect(maskSnils('11223344595')).toBe('***-***-*** 95');
  });
});
