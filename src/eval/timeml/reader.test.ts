// Tests for the TimeML reader on tiny documents written for these tests.
import { describe, expect, it } from 'vitest';
import { readTimeml } from './reader.js';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-07" temporalFunction="false" functionInDocument="CREATION_TIME">March 7, 2001</TIMEX3></DCT>
<TEXT>
Lakeside Mills &amp; Co. <EVENT eid="e1" class="OCCURRENCE">opened</EVENT> a plant <TIMEX3 tid="t1" type="DATE" value="2001-03-06" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">yesterday</TIMEX3>.
Work took <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>`;

describe('readTimeml', () => {
  it('yields the plain text of <TEXT> with tags removed and entities decoded', () => {
    const doc = readTimeml(DOC);
    expect(doc.text).toBe('\nLakeside Mills & Co. opened a plant yesterday.\nWork took three years.\n');
  });
  it('reads the creation time as YYYY-MM-DD and leaves it out of the gold times', () => {
    const doc = readTimeml(DOC);
    expect(doc.dct).toBe('2001-03-07');
    expect(doc.timexes.map((t) => t.text)).toEqual(['yesterday', 'three years']);
  });
  it('gives each gold TIMEX3 offsets into the plain text, with its type and value', () => {
    const doc = readTimeml(DOC);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.timexes[0]).toMatchObject({ type: 'DATE', value: '2001-03-06' });
    expect(doc.timexes[1]).toMatchObject({ type: 'DURATION', value: 'P3Y' });
  });
  it('has a null DCT when the file names none', () => {
    const doc = readTimeml('<TimeML><TEXT>Rain fell <TIMEX3 tid="t1" type="DATE" value="XXXX-WXX-1">on Monday</TIMEX3>.</TEXT></TimeML>');
    expect(doc.dct).toBeNull();
    expect(doc.timexes).toEqual([{ start: 10, end: 19, text: 'on Monday', type: 'DATE', value: 'XXXX-WXX-1' }]);
  });
});
