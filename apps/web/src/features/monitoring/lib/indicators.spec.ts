import {
  changeArrow, changeTone, directionTitle, formatIndicatorChange, formatIndicatorValue, formatParts, formatTargetValue, groupBy, indicatorGroupTitle,
  indicatorUnitTitle, matchesIndicator, statusView,
} from './indicators';

const NBSP = '\u00a0';

describe('formatIndicatorValue', () => {
  it('formats a share in percent with one decimal', () => {
    expect(formatIndicatorValue('SHARE', 40)).toBe(`40,0${NBSP}%`);
    expect(formatIndicatorValue('SHARE', 50.4672)).toBe(`50,5${NBSP}%`);
    expect(formatIndicatorValue('SHARE', 0)).toBe(`0,0${NBSP}%`);
    expect(formatIndicatorValue('SHARE', 100)).toBe(`100,0${NBSP}%`);
  });

  it('formats per 100 with one decimal and no sign', () => {
    expect(formatIndicatorValue('PER_100', 2.8)).toBe('2,8');
    expect(formatIndicatorValue('PER_100', 2.8333)).toBe('2,8');
    expect(formatIndicatorValue('PER_100', 3)).toBe('3,0');
  });

  it('formats a count as a whole number with grouped thousands', () => {
    expect(formatIndicatorValue('COUNT', 27)).toBe('27');
    expect(formatIndicatorValue('COUNT', 12345)).toBe(`12${NBSP}345`);
  });

  it('says да/нет for yes/no', () => {
    expect(formatIndicatorValue('YES_NO', 1)).toBe('да');
    expect(formatIndicatorValue('YES_NO', 0)).toBe('нет');
  });

  it('shows a dash without a value (a zero denominator)', () => {
    expect(formatIndicatorValue('SHARE', null)).toBe('—');
    expect(formatIndicatorValue('COUNT', undefined)).toBe('—');
    expect(formatIndicatorValue('PER_100', Number.NaN)).toBe('—');
  });
});

describe('formatTargetValue', () => {
  it('keeps the decimals a target was set with', () => {
    expect(formatTargetValue('SHARE', 50)).toBe(`50,0${NBSP}%`);
    expect(formatTargetValue('SHARE', 45.25)).toBe(`45,25${NBSP}%`);
    expect(formatTargetValue('PER_100', 2.5)).toBe('2,5');
    expect(formatTargetValue('COUNT', 3)).toBe('3');
    expect(formatTargetValue('YES_NO', 1)).toBe('да');
    expect(formatTargetValue('SHARE', null)).toBe('—');
  });
});

describe('formatParts', () => {
  it('writes the numerator of the denominator', () => {
    expect(formatParts(162, 321)).toBe('162 из 321');
    expect(formatParts(0, 0)).toBe('0 из 0');
    expect(formatParts(1200, 3400)).toBe(`1${NBSP}200 из 3${NBSP}400`);
  });

  it('has nothing for counts', () => {
    expect(formatParts(27, null)).toBeNull();
  });
});

describe('formatIndicatorChange', () => {
  it('formats a share change in percentage points with a sign', () => {
    expect(formatIndicatorChange('SHARE', 2.54)).toBe(`+2,5${NBSP}п.${NBSP}п.`);
    expect(formatIndicatorChange('SHARE', -3)).toBe(`\u22123,0${NBSP}п.${NBSP}п.`);
    expect(formatIndicatorChange('SHARE', 0)).toBe(`0,0${NBSP}п.${NBSP}п.`);
  });

  it('formats per 100 and counts by their own measure', () => {
    expect(formatIndicatorChange('PER_100', -0.3)).toBe('\u22120,3');
    expect(formatIndicatorChange('COUNT', 2)).toBe('+2');
    expect(formatIndicatorChange('COUNT', 0)).toBe('0');
  });

  it('says what a yes/no became', () => {
    expect(formatIndicatorChange('YES_NO', 1)).toBe('стало «да»');
    expect(formatIndicatorChange('YES_NO', -1)).toBe('стало «нет»');
    expect(formatIndicatorChange('YES_NO', 0)).toBe('без изменений');
  });

  it('shows a dash without a previous run', () => {
    expect(formatIndicatorChange('SHARE', null)).toBe('—');
  });
});

describe('changeTone', () => {
  it('is good when a higher-is-better indicator grows and bad when it falls', () => {
    expect(changeTone('HIGHER_IS_BETTER', 5)).toBe('good');
    expect(changeTone('HIGHER_IS_BETTER', -0.5)).toBe('bad');
  });

  it('is good when a lower-is-better indicator falls and bad when it grows', () => {
    expect(changeTone('LOWER_IS_BETTER', -2)).toBe('good');
    expect(changeTone('LOWER_IS_BETTER', 1.2)).toBe('bad');
  });

  it('is neutral for no change (to the shown decimal) and none without a previous run', () => {
    expect(changeTone('HIGHER_IS_BETTER', 0)).toBe('same');
    expect(changeTone('LOWER_IS_BETTER', 0.01)).toBe('same');
    expect(changeTone('HIGHER_IS_BETTER', null)).toBe('none');
  });

  it('points the arrow the way the value moved, whatever the direction', () => {
    expect(changeArrow(3)).toBe('up');
    expect(changeArrow(-3)).toBe('down');
    expect(changeArrow(0)).toBe('none');
    expect(changeArrow(null)).toBe('none');
  });
});

describe('statusView', () => {
  it('colours the statuses green, orange and red', () => {
    expect(statusView('MET', 50, 60)).toEqual({ key: 'MET', title: 'достигнуто', color: 'green' });
    expect(statusView('AT_RISK', 50, 47)).toEqual({ key: 'AT_RISK', title: 'под угрозой', color: 'orange' });
    expect(statusView('NOT_MET', 50, 10)).toEqual({ key: 'NOT_MET', title: 'не достигнуто', color: 'red' });
  });

  it('says why there is no status, in grey', () => {
    expect(statusView(null, null, 40)).toEqual({ key: 'NO_TARGET', title: 'цель не задана', color: 'default' });
    expect(statusView(null, 50, null)).toEqual({ key: 'NO_VALUE', title: 'нет данных', color: 'default' });
  });
});

describe('titles and grouping', () => {
  it('names groups, units and directions in Russian', () => {
    expect(indicatorGroupTitle('MENTORING')).toBe('Наставничество');
    expect(indicatorGroupTitle('NEW_GROUP')).toBe('NEW_GROUP');
    expect(indicatorUnitTitle('SHARE')).toBe('доля, %');
    expect(directionTitle('HIGHER_IS_BETTER')).toBe('чем больше, тем лучше');
    expect(directionTitle('LOWER_IS_BETTER')).toBe('чем меньше, тем лучше');
  });

  it('groups in the catalogue order of groups, keeping the order within a group and leaving empty groups out', () => {
    const items = [
      { code: 'STAFF_PENSION', group: 'STAFFING' },
      { code: 'DIAG_COVERAGE', group: 'DIAGNOSTICS' },
      { code: 'X', group: 'UNKNOWN' },
      { code: 'DIAG_CORPORATE', group: 'DIAGNOSTICS' },
      { code: 'TRAIN_ICT', group: 'TRAINING' },
    ];
    const groups = groupBy(items, (item) => item.group);
    expect(groups.map((group) => group.group)).toEqual(['DIAGNOSTICS', 'TRAINING', 'STAFFING', 'UNKNOWN']);
    expect(groups[0].items.map((item) => item.code)).toEqual(['DIAG_COVERAGE', 'DIAG_CORPORATE']);
    expect(groups[0].title).toBe('Выявление профессиональных дефицитов');
    expect(groupBy([], () => 'DIAGNOSTICS')).toEqual([]);
  });
});

describe('matchesIndicator', () => {
  const indicator = { code: 'YOUNG_SHARE', name: 'Доля молодых педагогов (моложе 35 лет)' };

  it('finds by every word of the name or by the code, whatever the case and ё', () => {
    expect(matchesIndicator(indicator, '')).toBe(true);
    expect(matchesIndicator(indicator, 'молодых')).toBe(true);
    expect(matchesIndicator(indicator, 'ДОЛЯ  педагогов')).toBe(true);
    expect(matchesIndicator(indicator, 'young_share')).toBe(true);
    expect(matchesIndicator({ code: 'X', name: 'Учёт' }, 'учет')).toBe(true);
    expect(matchesIndicator(indicator, 'наставники')).toBe(false);
  });
});
