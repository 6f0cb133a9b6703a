// Tests for the Reuters-21578 reader: stories become articles, stories without a BODY errors, nothing is lost between chunks.
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readReutersSgml, reutersDate, sgmlText, type ReutersItem } from './reuters-sgml.js';

// An invented file in the collection's format: a full story, a headline-only brief, an unprocessed
// table and a story with a latin1 byte ("Zürich" as 0xFC), each story with its control characters.
const FIXTURE = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9001" NEWID="101">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>trade</D></TOPICS>
<PLACES><D>freedonia</D><D>sylvania</D></PLACES>
<UNKNOWN> 
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0001&#31;reute
u f BC-FREEDONIA-TRADE   02-26 0042</UNKNOWN>
<TEXT>&#2;
<TITLE>FREEDONIA, SYLVANIA AGREE &lt;TARIFF&gt; CUTS</TITLE>
<DATELINE>    FREEDONIA CITY, Feb 26 - </DATELINE><BODY>Freedonia and Sylvania agreed
to cut tariffs on grain &amp; timber by half, trade officials said.
    The cuts take effect in April.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9002" NEWID="102">
<DATE>26-FEB-1987 15:02:20.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>SYLVANIA CENTRAL BANK HOLDS RATES
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9003" NEWID="103">
<DATE>26-FEB-1987 15:03:00.00</DATE>
<TEXT TYPE="UNPROC">&#2;
GRAIN STOCKS 1 - FEB 26
 Wheat.............120 vs.....115
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="9004" NEWID="104">
<DATE> 5-MAR-1987 09:15:00.10</DATE>
<TEXT>&#2;
<TITLE>SWISS BANK OPENS SYLVANIA OFFICE</TITLE>
<DATELINE>    ZURICH, March 5 - </DATELINE><BODY>A Z\u00fcrich bank opened an office
in Sylvania on Thursday.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
`;
const FIXTURE_BYTES = Buffer.from(FIXTURE, 'latin1');

/** The fixture as a stream of chunks of `size` bytes. */
const chunked = (bytes: Buffer, size: number): Readable => {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
};

const readAll = async (stream: Readable, maxBytes?: number): Promise<ReutersItem[]> => {
  const items: ReutersItem[] = [];
  for await (const item of readReutersSgml(stream, 'reut2-999.sgm', { maxBytes })) items.push(item);
  return items;
};

const summary = (item: ReutersItem): string => (item.ok ? `ok ${item.label}` : `${item.error.code} ${item.error.message}`);

describe('readReutersSgml', () => {
  it('reads a story into an article with its title, dateline, body, date and source', async () => {
    const [first] = await readAll(chunked(FIXTURE_BYTES, 65536));
    expect(first).toEqual({
      ok: true,
      label: 'reut2-999.sgm#101',
      article: {
        id: 'reuters-101',
        title: 'FREEDONIA, SYLVANIA AGREE <TARIFF> CUTS',
        text: 'FREEDONIA, SYLVANIA AGREE <TARIFF> CUTS\n\nFREEDONIA CITY, Feb 26 - Freedonia and Sylvania agreed\nto cut tariffs on grain & timber by half, trade officials said.\n    The cuts take effect in April.\n Reuter',
        published: '1987-02-26',
        url: null,
        source: 'Reuters',
      },
    });
  });

  it('accounts for every story: one without a BODY is an INPUT_EMPTY error naming it', async () => {
    expect((await readAll(chunked(FIXTURE_BYTES, 65536))).map(summary)).toEqual([
      'ok reut2-999.sgm#101',
      'INPUT_EMPTY reut2-999.sgm#102: has no BODY; nothing to read',
      'INPUT_EMPTY reut2-999.sgm#103: has no BODY; nothing to read',
      'ok reut2-999.sgm#104',
    ]);
  });

  it('decodes the bytes as latin1 and reads a one-digit day', async () => {
    const last = (await readAll(chunked(FIXTURE_BYTES, 65536))).at(-1)!;
    expect(last.ok && last.article).toMatchObject({ text: expect.stringContaining('A Zürich bank'), published: '1987-03-05' });
  });

  it.each([1, 7, 10, 333])('gives the same items when the file arrives in chunks of %i bytes', async (size) => {
    expect(await readAll(chunked(FIXTURE_BYTES, size))).toEqual(await readAll(chunked(FIXTURE_BYTES, 65536)));
  });

  it('reports a story cut off at the end of the file', async () => {
    const cut = FIXTURE_BYTES.subarray(0, FIXTURE.lastIndexOf('</BODY>'));
    expect((await readAll(chunked(cut, 100))).map(summary).at(-1)).toBe('INPUT_UNREADABLE reut2-999.sgm#104: is cut off before </REUTERS>; the file is incomplete');
  });

  it('reports a story that never closes before the next one', async () => {
    const damaged = Buffer.from(FIXTURE.replace('&#3;</BODY></TEXT>\n</REUTERS>', ''), 'latin1');
    expect((await readAll(chunked(damaged, 100))).map(summary).slice(0, 2)).toEqual([
      'INPUT_UNREADABLE reut2-999.sgm#101: has no </REUTERS> before the next story; the file is damaged',
      'INPUT_EMPTY reut2-999.sgm#102: has no BODY; nothing to read',
    ]);
  });

  it('refuses a story over the size limit and goes on with the next', async () => {
    const huge = Buffer.from(FIXTURE.replace('The cuts take effect in April.', 'x'.repeat(5000)), 'latin1');
    const items = (await readAll(chunked(huge, 512), 2000)).map(summary);
    expect(items[0]).toMatch(/^INPUT_TOO_LARGE reut2-999.sgm#101: story is larger than the limit/);
    expect(items.slice(1)).toEqual(['INPUT_EMPTY reut2-999.sgm#102: has no BODY; nothing to read', 'INPUT_EMPTY reut2-999.sgm#103: has no BODY; nothing to read', 'ok reut2-999.sgm#104']);
  });
});

describe('sgmlText', () => {
  it('unescapes named and numeric entities and drops control characters', () => {
    expect(sgmlText('AT&amp;T &lt;T&gt; said&#46;\n&#3;\u0003')).toBe('AT&T <T> said.\n');
  });

  it('keeps tabs and line ends, and an ampersand that starts no entity', () => {
    expect(sgmlText('A & B\tC\r\nD &#99999999;')).toBe('A & B\tC\r\nD &#99999999;');
  });
});

describe('reutersDate', () => {
  it.each([
    ['26-FEB-1987 15:01:01.79', '1987-02-26'],
    [' 5-MAR-1987 09:15:00.10', '1987-03-05'],
    ['19-OCT-1987 08:00:00.00\t\tC T', '1987-10-19'],
    ['31-FEB-1987 08:00:00.00', null],
    ['no date', null],
  ])('reads %j as %j', (raw, date) => {
    expect(reutersDate(raw)).toBe(date);
  });
});

const COLLECTION = '/work/shared/eval/news/reuters21578';
const collectionMissing = !existsSync(COLLECTION);
if (collectionMissing) console.log(`reuters-sgml: skipping the Reuters-21578 count test, ${COLLECTION} is missing`);

describe('the Reuters-21578 collection', () => {
  it.skipIf(collectionMissing)('gives one item for each of its 21,578 stories', async () => {
    const files = readdirSync(COLLECTION).filter((file) => file.endsWith('.sgm'));
    let openings = 0;
    let items = 0;
    const codes = new Set<string>();
    for (const file of files) {
      openings += readFileSync(join(COLLECTION, file), 'latin1').split('<REUTERS').length - 1;
      for await (const item of readReutersSgml(createReadStream(join(COLLECTION, file)), file)) {
        items++;
        if (!item.ok) codes.add(item.error.code);
      }
    }
    expect(items).toBe(openings);
    expect(items).toBe(21578);
    expect([...codes]).toEqual(['INPUT_EMPTY']);
  });
});
