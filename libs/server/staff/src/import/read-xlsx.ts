import { PassThrough, pipeline } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { Entry, ZipFile, fromBufferPromise } from 'yauzl';
import type { TableRow } from './read-table';
import { XmlError, XmlHandler, XmlScanner, XmlTag } from './xml-scanner';

/**
 * The rows of an XLSX file's first worksheet, in batches (those of one unzipped chunk), exactly as the ExcelJS
 * streaming reader gave them before this reader replaced it (`WorkbookReader` with cached shared strings and styles
 * ignored, each row's `values.slice(1)` turned into text): the same rows, line numbers and cell texts, holes included.
 * What that takes, and what it means:
 *
 * - the first sheet is the first `xl/worksheets/sheetN.xml` entry in zip order, unless one comes after both the shared
 *   strings and the workbook relationships, which then goes first (ExcelJS parks earlier sheets in temporary files);
 *   workbook.xml's sheet order is not consulted (but its absence fails a sheet the relationships name);
 * - every row element is a row (also one without cells), `line` is its `r` attribute as parseInt reads it;
 * - a cell lands at the column of its `r` reference; cells with no value (`<c r="B2" s="1"/>`), shared strings that
 *   are missing or were empty (`<si><t/></si>`) leave holes, and `cells` ends at the last cell with a value;
 * - numbers (dates too: with styles ignored no cell has a date format) are String(parseFloat(v)); booleans "true" or
 *   "false"; errors ""; `str` and `inlineStr` text has &lt; &gt; &amp; &apos; &quot; decoded a second time; a shared
 *   string with rich-text runs joins them, one with a phonetic run keeps the reading; text is kept as is (`xml:space`
 *   or not), CDATA sections are skipped;
 * - a formula gives its cached value: text for `t="str"`, otherwise a number, and "" when that number is 0 or NaN,
 *   unless the formula text is empty (a shared formula's follower), where 0 and NaN are written out.
 *
 * Differences on purpose: an inline string (`<is>`) is the text of its `<t>` elements, rich-text runs joined and
 * phonetic readings left out (ExcelJS kept only the last run, with any whitespace between the elements, so a name
 * ExcelJS's own streaming writer wrote in two formats came back cut); a character split between two chunks of the
 * unzipped XML stays whole (ExcelJS decoded each chunk apart and put U+FFFD there); corrupted compressed data fails (ExcelJS waited forever); a workbook whose last
 * zip entry is its shared strings has them (ExcelJS could miss that entry). Broken input throws an Error;
 * NoWorksheetError when the workbook has no sheet.
 */
export async function* firstSheetRows(bytes: Buffer): AsyncGenerator<TableRow[]> {
  const zip = await fromBufferPromise(bytes, { decodeStrings: false });
  const book = await findFirstSheet(zip);
  if (!book) throw new NoWorksheetError('The workbook has no worksheet');
  const sheet = new SheetReader(book.sharedStrings);
  const scanner = new XmlScanner(sheet);
  for await (const chunk of entryBytes(zip, book.sheet)) {
    scanner.write(chunk);
    const rows = sheet.takeRows();
    if (rows.length) yield rows;
  }
}

export class NoWorksheetError extends Error {}

/** Shared strings by index; undefined where ExcelJS had null (an empty `<si>`), which leaves a hole. */
type SharedStrings = (string | undefined)[];

const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/; // unanchored, as in ExcelJS

async function findFirstSheet(zip: ZipFile): Promise<{ sheet: Entry; sharedStrings: SharedStrings | undefined } | undefined> {
  let sharedStrings: SharedStrings | undefined;
  let relationships: RelationshipsReader | undefined;
  let workbook: WorkbookReader | undefined;
  let parked: { entry: Entry; number: string } | undefined;
  // ExcelJS looked up the sheet's name in workbook.xml when the relationships point at it, and failed when it had
  // not read workbook.xml (or found no <workbook> in it) by then.
  const chosen = (entry: Entry, number: string) => {
    if (relationships?.targets.has(`worksheets/sheet${number}.xml`) && !workbook?.read) throw new XmlError('The workbook part is missing');
    return { sheet: entry, sharedStrings };
  };
  for await (const entry of zip.eachEntry()) {
    // Raw names (decodeStrings: false): matched as ExcelJS matches them, without yauzl's path checks and rewriting.
    const path = entry.fileNameRaw.toString('latin1');
    if (path === 'xl/_rels/workbook.xml.rels') relationships = await readXml(zip, entry, new RelationshipsReader());
    else if (path === 'xl/workbook.xml') workbook = await readXml(zip, entry, new WorkbookReader());
    else if (path === 'xl/sharedStrings.xml') sharedStrings = (await readXml(zip, entry, new SharedStringsReader())).strings;
    else {
      const sheet = WORKSHEET.exec(path);
      if (!sheet) continue;
      if (sharedStrings && relationships?.read) return chosen(entry, sheet[1]);
      parked ??= { entry, number: sheet[1] };
    }
  }
  return parked && chosen(parked.entry, parked.number);
}

/**
 * An entry's bytes in chunks as they are inflated: 64 KB at a time (yauzl's own inflating gives 16 KB and checks the
 * size on top, which about doubles the cost), and up to a megabyte ahead of the reading, so that inflating on libuv's
 * thread pool and scanning overlap.
 */
async function* entryBytes(zip: ZipFile, entry: Entry): AsyncGenerator<Buffer> {
  if (entry.isEncrypted() || (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED)) {
    throw new Error(`An encrypted entry or compression method ${entry.compressionMethod}`);
  }
  const data = await zip.openReadStreamPromise(entry, { decodeFileData: false });
  const ahead = new PassThrough({ highWaterMark: READ_AHEAD });
  const stages = entry.compressionMethod === DEFLATED ? [data, createInflateRaw({ chunkSize: INFLATED_CHUNK }), ahead] : [data, ahead];
  pipeline(stages, () => undefined); // an error reaches the loop through `ahead`
  try {
    yield* ahead as AsyncIterable<Buffer>;
  } finally {
    ahead.destroy();
  }
}

const STORED = 0;
const DEFLATED = 8;
const INFLATED_CHUNK = 64 * 1024;
const READ_AHEAD = 1024 * 1024;

async function readXml<T extends XmlHandler>(zip: ZipFile, entry: Entry, handler: T): Promise<T> {
  const scanner = new XmlScanner(handler);
  for await (const chunk of entryBytes(zip, entry)) scanner.write(chunk);
  return handler;
}

/** xl/workbook.xml: ExcelJS has its model once the <workbook> root has closed. */
class WorkbookReader implements XmlHandler {
  read = false;
  private depth = 0;

  open(): void {
    this.depth += 1;
  }

  text(): void {}

  close(name: string): void {
    this.depth -= 1;
    if (this.depth === 0 && name === 'workbook') this.read = true;
  }
}

/**
 * xl/_rels/workbook.xml.rels: ExcelJS counts it read once its root has opened, and fails on any element other than
 * the `<Relationships>` root and its `<Relationship>` children.
 */
class RelationshipsReader implements XmlHandler {
  read = false;
  readonly targets = new Set<string>();
  private depth = 0;

  open(name: string, tag: XmlTag): void {
    if (name !== (this.depth === 0 ? 'Relationships' : 'Relationship') || this.depth > 1) {
      throw new XmlError(`Unexpected element <${name}> in the workbook relationships`);
    }
    if (this.depth === 1) this.targets.add(tag.attribute('Target') ?? '');
    this.read = true;
    this.depth += 1;
  }

  text(): void {}

  close(): void {
    this.depth -= 1;
  }
}

/**
 * xl/sharedStrings.xml, the way ExcelJS caches it: all character data inside an `<si>` adds up; each `<t>` and each
 * `</r>` starts over; runs (`<r>`) are joined.
 */
class SharedStringsReader implements XmlHandler {
  readonly strings: SharedStrings = [];
  private current: string | undefined;
  private runs: string[] = [];

  open(name: string): void {
    if (name === 't') this.current = undefined;
    else if (name === 'si') {
      this.current = undefined;
      if (this.runs.length) this.runs = [];
    }
  }

  text(text: string): void {
    this.current = this.current === undefined ? text : this.current + text;
  }

  close(name: string): void {
    if (name === 'r') {
      this.runs.push(this.current ?? '');
      this.current = undefined;
    } else if (name === 'si') {
      this.strings.push(this.runs.length ? this.runs.join('') : this.current);
      if (this.runs.length) this.runs = [];
      this.current = undefined;
    }
  }
}

/** Where character data goes: ExcelJS appends it to the last `<f>`, `<v>`, `<is>` or `<t>` opened in the cell, also after it closed. */
const NOWHERE = 0;
const FORMULA = 1;
const VALUE = 2;

/** Inside an inline string (`<is>`): not, in its text, or in a phonetic reading (`<rPh>`), whose text is not the cell's. */
const NOT_INLINE = 0;
const INLINE_TEXT = 1;
const INLINE_PHONETIC = 2;

const MAX_COLUMN = 16384;
const DIGITS = /^\d+$/;
const XML_ENTITY = /&([a-z]*);/g;

/** ExcelJS's second decoding of `str` and `inlineStr` text (utils.xmlDecode). */
function decodeAgain(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(XML_ENTITY, (match) => {
    switch (match) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return match;
    }
  });
}

/** The column of a cell reference as ExcelJS's colCache.decodeAddress reads it (letters A-Z before the digits; other characters skipped). */
function columnOf(reference: string | undefined): number {
  if (reference === undefined) throw new XmlError('A cell without a reference');
  let column = 0;
  let hasColumn = false;
  let hasRow = false;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (!hasRow && code >= 65 && code <= 90) {
      hasColumn = true;
      column = column * 26 + code - 64;
    } else if (code >= 48 && code <= 57) hasRow = true;
    else if (hasRow && hasColumn && code !== 36) break;
  }
  if (!hasColumn || column > MAX_COLUMN) throw new XmlError(`An invalid cell reference: ${reference}`);
  return column;
}

class SheetReader implements XmlHandler {
  private rows: TableRow[] = [];
  private inSheetData = false;
  // the open row
  private cells: string[] | undefined;
  private line = NaN;
  private lineIsValid = false;
  // the open cell
  private inCell = false;
  private reference: string | undefined;
  private type: string | undefined;
  private hasFormula = false;
  private formulaHasText = false;
  private value: string | undefined;
  private target = NOWHERE;
  private inline = NOT_INLINE;

  constructor(private readonly sharedStrings: SharedStrings | undefined) {}

  takeRows(): TableRow[] {
    const rows = this.rows;
    if (rows.length) this.rows = [];
    return rows;
  }

  open(name: string, tag: XmlTag): void {
    switch (name) {
      case 'c':
        if (this.cells) {
          this.inCell = true;
          this.reference = tag.attribute('r');
          this.type = tag.attribute('t');
          this.hasFormula = false;
          this.value = undefined;
          this.target = NOWHERE;
        }
        break;
      case 'is':
        // An inline string is the text of its <t> elements, rich-text runs joined, phonetic readings left out.
        if (this.inCell) {
          this.value = '';
          this.inline = INLINE_TEXT;
          this.target = NOWHERE;
        }
        break;
      case 'rPh':
        if (this.inline !== NOT_INLINE) this.inline = INLINE_PHONETIC;
        break;
      case 'v':
      case 't':
        if (this.inline === INLINE_TEXT) this.target = VALUE;
        else if (this.inCell && this.inline === NOT_INLINE) {
          this.value = '';
          this.target = VALUE;
        }
        break;
      case 'f':
        if (this.inCell) {
          this.hasFormula = true;
          this.formulaHasText = false;
          this.target = FORMULA;
        }
        break;
      case 'row':
        if (this.inSheetData) {
          this.cells = [];
          this.line = parseInt(tag.attribute('r') ?? '', 10);
          this.lineIsValid = DIGITS.test(String(this.line)); // ExcelJS builds a cell address from it and validates that
        }
        break;
      case 'sheetData':
        this.inSheetData = true;
        break;
    }
  }

  text(text: string): void {
    if (this.target === VALUE) this.value += text;
    else if (this.target === FORMULA) this.formulaHasText = true;
  }

  close(name: string): void {
    switch (name) {
      case 't':
      case 'v':
        if (this.inline === INLINE_TEXT) this.target = NOWHERE;
        break;
      case 'rPh':
        if (this.inline === INLINE_PHONETIC) this.inline = INLINE_TEXT;
        break;
      case 'is':
        this.inline = NOT_INLINE;
        break;
      case 'c':
        if (this.inCell) {
          this.endCell(this.cells as string[]);
          this.inCell = false;
          this.inline = NOT_INLINE;
          this.target = NOWHERE;
        }
        break;
      case 'row': {
        const cells = this.cells;
        if (!cells) throw new XmlError('A row ends where none began');
        let length = cells.length;
        while (length > 0 && !(length - 1 in cells)) length--; // a later duplicate cell may have emptied the last one
        if (length !== cells.length) cells.length = length;
        this.rows.push({ line: this.line, cells });
        this.cells = undefined;
        break;
      }
      case 'sheetData':
        this.inSheetData = false;
        break;
    }
  }

  private endCell(cells: string[]): void {
    const index = columnOf(this.reference) - 1;
    if (!this.lineIsValid) throw new XmlError(`A cell in a row without a valid number: ${this.line}`);
    const value = this.value;
    if (this.hasFormula) {
      if (value === undefined) cells[index] = '';
      else if (this.type === 'str') cells[index] = decodeAgain(value);
      else {
        const result = parseFloat(value);
        // ExcelJS keeps only a truthy result of a formula; an empty formula makes the cell a plain object that keeps it.
        cells[index] = this.formulaHasText && !result ? '' : String(result);
      }
      return;
    }
    if (value === undefined) return; // no value: a hole, or what an earlier cell with the same reference set
    switch (this.type) {
      case 's': {
        if (!this.sharedStrings) {
          cells[index] = ''; // no shared strings part at all: ExcelJS keeps the bare index, which reads as ''
          break;
        }
        const text = this.sharedStrings[parseInt(value, 10)];
        if (text !== undefined) cells[index] = text;
        else if (index in cells) delete cells[index];
        break;
      }
      case 'str':
      case 'inlineStr':
        cells[index] = decodeAgain(value);
        break;
      case 'e':
        cells[index] = '';
        break;
      case 'b':
        cells[index] = parseInt(value, 10) !== 0 ? 'true' : 'false';
        break;
      default:
        cells[index] = String(parseFloat(value));
    }
  }
}
