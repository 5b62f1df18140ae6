import { parse } from 'csv-parse';
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { NoWorksheetError, firstSheetRows } from './read-xlsx';

/** One row of a table as text, with its 1-based row number in the file (the header is row 1). */
export interface TableRow {
  line: number;
  cells: string[];
}

export class UnreadableFileError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1251 (what Russian Excel writes). */
const encodingOf = (bytes: Buffer) => (isUtf8(bytes) ? 'utf-8' : 'windows-1251');

/** A file's text in chunks, never the whole file as one string (a BOM is dropped by the decoder). */
function* decodeChunks(bytes: Buffer, encoding: string, chunkSize = 1 << 20): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    yield decoder.decode(bytes.subarray(offset, offset + chunkSize), { stream: true });
  }
  yield decoder.decode();
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

async function* readXlsx(bytes: Buffer): AsyncGenerator<TableRow> {
  let header = true;
  try {
    for await (const rows of firstSheetRows(bytes)) {
      for (const row of rows) {
        if (header || !isBlank(row.cells)) yield row;
        header = false;
      }
    }
  } catch (error) {
    if (error instanceof NoWorksheetError) throw new UnreadableFileError('В книге нет листов');
    throw new UnreadableFileError('Файл не похож на книгу Excel (XLSX) или повреждён');
  }
}

async function* readCsv(bytes: Buffer): AsyncGenerator<TableRow> {
  const encoding = encodingOf(bytes);
  const firstLine = decodeChunks(bytes.subarray(0, 64 * 1024), encoding).next().value?.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parser = Readable.from(decodeChunks(bytes, encoding)).pipe(parse({ delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }));
  let line = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      line += 1;
      if (line === 1 || !isBlank(cells)) yield { line, cells };
    }
  } catch (error) {
    throw new UnreadableFileError(`Не удалось разобрать CSV: ${(error as Error).message}`);
  }
}

/**
 * Streams the first sheet of an XLSX file or a CSV file (told apart by content, not by name): the
 * header row first, then the non-empty data rows. Throws UnreadableFileError with a Russian message.
 */
export function readTableRows(bytes: Buffer): AsyncGenerator<TableRow> {
  if (bytes.length === 0) throw new UnreadableFileError('Файл пустой');
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return readXlsx(bytes);
  if (bytes.subarray(0, 4096).includes(0)) throw new UnreadableFileError('Файл не похож на таблицу: ожидается XLSX или CSV');
  return readCsv(bytes);
}
