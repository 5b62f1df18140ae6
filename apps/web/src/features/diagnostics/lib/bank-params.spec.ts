import { bankFiltersOf, bankSearchOf, cellDeficitParams } from './bank-params';

const M = '11111111-1111-4111-8111-111111111111';
const S = '22222222-2222-4222-8222-222222222222';
const O = '33333333-3333-4333-8333-333333333333';

describe('bankFiltersOf', () => {
  it('reads valid filters and drops malformed ones', () => {
    const filters = bankFiltersOf(new URLSearchParams({ from: '2025-09-01', to: '2026-13-01', procedureKind: 'CNPPM_ENTRY', municipalityId: M, subjectId: 'x' }));
    expect(filters).toEqual({ api: { from: '2025-09-01', procedureKind: 'CNPPM_ENTRY', municipalityId: M }, subjectId: null });
    expect(bankFiltersOf(new URLSearchParams({ procedureKind: 'NOPE', subjectId: S }))).toEqual({ api: {}, subjectId: S });
  });

  it('writes them back to the URL', () => {
    expect(bankSearchOf({ api: { to: '2026-05-01', municipalityId: undefined }, subjectId: S }).toString()).toBe(`to=2026-05-01&subjectId=${S}`);
  });
});

describe('cellDeficitParams', () => {
  it('asks for the deficits open on the bank date for the cell', () => {
    const filters = { api: { from: '2025-09-01', to: '2026-05-01', procedureKind: 'CNPPM_ENTRY' as const, municipalityId: M }, subjectId: S };
    expect(cellDeficitParams(filters, '2026-05-01', { competenceCode: 'FL.MATH', organizationId: O })).toEqual({
      competenceCode: 'FL.MATH', openOn: '2026-05-01', organizationId: O, municipalityId: M, subjectId: S, from: '2025-09-01', procedureKind: 'CNPPM_ENTRY',
    });
  });

  it('leaves the organization out for «Итого» and the subject for all subjects', () => {
    expect(cellDeficitParams({ api: {}, subjectId: null }, '2026-05-01', { competenceCode: 'X', organizationId: null })).toEqual({ competenceCode: 'X', openOn: '2026-05-01' });
  });
});
