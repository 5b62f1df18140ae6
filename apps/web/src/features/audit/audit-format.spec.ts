import { actionTitle, entityTitle, formatChanges, formatValue, isPlaceField } from './audit-format';

describe('formatValue', () => {
  it('renders empty values as a dash', () => {
    expect(formatValue('name', null)).toBe('—');
    expect(formatValue('name', undefined)).toBe('—');
    expect(formatValue('name', '')).toBe('—');
  });

  it('renders booleans, numbers and codes in Russian', () => {
    expect(formatValue('active', true)).toBe('да');
    expect(formatValue('active', false)).toBe('нет');
    expect(formatValue('code', 43)).toBe('43');
    expect(formatValue('role', 'SCHOOL_ADMIN')).toBe('Администратор ОО');
    expect(formatValue('kind', 'PRESCHOOL')).toBe('Дошкольная образовательная организация');
    expect(formatValue('kind', 'OTHER')).toBe('OTHER');
  });

  it('renders dates as DD.MM.YYYY HH:mm', () => {
    const local = new Date(2026, 1, 3, 14, 5);
    expect(formatValue('lastLoginAt', local.toISOString())).toBe('03.02.2026 14:05');
  });

  it('hides secrets and serialises objects', () => {
    expect(formatValue('password', '***')).toBe('скрыто');
    expect(formatValue('extra', { a: 1 })).toBe('{"a":1}');
  });
});

describe('formatChanges', () => {
  it('writes «поле: было → стало» for each changed field in order', () => {
    const lines = formatChanges({
      name: { from: 'СОШ № 1', to: 'СОШ № 2' },
      active: { from: true, to: false },
      inn: { from: null, to: '4305003860' },
    });
    expect(lines.map((line) => line.text)).toEqual([
      'Название: СОШ № 1 → СОШ № 2',
      'Активность: да → нет',
      'ИНН: — → 4305003860',
    ]);
  });

  it('says a password was changed without showing it', () => {
    expect(formatChanges({ password: { from: '***', to: '***' } })[0].text).toBe('Пароль: изменён');
  });

  it('uses the field code when it has no title', () => {
    expect(formatChanges({ colour: { from: 'red', to: 'blue' } })[0].text).toBe('colour: red → blue');
  });

  it('leaves out entries that changed nothing visible', () => {
    const lines = formatChanges({ regionId: { from: null, to: null }, name: { from: null, to: 'Ключ' }, shortName: { from: '', to: undefined } });
    expect(lines.map((line) => line.text)).toEqual(['Название: — → Ключ']);
  });

  it('keeps the raw values for the UI', () => {
    const [line] = formatChanges({ municipalityId: { from: null, to: 'm-1' } });
    expect(line).toMatchObject({ field: 'municipalityId', title: 'Муниципалитет', fromRaw: null, toRaw: 'm-1' });
  });

  it('tolerates entries that are not {from, to}', () => {
    expect(formatChanges({ name: 'Новая' })[0].text).toBe('Название: — → Новая');
    expect(formatChanges(null)).toEqual([]);
    expect(formatChanges([1, 2])).toEqual([]);
    expect(formatChanges('x')).toEqual([]);
  });
});

describe('isPlaceField', () => {
  it('recognises the id fields of places', () => {
    expect(isPlaceField('organizationId')).toBe(true);
    expect(isPlaceField('name')).toBe(false);
  });
});

describe('titles', () => {
  it('names entities and actions in Russian', () => {
    expect(entityTitle('organization')).toBe('Организация');
    expect(entityTitle('thing')).toBe('thing');
    expect(actionTitle('DELETE')).toBe('Удаление');
  });
});
