import { byCode, byId, competencePickerData, flattenTree, groupByArea, pickedCodes } from './competence-tree';

const framework = [
  { id: 'f', code: 'FL', name: 'Функциональная грамотность', area: 'FUNCTIONAL_LITERACY', parentId: null },
  { id: 'f1', code: 'FL.MATH', name: 'Математическая грамотность', area: 'FUNCTIONAL_LITERACY', parentId: 'f' },
  { id: 'p', code: 'PROF', name: 'Профессиональные компетенции', area: 'PROFESSIONAL', parentId: null },
  { id: 'p1', code: 'PROF.SUBJECT', name: 'Предметная', area: 'PROFESSIONAL', parentId: 'p' },
  { id: 'p2', code: 'PROF.METHODICAL', name: 'Методическая', area: 'PROFESSIONAL', parentId: 'p' },
  { id: 'p21', code: 'PROF.METHODICAL.X', name: 'Частная', area: 'PROFESSIONAL', parentId: 'p2' },
];

describe('groupByArea', () => {
  it('puts professional competences first and keeps the order within a parent', () => {
    const groups = groupByArea(framework, byId);
    expect(groups.map((g) => [g.area, g.title])).toEqual([
      ['PROFESSIONAL', 'Профессиональные компетенции'],
      ['FUNCTIONAL_LITERACY', 'Формирование функциональной грамотности'],
    ]);
    expect(groups[0].roots.map((r) => r.item.code)).toEqual(['PROF']);
    expect(groups[0].roots[0].children.map((c) => c.item.code)).toEqual(['PROF.SUBJECT', 'PROF.METHODICAL']);
    expect(groups[0].roots[0].children[1].children.map((c) => c.item.code)).toEqual(['PROF.METHODICAL.X']);
  });

  it('makes an orphan a root of its own area and survives a cycle', () => {
    const groups = groupByArea(
      [
        { code: 'A', parentCode: 'B', area: 'PROFESSIONAL' },
        { code: 'B', parentCode: 'A', area: 'PROFESSIONAL' },
        { code: 'OLD', parentCode: 'GONE', area: 'OTHER' },
      ],
      byCode,
    );
    expect(groups.map((g) => g.area)).toEqual(['PROFESSIONAL', 'OTHER']);
    expect(groups[1].title).toBe('OTHER');
    expect(groups[1].roots.map((r) => r.item.code)).toEqual(['OLD']);
    const all = flattenTree(groups, (c) => c.code).filter((row) => row.kind === 'competence').map((row) => row.key);
    expect(all.sort()).toEqual(['A', 'B', 'OLD']);
  });
});

describe('flattenTree', () => {
  it('lists an area row, then its competences depth first with their depth', () => {
    const rows = flattenTree(groupByArea(framework, byId), (c) => c.code);
    expect(rows.map((row) => (row.kind === 'area' ? `#${row.area}` : `${row.depth}:${row.key}${row.hasChildren ? '+' : ''}`))).toEqual([
      '#PROFESSIONAL', '0:PROF+', '1:PROF.SUBJECT', '1:PROF.METHODICAL+', '2:PROF.METHODICAL.X', '#FUNCTIONAL_LITERACY', '0:FL+', '1:FL.MATH',
    ]);
  });

  it('lets a single root head its area', () => {
    const rows = flattenTree(groupByArea(framework, byId), (c) => c.code, { mergeSingleRoot: true });
    expect(rows.map((row) => row.key)).toEqual(['PROF', 'PROF.SUBJECT', 'PROF.METHODICAL', 'PROF.METHODICAL.X', 'FL', 'FL.MATH']);
  });
});

describe('competencePickerData', () => {
  it('groups the codes under area nodes', () => {
    const data = competencePickerData(groupByArea([...framework, { id: 'g', code: 'FL2', name: 'Ещё', area: 'FUNCTIONAL_LITERACY', parentId: null }], byId));
    expect(data.map((node) => node.value)).toEqual(['PROF', 'area:FUNCTIONAL_LITERACY']);
    expect(data[1].children).toEqual([
      { title: 'Функциональная грамотность', value: 'FL', key: 'FL', children: [{ title: 'Математическая грамотность', value: 'FL.MATH', key: 'FL.MATH' }] },
      { title: 'Ещё', value: 'FL2', key: 'FL2' },
    ]);
  });

  it('shows an area of one root as that root', () => {
    const data = competencePickerData(groupByArea(framework, byId));
    expect(data.map((node) => [node.value, node.title])).toEqual([['PROF', 'Профессиональные компетенции'], ['FL', 'Функциональная грамотность']]);
  });

  it('leaves the area nodes out of the picked codes', () => {
    expect(pickedCodes(['area:PROFESSIONAL', 'PROF.SUBJECT', 'FL.MATH', 'FL.MATH'])).toEqual(['PROF.SUBJECT', 'FL.MATH']);
    expect(pickedCodes(undefined)).toEqual([]);
  });
});
