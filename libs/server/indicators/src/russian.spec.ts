import { genitiveCount } from './russian';

describe('genitiveCount', () => {
  it('takes the singular after numbers ending in 1 except 11, the plural otherwise', () => {
    expect([1, 2, 5, 11, 21, 101, 111, 0].map((n) => genitiveCount(n, 'педагога', 'педагогов'))).toEqual([
      '1 педагога', '2 педагогов', '5 педагогов', '11 педагогов', '21 педагога', '101 педагога', '111 педагогов', '0 педагогов',
    ]);
  });
});
