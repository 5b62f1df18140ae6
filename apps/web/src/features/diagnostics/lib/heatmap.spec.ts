import type { DifficultyBankDto } from '@sopr/api-client';
import { cellCountText, heatColor, heatmapOf } from './heatmap';

const bank: DifficultyBankDto = {
  from: null,
  to: '2026-05-01',
  competences: [
    { code: 'PROF', name: 'Профессиональные', area: 'PROFESSIONAL', parentCode: null },
    { code: 'PROF.METHODICAL', name: 'Методическая', area: 'PROFESSIONAL', parentCode: 'PROF' },
    { code: 'FL.MATH', name: 'Математическая грамотность', area: 'FUNCTIONAL_LITERACY', parentCode: null },
  ],
  organizations: [
    { id: 'o1', name: 'СШ № 1' },
    { id: 'o2', name: 'СШ № 2' },
  ],
  subjects: [{ id: 's1', name: 'Математика' }],
  teachers: [
    { organizationId: 'o1', subjectId: null, teachers: 20 },
    { organizationId: 'o2', subjectId: null, teachers: 10 },
    { organizationId: null, subjectId: null, teachers: 30 },
    { organizationId: 'o1', subjectId: 's1', teachers: 4 },
    { organizationId: null, subjectId: 's1', teachers: 4 },
  ],
  cells: [
    { competenceCode: 'PROF.METHODICAL', organizationId: 'o1', subjectId: null, withDeficit: 5, teachers: 20, share: 25 },
    { competenceCode: 'PROF.METHODICAL', organizationId: null, subjectId: null, withDeficit: 5, teachers: 30, share: 16.7 },
    { competenceCode: 'FL.MATH', organizationId: 'o1', subjectId: 's1', withDeficit: 1, teachers: 4, share: 25 },
    { competenceCode: 'FL.MATH', organizationId: null, subjectId: 's1', withDeficit: 1, teachers: 4, share: 25 },
  ],
};

describe('heatmapOf', () => {
  it('has a column per organization and «Итого», rows grouped by area', () => {
    const map = heatmapOf(bank, null);
    expect(map.columns).toEqual([
      { organizationId: null, title: 'Итого', teachers: 30 },
      { organizationId: 'o1', title: 'СШ № 1', teachers: 20 },
      { organizationId: 'o2', title: 'СШ № 2', teachers: 10 },
    ]);
    // One root per area heads it; no separate area row.
    expect(map.rows.map((row) => row.key)).toEqual(['PROF', 'PROF.METHODICAL', 'FL.MATH']);
    expect(map.hasDeficits).toBe(true);
    expect(map.withDeficits('o1')).toBe(true);
    expect(map.withDeficits('o2')).toBe(false);
  });

  it('takes the cells of the chosen subject and fills the others with zero of the column', () => {
    const all = heatmapOf(bank, null);
    expect(all.cell('PROF.METHODICAL', 'o1')).toMatchObject({ withDeficit: 5, teachers: 20, share: 25 });
    expect(all.cell('PROF.METHODICAL', 'o2')).toEqual({ competenceCode: 'PROF.METHODICAL', organizationId: 'o2', subjectId: null, withDeficit: 0, teachers: 10, share: 0 });
    expect(all.cell('FL.MATH', 'o1').withDeficit).toBe(0);

    const maths = heatmapOf(bank, 's1');
    expect(maths.columns.map((c) => c.organizationId)).toEqual([null, 'o1']);
    expect(maths.cell('FL.MATH', 'o1')).toMatchObject({ withDeficit: 1, teachers: 4, share: 25, subjectId: 's1' });
    expect(maths.cell('PROF.METHODICAL', null)).toMatchObject({ withDeficit: 0, teachers: 4 });
  });

  it('reports no deficits for a subject without cells', () => {
    expect(heatmapOf(bank, 's2').hasDeficits).toBe(false);
    expect(heatmapOf({ ...bank, cells: [] }, null).hasDeficits).toBe(false);
  });
});

describe('heatColor', () => {
  it('leaves a cell without deficits unfilled', () => {
    expect(heatColor(0)).toEqual({ background: 'transparent', color: 'inherit' });
    expect(heatColor(Number.NaN).background).toBe('transparent');
  });

  it('grows more intense with the share and turns the text white when dark', () => {
    expect(heatColor(1)).toEqual({ background: 'rgba(207, 19, 34, 0.13)', color: 'rgba(0, 0, 0, 0.88)' });
    expect(heatColor(50)).toEqual({ background: 'rgba(207, 19, 34, 0.51)', color: '#fff' });
    expect(heatColor(100)).toEqual({ background: 'rgba(207, 19, 34, 0.9)', color: '#fff' });
    expect(heatColor(250)).toEqual(heatColor(100));
  });
});

describe('cellCountText', () => {
  it('says how many of the teachers', () => {
    expect(cellCountText({ withDeficit: 3, teachers: 25 })).toBe('3 из 25');
  });
});
