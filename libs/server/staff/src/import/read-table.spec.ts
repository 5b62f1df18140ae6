import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { TableRow, UnreadableFileError, readTableRows } from './read-table';

// ---------------------------------------------------------------------------------------------------------------------
// The oracle: the XLSX reading this module did with ExcelJS before (WorkbookReader, first sheet, values as text).

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    return '';
  }
  return String(value);
}

async function* readXlsxWithExcelJs(bytes: Buffer): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
  let header = true;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        if (header || cells.some((c) => c.trim() !== '')) yield { line: row.number, cells };
        header = false;
      }
      return;
    }
  } catch {
    throw new UnreadableFileError('Файл не похож на книгу Excel (XLSX) или повреждён');
  }
  throw new UnreadableFileError('В книге нет листов');
}

const collect = async (rows: AsyncIterable<TableRow>) => {
  const out: TableRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
};
const rowsOf = (bytes: Buffer) => collect(readTableRows(bytes));
const oracleRowsOf = (bytes: Buffer) => collect(readXlsxWithExcelJs(bytes));
const errorOf = (read: () => Promise<unknown>) => read().then(() => 'no error', (error: Error) => `${error.constructor.name}: ${error.message}`);

/** Sparse rows from [line, cells] with `_` for a hole (toStrictEqual tells a hole from '' and from undefined). */
const _ = Symbol('hole');
const rows = (...spec: [number, (string | typeof _)[]][]): TableRow[] =>
  spec.map(([line, values]) => {
    const cells: string[] = [];
    values.forEach((value, i) => {
      if (value !== _) cells[i] = value;
    });
    cells.length = values.length;
    return { line, cells };
  });

// ---------------------------------------------------------------------------------------------------------------------
// Workbooks written by hand: a minimal zip writer and the parts ExcelJS reads.

const CRC_TABLE = Array.from({ length: 256 }, (_n, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of the entries in the given order, deflated (method 8) or, with another method, stored as they are. */
function zipOf(entries: [string, string | Buffer][], method = 8): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = method === 8 ? deflateRawSync(data) : data;
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const worksheet = (sheetData: string) => `${XML}<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`;
const sharedStringsPart = (items: string) => `${XML}<sst xmlns="${MAIN}">${items}</sst>`;
const workbookPart = (sheets: number) =>
  `${XML}<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
  Array.from({ length: sheets }, (_n, i) => `<sheet name="Лист${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
  '</sheets></workbook>';
const relationshipsPart = (sheets: number) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  Array.from({ length: sheets }, (_n, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
  '</Relationships>';

/** A zip that ends with one more entry, as real workbooks do. */
const zipWithTail = (entries: [string, string | Buffer][]) => zipOf([...entries, ['docProps/app.xml', `${XML}<Properties/>`]]);

/**
 * A workbook whose relationships and shared strings come before its sheets, so that ExcelJS read the first sheet at
 * once. With the sheets first (Excel's order, and ExcelJS's own; see the workbooks ExcelJS writes below) it parked them
 * in temporary files to read after the rest, and then, about once in a hundred runs on a small workbook, lost the
 * entries after the parked sheet: unzipper signals its end as soon as it has read the input, entries not yet taken or
 * not. The reader here has no such race.
 */
function handMade(sheets: (string | Buffer)[], sharedStrings?: string): Buffer {
  return zipWithTail([
    ['xl/workbook.xml', workbookPart(sheets.length)],
    ['xl/_rels/workbook.xml.rels', relationshipsPart(sheets.length)],
    ...(sharedStrings === undefined ? [] : [['xl/sharedStrings.xml', sharedStrings] as [string, string]]),
    ...sheets.map((sheet, i): [string, string | Buffer] => [`xl/worksheets/sheet${i + 1}.xml`, sheet]),
  ]);
}

/** ExcelJS's rows, asked for up to three times until `accept` takes them: its race (see handMade) made it flaky. */
async function oracleRowsAccepted(bytes: Buffer, accept: (rows: TableRow[]) => boolean): Promise<TableRow[]> {
  let rows = await oracleRowsOf(bytes);
  for (let tries = 1; tries < 3 && !accept(rows); tries++) rows = await oracleRowsOf(bytes);
  return rows;
}

const shapeOf = (rows: TableRow[]) => rows.map((row) => ({ line: row.line, present: Object.keys(row.cells), length: row.cells.length }));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Cells that differ from ExcelJS's. ExcelJS decoded each chunk of unzipped XML apart: a character cut in two there came
 * out as U+FFFD (one for each of its bytes there). In such a cell any one character stands for that run, and the reader
 * must have the character whole.
 */
/** A cell where the reader differs from ExcelJS on purpose (an inline rich text whose runs it joins): true when `got` is what it should be. */
type Deliberate = (line: number, column: number, got: string, oracle: string) => boolean;

function differences(got: TableRow[], oracle: TableRow[], deliberate: Deliberate = () => false): string[] {
  if (!isDeepStrictEqual(shapeOf(got), shapeOf(oracle))) return ['rows, lines or holes differ'];
  const same = (text: string, expected: string) =>
    expected.includes('\uFFFD') ? !text.includes('\uFFFD') && new RegExp(`^${escapeRegExp(expected).replace(/\uFFFD+/g, '.')}$`, 'su').test(text) : text === expected;
  return oracle.flatMap((row, r) =>
    row.cells.flatMap((cell, c) =>
      same(got[r].cells[c], cell) || deliberate(row.line, c + 1, got[r].cells[c], cell) ? [] : [`line ${row.line}, cell ${c + 1}: ${JSON.stringify(got[r].cells[c])} for ${JSON.stringify(cell)}`],
    ),
  );
}

/** Asserts the reader gives the rows ExcelJS gave (lines, holes, texts; see `differences`) and returns them. */
async function expectLikeExcelJs(bytes: Buffer, deliberate?: Deliberate): Promise<{ rows: TableRow[]; mended: number }> {
  const got = await rowsOf(bytes);
  const oracle = await oracleRowsAccepted(bytes, (rows) => differences(got, rows, deliberate).length === 0);
  expect(shapeOf(got)).toStrictEqual(shapeOf(oracle));
  expect(differences(got, oracle, deliberate)).toEqual([]);
  return { rows: got, mended: oracle.reduce((n, row) => n + row.cells.filter((cell) => cell.includes('\uFFFD')).length, 0) };
}

/** Asserts the reader gives `expected` and that ExcelJS gave the same. */
async function expectRows(bytes: Buffer, expected: TableRow[]) {
  expect(await rowsOf(bytes)).toStrictEqual(expected);
  expect(await oracleRowsAccepted(bytes, (rows) => isDeepStrictEqual(rows, expected))).toStrictEqual(expected);
}

// ---------------------------------------------------------------------------------------------------------------------
// Workbooks written by ExcelJS.

async function excelJsWorkbook(fill: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function streamedWorkbook(useSharedStrings: boolean, fill: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings });
  fill(workbook);
  await workbook.commit();
  return Buffer.concat(chunks);
}

const LONG = 'Очень длинный текст & <разметка> "в кавычках" '.repeat(800); // ~37,000 characters

/** Every kind of value ExcelJS writes, with gaps between cells and rows. */
const SAMPLE: ExcelJS.CellValue[][] = [
  ['№', 'ФИО участника', 'СНИЛС', 'Дата', 'Балл', 'Формула', 'Флаг', 'Примечание'],
  [1, 'Иванова Анна Ивановна', '112-233-445 95', '12.10.2026', '57,5', { formula: 'A2*2', result: 2 }, true, 'a < b & c > "d" \'e\''],
  [2, 'Петрова Мария', null, new Date(Date.UTC(2026, 9, 12)), 57.5, { formula: 'A3*0', result: 0 }, false, '  пробелы по краям  '],
  [3, 'Line\nbreak', '', null, 1e-7, { formula: 'CONCAT("x","y")', result: 'xy' }, null, { richText: [{ text: 'Жирный ', font: { bold: true } }, { text: 'и обычный' }] }],
  [4, { text: 'Ссылка', hyperlink: 'https://example.org' }, { error: '#N/A' }, 0, -12.25, { formula: '1/0', result: { error: '#DIV/0!' } }, 123456789012345, LONG],
  [5, '&amp; literally', '&lt;tag&gt;', 1e21, 0.1 + 0.2, { formula: 'A6', result: 5 }, 'true', ''],
];

function fillSample(sheet: { addRow(values: ExcelJS.CellValue[]): { commit?(): void } }) {
  SAMPLE.forEach((values) => sheet.addRow(values).commit?.());
  sheet.addRow([]).commit?.(); // a row with no cells
  sheet.addRow(['', ' ', null]).commit?.(); // a blank row
  sheet.addRow([null, null, 'после пустых']).commit?.();
}

describe('readTableRows on XLSX', () => {
  describe('gives what the ExcelJS reader gave, for workbooks ExcelJS writes', () => {
    it('a workbook (shared strings), with a second sheet that is not read', async () => {
      const bytes = await excelJsWorkbook((workbook) => {
        const sheet = workbook.addWorksheet('Результаты');
        fillSample(sheet);
        sheet.getCell('J12').value = 'далеко'; // row 12, after a gap of rows
        workbook.addWorksheet('Второй').addRow(['не читается']);
      });
      const { rows: got } = await expectLikeExcelJs(bytes);
      expect(got.map((row) => row.line)).toEqual([1, 2, 3, 4, 5, 6, 9, 12]);
      expect(got[1].cells).toEqual(['1', 'Иванова Анна Ивановна', '112-233-445 95', '12.10.2026', '57,5', '2', 'true', 'a < b & c > "d" \'e\'']);
      // a date is its serial number (styles are not read), a formula with the result 0 is '', a missing value a hole
      expect(got[2]).toStrictEqual(rows([3, ['2', 'Петрова Мария', _, '46307', '57.5', '', 'false', '  пробелы по краям  ']])[0]);
      expect(got[3]).toStrictEqual(rows([4, ['3', 'Line\nbreak', _, _, '1e-7', 'xy', _, 'Жирный и обычный']])[0]); // '' was an empty shared string
      expect(got[4].cells).toEqual(['4', 'Ссылка', '', '0', '-12.25', '', '123456789012345', LONG]);
      expect(got[5].cells).toEqual(['5', '&amp; literally', '&lt;tag&gt;', '1e+21', '0.30000000000000004', '5', 'true']); // ends at its last value
      expect(got[6]).toStrictEqual(rows([9, [_, _, 'после пустых']])[0]);
      expect(got[7]).toStrictEqual(rows([12, [_, _, _, _, _, _, _, _, _, 'далеко']])[0]);
    });

    it.each([false, true])('a streamed workbook (shared strings: %s)', async (useSharedStrings) => {
      const bytes = await streamedWorkbook(useSharedStrings, (workbook) => {
        fillSample(workbook.addWorksheet('Результаты'));
        workbook.addWorksheet('Второй').addRow(['не читается']).commit();
      });
      // Without shared strings ExcelJS writes rich text as an inline string of runs and read back only the last one.
      const joined: Deliberate = (line, column, got, oracle) => !useSharedStrings && line === 4 && column === 8 && got === 'Жирный и обычный' && oracle === 'и обычный';
      const { rows: got } = await expectLikeExcelJs(bytes, joined);
      expect(got).toHaveLength(7);
      expect(got[3].cells[7]).toBe('Жирный и обычный');
      // without shared strings text is written as t="str" and decoded twice, as ExcelJS did
      expect(got[5].cells.slice(1, 3)).toEqual(useSharedStrings ? ['&amp; literally', '&lt;tag&gt;'] : ['& literally', '<tag>']);
      expect(got[4].cells[7]).toBe(LONG);
    });

    it('a larger random workbook, written each way', async () => {
      let seed = 7;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
      const words = ['Иванова', 'Анна', 'Schmidt', 'a&b', '<x>', '"q"', "it's", ' ', '', '57,5', 'ё', '𝔘nicode', 'tab\there', 'две\nстроки'];
      const valueOf = (): ExcelJS.CellValue =>
        pick<() => ExcelJS.CellValue>([
          () => null,
          () => Math.round(random() * 1e6) / 100,
          () => Math.floor(random() * 100),
          () => pick(words) + pick(words),
          () => random() < 0.5,
          () => ({ formula: 'A1+1', result: Math.floor(random() * 3) }),
          // Its last run is never blank: where ExcelJS read only that run, a row or a cell would vanish that the reader keeps.
          () => ({ richText: [{ text: pick(words) }, { text: pick(words.filter((w) => w.trim() !== '')), font: { italic: true } }] }),
        ])();
      const data = Array.from({ length: 1500 }, () => Array.from({ length: 1 + Math.floor(random() * 9) }, valueOf));
      const fill = (sheet: ExcelJS.Worksheet) => data.forEach((values) => sheet.addRow(values).commit());
      // A rich text the streaming writer put inline: the reader joins its runs where ExcelJS kept the last one.
      const joined: Deliberate = (line, column, got, oracle) => {
        const value = data[line - 1]?.[column - 1];
        if (!value || typeof value !== 'object' || !('richText' in value)) return false;
        return got === value.richText.map((run) => run.text).join('') && oracle === value.richText[value.richText.length - 1].text;
      };
      await expectLikeExcelJs(await excelJsWorkbook((workbook) => fill(workbook.addWorksheet('Лист'))));
      await expectLikeExcelJs(await streamedWorkbook(false, (workbook) => fill(workbook.addWorksheet('Лист'))), joined);
      await expectLikeExcelJs(await streamedWorkbook(true, (workbook) => fill(workbook.addWorksheet('Лист'))));
    });

    it('keeps a character whole where a chunk of the unzipped XML ends inside it (ExcelJS put U+FFFD there)', async () => {
      const text = (i: number) => `Фамилия${i} Имя Отчество — ёжик`;
      const bytes = await streamedWorkbook(false, (workbook) => {
        const sheet = workbook.addWorksheet('Лист');
        for (let i = 0; i < 5000; i++) sheet.addRow([text(i)]).commit();
      });
      const { rows: got, mended } = await expectLikeExcelJs(bytes);
      expect(mended).toBeGreaterThan(0);
      expect(got.map((row) => row.cells[0])).toEqual(Array.from({ length: 5000 }, (_n, i) => text(i)));
    });
  });

  describe('gives what ExcelJS gave for the SpreadsheetML it reads, written by hand', () => {
    it('numbers as String(parseFloat(v)), booleans, errors, inline strings and their entities', async () => {
      const sheet = worksheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Заголовок</t></is></c><c r="B1"><v>2</v></c></row>' +
          '<row r="2"><c r="A2"><v>57.50</v></c><c r="B2"><v>1E-7</v></c><c r="C2"><v>  12</v></c><c r="D2"><v></v></c><c r="E2"><v>0x10</v></c><c r="F2"><v>-0</v></c><c r="G2" t="n"><v>45000</v></c></row>' +
          '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="d"><v>2026-10-12T00:00:00Z</v></c></row>' +
          '<row r="4"><c r="A4" t="str"><v>&amp;lt;b&amp;gt; &amp;amp; &#1060;&#x424; &apos;&quot;</v></c><c r="B4" t="inlineStr"><is><t xml:space="preserve">  с пробелами  </t></is></c></row>' +
          '<row r="5"><c r="A5" t="inlineStr"><is><t>второй</t></is></c><c r="B5" t="str"><v>a\r\nb\rc</v></c><c r="C5" t="str"><v>&#13;</v></c></row>',
      );
      await expectRows(
        handMade([sheet]),
        rows(
          [1, ['Заголовок', '2']],
          [2, ['57.5', '1e-7', '12', 'NaN', '0', '0', '45000']],
          [3, ['true', 'false', '', '2026']],
          [4, ['<b> & ФФ \'"', '  с пробелами  ']],
          [5, ['второй', 'a\nb\nc', '\r']],
        ),
      );
    });

    it('an inline string is the text of its <t> elements: rich-text runs joined, phonetic readings and the layout between elements left out (ExcelJS kept the last run)', async () => {
      const bytes = handMade([
        worksheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><r><t>Иванова </t></r><r><rPr><b/></rPr><t>Анна &amp;lt;Ивановна&amp;gt;</t></r></is></c>' +
            '<c r="B1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c>' +
            '<c r="C1" t="inlineStr">\n  <is>\n    <t>текст</t>\n  </is>\n</c></row>',
        ),
      ]);
      expect(await rowsOf(bytes)).toStrictEqual(rows([1, ['Иванова Анна <Ивановна>', '漢字', 'текст']]));
      expect((await oracleRowsAccepted(bytes, () => true))[0].cells).toEqual(['Анна <Ивановна>', 'かんじ', 'текст\n  \n']);
    });

    it('formulas: the cached value, with 0 and NaN dropped unless the formula text is empty', async () => {
      const sheet = worksheet(
        '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>1-1</f><v>0</v></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c>' +
          '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1" t="b"><f>TRUE()</f><v>1</v></c><c r="F1"><f>A1</f></c></row>' +
          '<row r="2"><c r="A2"><f t="shared" ref="A2:C2" si="0">B1</f><v>0</v></c><c r="B2"><f t="shared" si="0"/><v>0</v></c>' +
          '<c r="C2" t="e"><f t="shared" si="0"/><v>#REF!</v></c><c r="D2" t="str"><f t="shared" si="0"/><v>x</v></c><c r="E2"><f t="shared" si="0"/></c></row>',
      );
      await expectRows(handMade([sheet]), rows([1, ['2', '', 'a&b', '', '1', '']], [2, ['', '0', 'NaN', 'x', '']]));
    });

    it('shared strings: runs joined, the last <t> of a phonetic reading, empty ones as holes, all character data kept', async () => {
      const strings = sharedStringsPart(
        '<si><t>простой</t></si>' +
          '<si><r><rPr><b/><sz val="11"/></rPr><t>жирный </t></r><r><t xml:space="preserve">и нет</t></r></si>' +
          '<si><t/></si>' +
          '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>' +
          '<si>\n  <t>с отступами</t>\n</si>' +
          '<si><t>&lt;&amp;&gt; &#x1F600;</t></si>' +
          '<si></si>',
      );
      const sheet = worksheet(
        '<row r="1">' + [0, 1, 2, 3, 4, 5, 6, 99, 'x'].map((index, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${index}</v></c>`).join('') + '</row>' +
          '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>2</v></c></row>', // the trailing hole is not a cell
      );
      // index 6 is an empty <si>, 99 is past the end, 'x' is no number: holes, and the row ends at its last value
      await expectRows(handMade([sheet], strings), rows([1, ['простой', 'жирный и нет', _, 'かんじ', 'с отступами\n', '<&> 😀']], [2, ['простой']]));
    });

    it('a shared-string cell in a workbook without shared strings is ""', async () => {
      await expectRows(handMade([worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>3</v></c></row>')]), rows([1, ['', '']]));
    });

    it('cells by their references: gaps, any order, duplicates, $ and other characters; rows by their r', async () => {
      const sheet = worksheet(
        '<row r="3" spans="1:5"><c r="E3" t="str"><v>e</v></c><c r="B3" t="str"><v>b</v></c><c r="$C$3" t="str"><v>c</v></c><c r="B3" t="str"><v>b2</v></c></row>' +
          '<row r="7"><c r="A7" s="1"/><c r="B7" t="str"><v>x</v></c><c r="C7" s="2"/><c r="D7" t="s"><v>0</v></c></row>' +
          '<row r="8"><c r="A8" t="str"><v>y</v></c><c r="A8" t="s"><v>5</v></c></row>' +
          '<row r="9"><c r="AA9"><v>27</v></c></row>' +
          '<row r="0010"><c r="A1"><v>1</v></c></row>',
      );
      await expectRows(
        handMade([sheet]),
        rows([3, [_, 'b2', 'c', _, 'e']], [7, [_, 'x', _, '']], [9, [...Array<typeof _>(26).fill(_), '27']], [10, ['1']]), // row 8: its only cell was emptied
      );
    });

    it('the header row is always kept; other rows without a non-blank cell are skipped', async () => {
      const sheet = worksheet(
        '<row r="1"/><row r="2"><c r="A2" t="str"><v>  </v></c><c r="B2" t="str"><v></v></c></row><row r="3"><c r="B3" t="str"><v> x </v></c></row><row r="4"></row>',
      );
      await expectRows(handMade([sheet]), rows([1, []], [3, [_, ' x ']]));
    });

    it('whitespace, comments, CDATA (skipped), processing instructions and a byte order mark', async () => {
      const sheet =
        '\uFEFF' +
        XML +
        `<!-- a comment --><worksheet xmlns="${MAIN}">\n  <sheetData>\n    <row r="1">\n      <c r="A1">\n        <v>1</v>\n      </c>\n` +
        '      <c r="B1" t="str"><v>до<!-- x -->после</v></c>\n      <c r="C1" t="str"><v><![CDATA[<не текст>]]></v></c>\n' +
        '      <c r="D1" t="inlineStr">\n        <is>\n          <t>текст</t>\n        </is>\n      </c><?pi data?>\n    </row>\n  </sheetData>\n</worksheet>\n';
      const bytes = handMade([sheet]);
      expect(await rowsOf(bytes)).toStrictEqual(rows([1, ['1', 'допосле', '', 'текст']]));
      // ExcelJS also kept the layout after an inline string's <t>.
      expect(await oracleRowsAccepted(bytes, () => true)).toStrictEqual(rows([1, ['1', 'допосле', '', 'текст\n        \n      ']]));
    });

    it('text after a shared formula\'s empty <f/> counts as its formula; UTF-8, malformed bytes too, decoded as TextDecoder does', async () => {
      const [before, after] = worksheet(
        '<row r="1"><c r="A1"><f t="shared" si="0"/>\n<v>0</v></c><c r="B1"><f t="shared" si="0"/><v>0</v></c>' +
          '<c r="C1" t="inlineStr"><is><t>😀 ok</t></is></c><c r="D1" t="str"><v>BAD</v></c></row>',
      ).split('BAD');
      const sheet = Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0x28, 0xe2, 0x82]), Buffer.from(after)]);
      await expectRows(handMade([sheet]), rows([1, ['', '0', '😀 ok', '\uFFFD(\uFFFD']]));
    });

    it('entries stored without compression', async () => {
      const bytes = zipOf([['xl/worksheets/sheet1.xml', worksheet('<row r="1"><c r="A1" t="str"><v>без сжатия</v></c></row>')], ['docProps/app.xml', '<Properties/>']], 0);
      await expectRows(bytes, rows([1, ['без сжатия']]));
    });

    it('elements with a namespace prefix are not SpreadsheetML to ExcelJS: no rows', async () => {
      const sheet = `${XML}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
      await expectRows(handMade([sheet]), []);
    });

    it('a row without r is line NaN; one of its cells makes the file unreadable', async () => {
      await expectRows(handMade([worksheet('<row/><row r="2"><c r="A2"><v>1</v></c></row>')]), rows([NaN, []], [2, ['1']]));
      const broken = handMade([worksheet('<row r="1"><c r="A1"><v>1</v></c></row><row><c r="A2"><v>2</v></c></row>')]);
      for (const read of [rowsOf, oracleRowsOf]) expect(await errorOf(() => read(broken))).toBe('UnreadableFileError: Файл не похож на книгу Excel (XLSX) или повреждён');
    });
  });

  describe('takes the sheet ExcelJS took first', () => {
    const sheetSaying = (text: string) => worksheet(`<row r="1"><c r="A1" t="str"><v>${text}</v></c></row>`);

    it('the first in zip order when it comes before the shared strings or the relationships', async () => {
      const bytes = zipWithTail([
        ['xl/workbook.xml', workbookPart(2)],
        ['xl/worksheets/sheet2.xml', sheetSaying('второй')],
        ['xl/_rels/workbook.xml.rels', relationshipsPart(2)],
        ['xl/worksheets/sheet1.xml', sheetSaying('первый')],
      ]);
      await expectRows(bytes, rows([1, ['второй']]));
    });

    it('one coming after both the shared strings and the relationships, ahead of earlier ones', async () => {
      const bytes = zipWithTail([
        ['xl/worksheets/sheet1.xml', sheetSaying('первый')],
        ['xl/workbook.xml', workbookPart(3)],
        ['xl/sharedStrings.xml', sharedStringsPart('<si><t>общая</t></si>')],
        ['xl/_rels/workbook.xml.rels', relationshipsPart(3)],
        ['xl/worksheets/sheet3.xml', worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')],
        ['xl/worksheets/sheet2.xml', sheetSaying('второй')],
      ]);
      await expectRows(bytes, rows([1, ['общая']]));
    });

    it('none when workbook.xml has not come before a sheet the relationships name', async () => {
      const bytes = zipWithTail([
        ['xl/sharedStrings.xml', sharedStringsPart('')],
        ['xl/_rels/workbook.xml.rels', relationshipsPart(1)],
        ['xl/worksheets/sheet1.xml', sheetSaying('первый')],
        ['xl/workbook.xml', workbookPart(1)],
      ]);
      for (const read of [rowsOf, oracleRowsOf]) expect(await errorOf(() => read(bytes))).toBe('UnreadableFileError: Файл не похож на книгу Excel (XLSX) или повреждён');
      const unnamed = zipWithTail([['xl/worksheets/sheet1.xml', sheetSaying('первый')]]); // no relationships: no name wanted
      await expectRows(unnamed, rows([1, ['первый']]));
    });
  });

  describe('refuses broken files with the same messages', () => {
    const UNREADABLE = 'UnreadableFileError: Файл не похож на книгу Excel (XLSX) или повреждён';
    const sheet = worksheet(Array.from({ length: 3000 }, (_n, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" t="str"><v>строка ${i}</v></c></row>`).join(''));

    it.each([
      ['a zip signature and nothing more', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
      ['not a zip past its signature', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)])],
      ['a zip cut short', handMade([sheet]).subarray(0, 9000)],
      ['mismatched tags', handMade([worksheet('<row r="1"><c r="A1"><v>1</c></v></row>')])],
      ['an unknown entity', handMade([worksheet('<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>')])],
      ['a cell without a reference', handMade([worksheet('<row r="1"><c><v>1</v></c></row>')])],
      ['a column past XFD', handMade([worksheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')])],
      ['a control character', handMade([worksheet('<row r="1"><c r="A1" t="str"><v>\u0001</v></c></row>')])],
      ['unexpected relationships', zipOf([['xl/_rels/workbook.xml.rels', '<Relationships><Other/></Relationships>'], ['xl/worksheets/sheet1.xml', sheet]])],
    ])('%s', async (_name, bytes) => {
      expect(await errorOf(() => rowsOf(bytes))).toBe(UNREADABLE);
      expect(await errorOf(() => oracleRowsOf(bytes))).toBe(UNREADABLE);
    });

    it('a compression method other than deflate', async () => {
      const bytes = zipOf([['xl/worksheets/sheet1.xml', sheet]], 12);
      expect(await errorOf(() => rowsOf(bytes))).toBe(UNREADABLE);
    });

    it('corrupted compressed data (ExcelJS hung on it for good)', async () => {
      const bytes = Buffer.from(handMade([sheet]));
      const at = bytes.indexOf('xl/worksheets/sheet1.xml') + 200;
      for (let i = at; i < at + 64; i++) bytes[i] ^= 0x5a;
      expect(await errorOf(() => rowsOf(bytes))).toBe(UNREADABLE);
    });

    it('a workbook without sheets', async () => {
      const bytes = zipOf([
        ['xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}"><sheets/></workbook>`],
        ['xl/_rels/workbook.xml.rels', relationshipsPart(0)],
        ['xl/worksheets/_rels/sheet1.xml.rels', relationshipsPart(0)],
      ]);
      expect(await errorOf(() => rowsOf(bytes))).toBe('UnreadableFileError: В книге нет листов');
      expect(await errorOf(() => oracleRowsOf(bytes))).toBe('UnreadableFileError: В книге нет листов');
    });
  });

  it('stops cleanly when the reader stops early', async () => {
    const bytes = await streamedWorkbook(false, (workbook) => {
      const sheet = workbook.addWorksheet('Лист');
      for (let i = 0; i < 20000; i++) sheet.addRow([i, `строка ${i}`]).commit();
    });
    const first: TableRow[] = [];
    for await (const row of readTableRows(bytes)) {
      first.push(row);
      if (first.length === 3) break;
    }
    expect(first).toStrictEqual(rows([1, ['0', 'строка 0']], [2, ['1', 'строка 1']], [3, ['2', 'строка 2']]));
  });
});
