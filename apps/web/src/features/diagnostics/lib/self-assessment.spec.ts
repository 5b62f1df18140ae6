import { changedAnswers, progressOf, questionElementId, scaleOptions, sectionsOf, unansweredOf } from './self-assessment';

const item = (code: string, competenceCode: string, competenceName: string) => ({ code, competenceCode, competenceName, labourFunction: 'A/01.6', text: code });
const items = [item('PM-1', 'PROF.METHODICAL', 'Методическая'), item('FM-1', 'FL.MATH', 'Математическая'), item('PM-2', 'PROF.METHODICAL', 'Методическая')];

describe('sectionsOf', () => {
  it('groups the items by competence in order of appearance', () => {
    expect(sectionsOf(items).map((s) => [s.competenceName, s.items.map((i) => i.code)])).toEqual([
      ['Методическая', ['PM-1', 'PM-2']],
      ['Математическая', ['FM-1']],
    ]);
  });
});

describe('scaleOptions', () => {
  it('labels each value of the scale', () => {
    expect(scaleOptions({ scaleMin: 1, scaleMax: 3, scaleLabels: ['Не владею', 'Частично'] })).toEqual([
      { value: 1, label: 'Не владею' },
      { value: 2, label: 'Частично' },
      { value: 3, label: '3' },
    ]);
  });
});

describe('progressOf', () => {
  it('counts the answered items of the questionnaire only', () => {
    expect(progressOf({ 'PM-1': 2, 'XX-9': 1 }, items)).toEqual({ answered: 1, total: 3, percent: 33 });
    expect(progressOf({}, [])).toEqual({ answered: 0, total: 0, percent: 0 });
  });
});

describe('changedAnswers', () => {
  it('keeps the new and changed answers', () => {
    expect(changedAnswers({ 'PM-1': 2, 'PM-2': 3, 'FM-1': 1 }, { 'PM-1': 2, 'PM-2': 4 })).toEqual({ 'PM-2': 3, 'FM-1': 1 });
  });
});

describe('unansweredOf', () => {
  it('reads the items from a refused submit', () => {
    const error = {
      message: 'x',
      status: 400,
      body: { message: 'Ответьте на все вопросы: осталось 2', errors: [{ field: 'answers.PM-2', message: 'Нет ответа' }, { field: 'answers.FM-1', message: 'Нет ответа' }] },
    };
    expect(unansweredOf(error, items)).toEqual(['FM-1', 'PM-2']);
    expect(unansweredOf(new Error('x'), items)).toEqual([]);
  });

  it('makes a safe element id', () => {
    expect(questionElementId('PM-1')).toBe('question-PM-1');
    expect(questionElementId('A.1 b')).toBe('question-A_1_b');
  });
});
