/** Thrown for text that is not well-formed XML. */
export class XmlError extends Error {}

/** The attributes of the start tag being reported; valid only during the `open` call. */
export interface XmlTag {
  attribute(name: string): string | undefined;
}

/** What the scanner reports, in document order, the way saxes reports its opentag / text / closetag events. */
export interface XmlHandler {
  open(name: string, tag: XmlTag): void;
  /** Character data with entities decoded and line ends normalised; may come in several pieces (around comments). */
  text(text: string): void;
  /** Also called right after `open` for a self-closing tag. */
  close(name: string): void;
}

/** Character codes (a const enum: SWC and tsc put the numbers in place, which the scanning loops are the faster for). */
const enum Char {
  Tab = 9,
  LineFeed = 10,
  Return = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Apostrophe = 39,
  Slash = 47,
  Equals = 61,
  Greater = 62,
  Question = 63,
}

/** Bytes XML 1.0 does not allow anywhere in a document (saxes rejects them too); U+FFFE and U+FFFF are checked once decoded. */
const DISALLOWED = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;
const NONCHARACTER = /[\uFFFE\uFFFF]/;
const UTF8_BOM = '\xEF\xBB\xBF';
const BLANK = /^[ \t\r\n]*$/;
const HEX_REFERENCE = /^#x[0-9a-fA-F]+$/;
const DECIMAL_REFERENCE = /^#[0-9]+$/;

/** Whether a byte string (one character per byte) has anything beyond ASCII, which then needs UTF-8 decoding. */
function beyondAscii(bytes: string): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes.charCodeAt(i) > 0x7f) return true;
  return false;
}

const utf8 = new TextDecoder();

/** A byte string's UTF-8 text: malformed bytes become U+FFFD, as a streaming TextDecoder would make them. */
function decodeUtf8(bytes: string): string {
  if (!beyondAscii(bytes)) return bytes;
  const text = utf8.decode(Buffer.from(bytes, 'latin1'));
  if (NONCHARACTER.test(text)) throw new XmlError('A character XML does not allow');
  return text;
}

const isXmlChar = (code: number) =>
  code === Char.Tab || code === Char.LineFeed || code === Char.Return || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

function entity(name: string): string {
  switch (name) {
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  const code = HEX_REFERENCE.test(name) ? parseInt(name.slice(2), 16) : DECIMAL_REFERENCE.test(name) ? parseInt(name.slice(1), 10) : NaN;
  if (!isXmlChar(code)) throw new XmlError(`Unknown or invalid entity &${name};`);
  return String.fromCodePoint(code);
}

/** Decodes the predefined entities and character references; anything else after `&` is an error, as in saxes. */
function decodeEntities(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semicolon = raw.indexOf(';', amp + 1);
    if (semicolon === -1) throw new XmlError('An entity without a closing semicolon');
    out += raw.slice(from, amp) + entity(raw.slice(amp + 1, semicolon));
    from = semicolon + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

/** Character data as an XML parser reports it: CR LF and lone CR become LF (before entities, so &#13; stays), entities decoded. */
function decodeText(raw: string): string {
  return decodeEntities(raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n'));
}

/**
 * A lean streaming XML tokenizer for the parts of an XLSX file, fed the UTF-8 bytes in chunks of any size. It reports
 * elements by their qualified names (no namespace processing), passes comments, processing instructions, CDATA
 * sections and a doctype over without reporting them (ExcelJS, whose results this reproduces, listens to saxes'
 * opentag, text and closetag events only), and throws XmlError for what would make saxes fail: mismatched or
 * stray end tags, unquoted attributes, unknown entities, text or a second element outside the root, characters XML
 * does not allow. Like ExcelJS it never demands the document's end: a truncated part just ends.
 *
 * It scans the bytes as a one-byte string (latin1: one character per byte, which V8 searches fastest; markup is
 * ASCII) and decodes UTF-8 only in the character data and attribute values it hands out, so a character cut by a
 * chunk boundary is decoded whole. Markup cut by a chunk boundary is kept back and scanned again once its `>` has
 * arrived, so a tag costs its own length however many chunks it spans; character data waits for the next `<` the
 * same way.
 */
export class XmlScanner implements XmlTag {
  private carry = '';
  private carryIsMarkup = false;
  private readonly stack: string[] = [];
  private rootSeen = false;
  // the start tag being reported: its source and the span of its attributes
  private source = '';
  private attributeSpans = new Int32Array(4 * 16); // per attribute: where its name starts and ends, where its value starts and ends
  private attributeCount = 0;
  private sourceIsPlain = false;
  private plain = false; // the chunk has neither `&` nor CR
  private chunk = '';
  private started = false;
  private head = '';

  constructor(private readonly handler: XmlHandler) {}

  write(bytes: Buffer): void {
    let chunk = bytes.toString('latin1');
    if (!this.started) {
      chunk = this.head + chunk;
      if (chunk.length < UTF8_BOM.length && UTF8_BOM.startsWith(chunk)) {
        this.head = chunk; // it may be a byte order mark yet
        return;
      }
      this.started = true;
      if (chunk.startsWith(UTF8_BOM)) chunk = chunk.slice(UTF8_BOM.length);
    }
    if (DISALLOWED.test(chunk)) throw new XmlError('A character XML does not allow');
    // Most chunks have neither entities nor carriage returns: their text needs no decoding.
    this.plain = chunk.indexOf('&') === -1 && chunk.indexOf('\r') === -1;
    this.chunk = chunk;
    let position = 0;
    if (this.carry !== '') {
      // The chunk itself is scanned as it came (a flat string); only the cut markup or text is joined up.
      if (this.carryIsMarkup) {
        let gt = chunk.indexOf('>');
        for (;;) {
          if (gt === -1) {
            this.carry += chunk;
            return;
          }
          const end = this.markup(this.carry + chunk.slice(0, gt + 1), 0);
          if (end !== -1) {
            position = end - this.carry.length;
            break;
          }
          gt = chunk.indexOf('>', gt + 1);
        }
      } else {
        const lt = chunk.indexOf('<');
        if (lt === -1) {
          this.carry += chunk;
          return;
        }
        this.characters(this.carry + chunk.slice(0, lt), false);
        position = lt;
      }
      this.carry = '';
    }
    this.scan(chunk, position);
  }

  attribute(name: string): string | undefined {
    const s = this.source;
    const spans = this.attributeSpans;
    const last = 4 * this.attributeCount;
    for (let k = 0; k < last; k += 4) {
      const nameStart = spans[k];
      if (spans[k + 1] - nameStart === name.length && (name.length === 1 ? s.charCodeAt(nameStart) === name.charCodeAt(0) : s.startsWith(name, nameStart))) {
        // Attribute-value normalisation (tabs and line ends to spaces) is left out: no value read here depends on it.
        const value = decodeUtf8(s.slice(spans[k + 2], spans[k + 3]));
        return this.sourceIsPlain ? value : decodeEntities(value);
      }
    }
    return undefined;
  }

  private scan(s: string, from: number): void {
    let position = from;
    while (position < s.length) {
      const lt = s.indexOf('<', position);
      if (lt === -1) {
        this.carry = s.slice(position);
        this.carryIsMarkup = false;
        return;
      }
      if (lt > position) this.characters(s.slice(position, lt), this.plain);
      const end = this.markup(s, lt);
      if (end === -1) {
        this.carry = s.slice(lt);
        this.carryIsMarkup = true;
        return;
      }
      position = end;
    }
  }

  private characters(raw: string, plain: boolean): void {
    if (this.stack.length === 0) {
      if (!BLANK.test(raw)) throw new XmlError('Text outside the root element');
      return;
    }
    const text = decodeUtf8(raw);
    this.handler.text(plain ? text : decodeText(text));
  }

  /** Reads the markup that starts at `lt`; returns where it ends, or -1 when it is not all there yet. */
  private markup(s: string, lt: number): number {
    const next = s.charCodeAt(lt + 1);
    if (next !== next) return -1; // NaN: the chunk ends right after `<`
    if (next === Char.Slash) return this.endTag(s, lt);
    if (next === Char.Question) {
      const end = s.indexOf('?>', lt + 2);
      return end === -1 ? -1 : end + 2;
    }
    if (next === Char.Bang) return this.declaration(s, lt);
    return this.startTag(s, lt);
  }

  private endTag(s: string, lt: number): number {
    let gt = lt + 2;
    while (gt < s.length && s.charCodeAt(gt) !== Char.Greater) gt++; // names are short: a loop beats a call to indexOf
    if (gt === s.length) return -1;
    let nameEnd = gt;
    while (nameEnd > lt + 2 && s.charCodeAt(nameEnd - 1) <= Char.Space) nameEnd--;
    const name = this.stack.pop();
    if (name === undefined || nameEnd - lt - 2 !== name.length || !s.startsWith(name, lt + 2)) {
      throw new XmlError(`Unexpected end tag </${s.slice(lt + 2, nameEnd)}>`);
    }
    this.handler.close(name);
    return gt + 1;
  }

  /**
   * A start tag, read up to its first `>` and past it only when that one is inside a quoted value. (Whitespace is
   * tested as `<= Char.Space`: the other control characters never get here, `write` refuses them.) Quoted values are
   * short, so their closing quote is found with a loop rather than a call to indexOf.
   */
  private startTag(s: string, lt: number): number {
    let gt = s.indexOf('>', lt + 1);
    if (gt === -1) return -1;
    let i = lt + 1;
    for (let code = s.charCodeAt(i); i < gt && code > Char.Space && code !== Char.Slash; code = s.charCodeAt(++i));
    if (i === lt + 1) throw new XmlError('A tag without a name');
    const nameEnd = i;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      while (i < gt && s.charCodeAt(i) <= Char.Space) i++;
      if (i === gt) break;
      if (s.charCodeAt(i) === Char.Slash) {
        if (i + 1 !== gt) throw new XmlError('A stray / in a tag');
        selfClosing = true;
        break;
      }
      const nameStart = i;
      for (let code = s.charCodeAt(i); i < gt && code > Char.Space && code !== Char.Equals; code = s.charCodeAt(++i));
      if (i === nameStart) throw new XmlError('An attribute without a name');
      const attributeNameEnd = i;
      while (i < gt && s.charCodeAt(i) <= Char.Space) i++;
      if (i === gt || s.charCodeAt(i) !== Char.Equals) throw new XmlError('An attribute without a value');
      i++;
      while (i < gt && s.charCodeAt(i) <= Char.Space) i++;
      const quote = s.charCodeAt(i);
      if (i === gt || (quote !== Char.Quote && quote !== Char.Apostrophe)) throw new XmlError('An attribute value without quotes');
      let close = i + 1;
      while (close < s.length && s.charCodeAt(close) !== quote) close++;
      if (close === s.length) return -1;
      if (close > gt) {
        gt = s.indexOf('>', close + 1); // that `>` was part of the value
        if (gt === -1) return -1;
      }
      let spans = this.attributeSpans;
      if (4 * count === spans.length) {
        spans = new Int32Array(2 * spans.length);
        spans.set(this.attributeSpans);
        this.attributeSpans = spans;
      }
      spans[4 * count] = nameStart;
      spans[4 * count + 1] = attributeNameEnd;
      spans[4 * count + 2] = i + 1;
      spans[4 * count + 3] = close;
      count += 1;
      i = close + 1;
    }
    const name = s.slice(lt + 1, nameEnd);
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new XmlError('A second root element');
      this.rootSeen = true;
    }
    this.source = s;
    this.sourceIsPlain = this.plain && s === this.chunk;
    this.attributeCount = count;
    this.handler.open(name, this);
    if (selfClosing) this.handler.close(name);
    else this.stack.push(name);
    return gt + 1;
  }

  /** `<!--…-->`, `<![CDATA[…]]>` (skipped, as ExcelJS ignores saxes' cdata events) and `<!DOCTYPE …>`. */
  private declaration(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end === -1 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      return end === -1 ? -1 : end + 3;
    }
    if (s.startsWith('<!DOCTYPE', lt)) {
      const gt = s.indexOf('>', lt);
      const bracket = s.indexOf('[', lt);
      if (bracket === -1 || (gt !== -1 && gt < bracket)) return gt === -1 ? -1 : gt + 1;
      const close = s.indexOf(']', bracket);
      const end = close === -1 ? -1 : s.indexOf('>', close);
      return end === -1 ? -1 : end + 1;
    }
    if (s.length - lt < 9) return -1; // too short yet to tell which one it is
    throw new XmlError('Unknown markup after <!');
  }
}
