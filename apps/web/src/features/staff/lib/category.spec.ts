import { categoryExpiresSoon, categoryState } from './category';

describe('categoryExpiresSoon', () => {
  it('flags a category that lapses within six months of the date', () => {
    expect(categoryExpiresSoon('2026-12-01', '2026-11-22')).toBe(true);
    expect(categoryExpiresSoon('2027-05-22', '2026-11-22')).toBe(true);
    expect(categoryExpiresSoon('2026-11-22', '2026-11-22')).toBe(true);
  });

  it('does not flag a later or a past expiry date', () => {
    expect(categoryExpiresSoon('2027-05-23', '2026-11-22')).toBe(false);
    expect(categoryExpiresSoon('2030-03-10', '2026-11-22')).toBe(false);
    expect(categoryExpiresSoon('2026-11-21', '2026-11-22')).toBe(false);
  });

  it('handles month ends and missing dates', () => {
    expect(categoryExpiresSoon('2027-02-28', '2026-08-31')).toBe(true);
    expect(categoryExpiresSoon('2027-03-01', '2026-08-31')).toBe(false);
    expect(categoryExpiresSoon(null, '2026-11-22')).toBe(false);
    expect(categoryExpiresSoon('not a date', '2026-11-22')).toBe(false);
  });
});

describe('categoryState', () => {
  const asOf = '2026-11-22';
  it('tells none, expired, expiring and valid apart', () => {
    expect(categoryState({ category: 'NONE', categoryValid: false, categoryExpiresOn: null }, asOf)).toBe('none');
    expect(categoryState({ category: 'FIRST', categoryValid: false, categoryExpiresOn: '2026-01-01' }, asOf)).toBe('expired');
    expect(categoryState({ category: 'HIGHEST', categoryValid: true, categoryExpiresOn: '2027-01-15' }, asOf)).toBe('expiresSoon');
    expect(categoryState({ category: 'HIGHEST', categoryValid: true, categoryExpiresOn: '2030-01-15' }, asOf)).toBe('valid');
  });
});
