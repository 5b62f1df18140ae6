import { diffFields } from './audit.service';

describe('diffFields', () => {
  it('lists only the fields that changed, and never secrets', () => {
    const before = { name: 'Школа № 1', active: true, passwordHash: 'a', openedOn: new Date('2020-01-01') };
    const after = { name: 'Школа № 2', active: true, passwordHash: 'b', openedOn: new Date('2020-01-01') };
    expect(diffFields(before, after)).toEqual({ name: { from: 'Школа № 1', to: 'Школа № 2' } });
  });

  it('treats a new record as changes from null', () => {
    expect(diffFields(null, { name: 'Школа' })).toEqual({ name: { from: null, to: 'Школа' } });
  });
});
