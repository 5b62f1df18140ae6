import { placeTitle } from './place';

describe('placeTitle', () => {
  it('takes the most specific place', () => {
    expect(placeTitle({ organizationName: 'Школа', municipalityName: 'Округ', regionName: 'Область' })).toBe('Школа');
    expect(placeTitle({ organizationName: null, municipalityName: 'Округ', regionName: 'Область' })).toBe('Округ');
    expect(placeTitle({ organizationName: null, municipalityName: null, regionName: 'Область' })).toBe('Область');
  });

  it('says «Вся система» for accounts without a place', () => {
    expect(placeTitle({ organizationName: null, municipalityName: null, regionName: null })).toBe('Вся система');
  });
});
