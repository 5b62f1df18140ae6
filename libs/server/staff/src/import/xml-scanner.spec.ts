import { XmlError, XmlHandler, XmlScanner, XmlTag } from './xml-scanner';

/** The events a document gives, as text: `<name a=value>`, `"text"` (adjacent text joined), `</name>`. */
function eventsOf(chunks: Buffer[], attributes: string[] = []): string[] {
  const events: string[] = [];
  const handler: XmlHandler = {
    open: (name: string, tag: XmlTag) => {
      const values = attributes.map((attribute) => `${attribute}=${tag.attribute(attribute) ?? '-'}`);
      events.push(`<${[name, ...values].join(' ')}>`);
    },
    text: (text: string) => {
      const last = events.length - 1;
      if (events[last]?.startsWith('"')) events[last] = `${events[last].slice(0, -1)}${text}"`;
      else events.push(`"${text}"`);
    },
    close: (name: string) => {
      events.push(`</${name}>`);
    },
  };
  const scanner = new XmlScanner(handler);
  for (const chunk of chunks) scanner.write(chunk);
  return events;
}

const DOCUMENT =
  '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- before -->\n<root a="1 > 0" b=\'"q"\' c = "&lt;&#1060;&#x424;&amp;" >' +
  'Ёж &amp; Co: &lt;&gt;&amp;&quot;&apos;&#13;&#x1F600;😀\r\nновая\rстрока' +
  '<empty/><empty x="y" /><![CDATA[<ignored> & ]]><!--<ignored/>--><?pi <ignored/>?>' +
  '<ns:el ns:a="v">текст</ns:el ><deep><deeper>в глубине</deeper></deep></root>\n';

describe('XmlScanner', () => {
  const whole = eventsOf([Buffer.from(DOCUMENT)], ['a', 'b', 'c', 'x', 'ns:a']);

  it('reports start tags with their attributes, text with entities and line ends decoded, end tags', () => {
    expect(whole).toEqual([
      '<root a=1 > 0 b="q" c=<ФФ& x=- ns:a=->',
      '"Ёж & Co: <>&"\'\r😀😀\nновая\nстрока"',
      '<empty a=- b=- c=- x=- ns:a=->',
      '</empty>',
      '<empty a=- b=- c=- x=y ns:a=->',
      '</empty>',
      '<ns:el a=- b=- c=- x=- ns:a=v>',
      '"текст"',
      '</ns:el>',
      '<deep a=- b=- c=- x=- ns:a=->',
      '<deeper a=- b=- c=- x=- ns:a=->',
      '"в глубине"',
      '</deeper>',
      '</deep>',
      '</root>',
    ]);
  });

  it('gives the same events however the bytes are cut into chunks', () => {
    const bytes = Buffer.from(DOCUMENT);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(eventsOf([bytes.subarray(0, cut), bytes.subarray(cut)], ['a', 'b', 'c', 'x', 'ns:a'])).toEqual(whole);
    }
    const bytewise = Array.from({ length: bytes.length }, (_n, i) => bytes.subarray(i, i + 1));
    expect(eventsOf(bytewise, ['a', 'b', 'c', 'x', 'ns:a'])).toEqual(whole);
  });

  it('decodes malformed UTF-8 to U+FFFD, as a streaming TextDecoder does', () => {
    expect(eventsOf([Buffer.from([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0xd0]), Buffer.from([0x81, 0xff, 0x3c, 0x2f, 0x61, 0x3e])])).toEqual(['<a>', '"\uFFFD(Ё\uFFFD"', '</a>']);
  });

  it('ends quietly inside an unfinished document, as ExcelJS did', () => {
    expect(eventsOf([Buffer.from('<a><b>text</b><c x="')])).toEqual(['<a>', '<b>', '"text"', '</b>']);
  });

  it.each([
    ['a mismatched end tag', '<a><b></a></b>'],
    ['an end tag with nothing open', '<a/></a>'],
    ['text outside the root', 'text<a/>'],
    ['a second root', '<a/><b/>'],
    ['an attribute without quotes', '<a x=1/>'],
    ['an attribute without a value', '<a x/>'],
    ['a tag without a name', '<a>< b/></a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an entity without a semicolon', '<a>AT&T</a>'],
    ['a character reference to a character XML does not allow', '<a>&#1;</a>'],
    ['a control character', '<a>\u0007</a>'],
    ['U+FFFE', '<a>\uFFFE</a>'],
    ['unknown markup', '<a><!ELEMENT a ANY></a>'],
  ])('throws XmlError for %s', (_name, document) => {
    expect(() => eventsOf([Buffer.from(document)], ['x'])).toThrow(XmlError);
  });
});
