import ExcelJS from 'exceljs';
import { Role } from '@sopr/shared';
import { accessTokenFor } from './support/auth';
import { binaryParser } from './support/binary';
import { TestApp, startTestApp } from './support/test-app';
import { Builder, World, buildWorld, validSnils } from './support/world';

const HEADERS = ['Внешний идентификатор', 'СНИЛС', 'Фамилия', 'Имя', 'Отчество', 'Пол', 'Дата рождения', 'Телефон', 'Уровень образования', 'Начало педагогического стажа',
  'Квалификационная категория', 'Дата присвоения категории', 'Вид занятости', 'Дата приёма', 'Должности', 'Недельная нагрузка, ч', 'Предметы'];

/** A CSV the way Russian Excel saves it: Windows-1251, semicolons, CRLF. */
function windows1251Csv(rows: string[][]): Buffer {
  const text = rows.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n');
  const table = 'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕї';
  return Buffer.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const index = table.indexOf(ch);
    if (index === -1) throw new Error(`no cp1251 for ${ch}`);
    return 0x80 + index;
  }));
}

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Педагоги');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('staff import', () => {
  let t: TestApp;
  let world: World & { build: Builder };
  let school: string;
  const count = async () => Number((await t.db.query('SELECT count(*) AS n FROM staff_member WHERE organization_id = $1', [world.o1.id]))[0].n);
  const upload = (mode: 'dry-run' | 'commit', body: Buffer, type = 'application/octet-stream') =>
    t.http.post(`/api/v1/staff/imports/${mode}?organizationId=${world.o1.id}`).set('Authorization', school).set('Content-Type', type).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t.db);
    school = `Bearer ${accessTokenFor(t, await world.build.user(Role.SCHOOL_ADMIN, { organization: world.o1 }))}`;
  });
  afterAll(() => t.close());

  it('offers a template with Russian headers and an example row', async () => {
    const response = await t.http.get('/api/v1/staff/imports/template.xlsx').set('Authorization', school).buffer(true).parse(binaryParser);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const header = (workbook.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['СНИЛС', 'Фамилия', 'Дата рождения', 'Должности', 'Предметы']));
    expect((workbook.worksheets[0].getRow(2).values as string[]).slice(1)[header.indexOf('СНИЛС')]).toBe('112-233-445 95');
  });

  it('imports a Windows-1251 CSV with semicolons; the same file twice changes nothing', async () => {
    const [s1, s2] = [validSnils(), validSnils()];
    const file = windows1251Csv([
      HEADERS,
      ['', s1, 'Ёлкина', 'Дарья', 'Игоревна', 'ж', '03.02.1995', '', 'высшее', '01.09.2018', 'первая', '15.03.2023', 'основное', '01.09.2018', 'Учитель', '18', 'Математика; Информатика'],
      ['', s2, 'Шихов', 'Павел', 'Андреевич', 'м', '1987-11-30', '', 'среднее профессиональное', '01.09.2009', '', '', '', '01.09.2009', 'Педагог-организатор, Учитель', '', 'Физическая культура'],
    ]);
    const before = await count();
    const dry = await upload('dry-run', file, 'text/csv');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ valid: true, totalRows: 2, toCreate: 2, toUpdate: 0, unchanged: 0, errors: [], fileErrors: [] });
    expect(await count()).toBe(before);

    const committed = await upload('commit', file, 'text/csv');
    expect(committed.body).toMatchObject({ applied: true, toCreate: 2 });
    expect(await count()).toBe(before + 2);
    const list = await t.http.get(`/api/v1/staff?q=Ёлкина`).set('Authorization', school);
    expect(list.body.items[0]).toMatchObject({ fullName: 'Ёлкина Дарья Игоревна', subjects: ['Математика', 'Информатика'], category: 'FIRST', positions: ['TEACHER'] });

    const again = await upload('commit', file, 'text/csv');
    expect(again.body).toMatchObject({ applied: true, toCreate: 0, toUpdate: 0, unchanged: 2 });
    expect(await count()).toBe(before + 2);

    const changed = windows1251Csv([HEADERS, ['', s1, 'Ёлкина', 'Дарья', 'Игоревна', 'ж', '03.02.1995', '+7 912 555-44-33', 'высшее', '01.09.2018', 'первая', '15.03.2023', 'основное', '01.09.2018', 'Учитель', '18', 'Математика; Информатика']]);
    expect((await upload('dry-run', changed)).body).toMatchObject({ toCreate: 0, toUpdate: 1, unchanged: 0 });
  });

  it('lists every bad row with its column and applies nothing', async () => {
    const good = validSnils();
    const file = await xlsx([
      HEADERS,
      ['', good, 'Верная', 'Строка', '', 'ж', '01.01.1990', '', 'высшее', '01.09.2012', '', '', '', '01.09.2012', 'Учитель', 18, 'Математика'],
      ['', '112-233-445 96', 'Плохой', 'СНИЛС', '', 'м', '01.01.1990', '', 'высшее', '01.09.2012', '', '', '', '01.09.2012', 'Учитель', 18, ''],
      ['', validSnils(), 'Будущая', 'Дата', '', 'ж', '01.01.2090', '', 'высшее', '01.09.2012', '', '', '', '01.09.2012', 'Учитель', 18, ''],
      ['', validSnils(), 'Стаж', 'Раньше', '', 'ж', '01.01.1990', '', 'высшее', '01.09.2000', '', '', '', '01.09.2012', 'Учитель', 18, ''],
      ['', validSnils(), 'Странная', 'Должность', '', 'x', '31.02.1990', '', 'академик', '01.09.2012', '', '', '', '01.09.2012', 'Космонавт', 18, 'Астрология'],
      ['', good, 'Верная', 'Строка', '', 'ж', '01.01.1990', '', 'высшее', '01.09.2012', '', '', '', '01.09.2012', 'Учитель', 18, 'Математика'],
    ]);
    const before = await count();
    const dry = await upload('dry-run', file);
    expect(dry.body.valid).toBe(false);
    expect(dry.body.errors).toEqual([
      { row: 3, column: 'СНИЛС', message: 'СНИЛС указан с ошибкой (не сходится контрольное число)' },
      { row: 4, column: 'Дата рождения', message: 'Дата рождения не может быть в будущем' },
      { row: 4, column: 'Начало педагогического стажа', message: 'Педагогический стаж не может начинаться раньше 16 лет' },
      { row: 4, column: 'Дата приёма', message: 'Дата приёма не может быть раньше 16 лет' },
      { row: 5, column: 'Начало педагогического стажа', message: 'Педагогический стаж не может начинаться раньше 16 лет' },
      { row: 6, column: 'Пол', message: 'Допустимые значения: м, ж' },
      { row: 6, column: 'Дата рождения', message: 'Такой даты не существует' },
      { row: 6, column: 'Уровень образования', message: 'Допустимые значения: высшее, среднее профессиональное, иное' },
      { row: 6, column: 'Должности', message: 'Неизвестная должность «Космонавт»' },
      { row: 6, column: 'Предметы', message: 'Нет предмета «Астрология» в справочнике' },
      { row: 7, column: null, message: 'Повторяет строку 2' },
    ]);
    const commit = await upload('commit', file);
    expect(commit.status).toBe(400);
    expect(commit.body.code).toBe('IMPORT_INVALID');
    expect(commit.body.errors).toHaveLength(11);
    expect(commit.body.errors[0]).toEqual({ field: 'rows[3].СНИЛС', message: 'СНИЛС указан с ошибкой (не сходится контрольное число)' });
    expect(await count()).toBe(before);
  });

  it('refuses files that are not tables, and wrong or missing columns', async () => {
    const notTable = await upload('dry-run', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(notTable.body).toMatchObject({ valid: false, fileErrors: ['Файл не похож на таблицу: ожидается XLSX или CSV'] });
    const fakeXlsx = await upload('dry-run', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(fakeXlsx.body.fileErrors).toEqual(['Файл не похож на книгу Excel (XLSX) или повреждён']);
    const columns = await upload('dry-run', Buffer.from('СНИЛС;Фамилия;Цвет глаз\n112-233-445 95;Иванова;карие\n', 'utf8'));
    expect(columns.body.fileErrors).toEqual([
      'Неизвестные столбцы: «Цвет глаз». Используйте шаблон',
      'Нет обязательных столбцов: «Имя», «Пол», «Дата рождения», «Уровень образования», «Начало педагогического стажа», «Дата приёма», «Должности»',
    ]);
    const json = await t.http.post(`/api/v1/staff/imports/dry-run`).set('Authorization', school).send({ file: 'x' });
    expect(json.status).toBe(415);
  });

  it('rejects organizations outside the scope', async () => {
    const outside = await t.http.post(`/api/v1/staff/imports/dry-run?organizationId=${world.o2.id}`).set('Authorization', school).set('Content-Type', 'text/csv').send(Buffer.from('x'));
    expect(outside.status).toBe(404);
    const file = windows1251Csv([[...HEADERS, 'Организация'], ['', validSnils(), 'Чужая', 'Школа', '', 'ж', '01.01.1990', '', 'высшее', '01.09.2012', '', '', '', '01.09.2012', 'Учитель', '18', '', 'Детский сад O2']]);
    const dry = await upload('dry-run', file);
    expect(dry.body.errors).toEqual([{ row: 2, column: 'Организация', message: 'Организация «Детский сад O2» не найдена в вашей области доступа' }]);
  });
});
