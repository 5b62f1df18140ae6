import { pageOf, readListState, sortOrderOf, toApiParams, toSortParam, writeListState } from './list-params';

describe('readListState', () => {
  it('uses the defaults for an empty URL', () => {
    expect(readListState(new URLSearchParams(), ['kind'], { sort: 'name' })).toEqual({
      limit: 20, offset: 0, sort: 'name', q: undefined, filters: {},
    });
  });

  it('reads paging, sorting, search and known filters only', () => {
    const state = readListState(new URLSearchParams('limit=50&offset=100&sort=-name&q=%20школа%20&kind=SCHOOL&other=1'), ['kind', 'active']);
    expect(state).toEqual({ limit: 50, offset: 100, sort: '-name', q: 'школа', filters: { kind: 'SCHOOL' } });
  });

  it('clamps bad numbers and aligns the offset to the page', () => {
    expect(readListState(new URLSearchParams('limit=500&offset=-3'), []).limit).toBe(100);
    expect(readListState(new URLSearchParams('limit=0'), []).limit).toBe(1);
    expect(readListState(new URLSearchParams('limit=abc&offset=45'), []).offset).toBe(40);
  });
});

describe('writeListState', () => {
  it('leaves out defaults and empty values', () => {
    const search = writeListState({ limit: 20, offset: 0, sort: 'name', q: undefined, filters: { kind: undefined } }, { sort: 'name' });
    expect(search.toString()).toBe('');
  });

  it('round-trips a state', () => {
    const state = { limit: 50, offset: 50, sort: '-kind', q: 'Кирс', filters: { kind: 'SCHOOL', active: 'true' } };
    const read = readListState(writeListState(state, { sort: 'name' }), ['kind', 'active'], { sort: 'name' });
    expect(read).toEqual(state);
  });
});

describe('sorting', () => {
  it('maps table orders to the API sort parameter and back', () => {
    expect(toSortParam('name', 'ascend')).toBe('name');
    expect(toSortParam('name', 'descend')).toBe('-name');
    expect(toSortParam('name', null)).toBeUndefined();
    expect(toSortParam(undefined, 'ascend')).toBeUndefined();
    expect(sortOrderOf('-name', 'name')).toBe('descend');
    expect(sortOrderOf('name', 'name')).toBe('ascend');
    expect(sortOrderOf('kind', 'name')).toBeNull();
    expect(sortOrderOf(undefined, 'name')).toBeNull();
  });
});

describe('paging helpers', () => {
  it('computes the page number', () => {
    expect(pageOf({ limit: 20, offset: 0 })).toBe(1);
    expect(pageOf({ limit: 20, offset: 40 })).toBe(3);
  });

  it('builds API params without empty filters', () => {
    expect(toApiParams({ limit: 20, offset: 0, sort: 'name', q: 'a', filters: { kind: 'SCHOOL', active: undefined } })).toEqual({
      limit: 20, offset: 0, sort: 'name', q: 'a', kind: 'SCHOOL',
    });
  });
});
