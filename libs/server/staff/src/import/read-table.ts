import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';

export interface Table {
  headers: string[];
  /** Data rows as text, with their 1-based row number in the file (the header is row 1). */
  rows: { line: number; cells: string[] }[];
}

export class UnreadableFileError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Windows-1251 (what Russian Excel writes). */
export function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

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

async function readXlsx(bytes: Buffer): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
  for await (const sheet of reader) {
    const table: Table = { headers: [], rows: [] };
    for await (const row of sheet) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      if (table.headers.length === 0) table.headers = values.map((v) => v.trim());
      else if (values.some((v) => v.trim() !== '')) table.rows.push({ line: row.number, cells: values });
    }
    return table; // the first sheet only
  }
  throw new UnreadableFileError('В книге нет листов');
}

function readCsv(bytes: Buffer): Table {
  const text = decodeText(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    throw new UnreadableFileError(`Не удалось разобрать CSV: ${(error as Error).message}`);
  }
  const [headers = [], ...rest] = records;
  return {
    headers: headers.map((h) => h.trim()),
    rows: rest.map((cells, index) => ({ line: index + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== '')),
  };
}

/** Reads the first sheet of an XLSX file or a CSV file (by content, not by name). */
export async function readTable(bytes: Buffer): Promise<Table> {
  if (bytes.length === 0) throw new UnreadableFileError('Файл пустой');
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    try {
      return await readXlsx(bytes);
    } catch (error) {
      if (error instanceof UnreadableFileError) throw error;
      throw new UnreadableFileError('Файл не похож на книгу Excel (XLSX)');
    }
  }
  if (bytes.subarray(0, 4096).includes(0)) throw new UnreadableFileError('Файл не похож на таблицу: ожидается XLSX или CSV');
  return readCsv(bytes);
}
