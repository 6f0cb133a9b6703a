// The store's one test suite, run on SQLite and on PostgreSQL: documents, duplicates, copies, merging, entities, search, atomicity.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { createExtractor, type Extractor } from '../index.js';
import type { ArticleUnit } from '../ingest/article-unit.js';
import { prepareArticle } from '../ingest/prepare.js';
import type { PreparedArticle, Store } from './store.js';

let read: Extractor;
beforeAll(() => {
  read = createExtractor();
});

const unit = (key: string, published: string, text: string, source: string | null = null): ArticleUnit => ({
  key,
  label: key,
  text,
  raw: text,
  title: null,
  published,
  url: `https://news.example/${key}`,
  source,
});
const prepared = (key: string, published: string, text: string, source: string | null = null): PreparedArticle =>
  prepareArticle(read, unit(key, published, text, source));

// Stories written for these tests.
const CALL_WIRE = 'NAIROBI, April 11 (Dyad Wire) - Kenyan Foreign Minister Musalia Mudavadi spoke by telephone with Ethiopian Foreign Minister Gedion Timothewos on Thursday about the border crossing at Moyale.';
const CALL_DAILY = "ADDIS ABABA (Highland Daily) - Ethiopia's Foreign Minister Gedion Timothewos held a phone call with Kenyan Foreign Minister Musalia Mudavadi on Thursday, the ministry said.";
const CALL_RADIO = 'NAIROBI (Rift Radio) - Kenyan Foreign Minister Musalia Mudavadi spoke by telephone with Ethiopian Foreign Minister Gedion Timothewos on Friday, officials said, after trucks were held at Moyale.';
const LONGER =
  'The two ministers discussed the queues of lorries that have built up on both sides of the crossing since the new inspection rules came in last month. ' +
  'Traders in Moyale say the delays have cost them perishable goods and raised prices in local markets. ' +
  'A joint technical committee is expected to meet in the coming weeks to agree on a single inspection point and shared opening hours.';
const MEETING_JULY = 'NAIROBI, July 16 (Dyad Wire) - Kenyan Foreign Minister Musalia Mudavadi met Ethiopian Foreign Minister Gedion Timothewos in Nairobi on Tuesday to discuss the Lamu corridor.';
const MEETING_DAILY = "ADDIS ABABA (Highland Daily) - Ethiopia's Foreign Minister Gedion Timothewos met his Kenyan counterpart Musalia Mudavadi in Nairobi on Tuesday, his ministry said, in talks that also covered the queues of lorries at Moyale.";
const STRIKE_JENIN = 'GAZA, May 4 (Dyad Wire) - Israeli aircraft struck a house in the West Bank town of Jenin on Sunday, Palestinian health officials said.';
const STRIKE_TULKARM = 'RAMALLAH (Levant Post) - Israeli aircraft struck a workshop in Tulkarm, in the northern West Bank, on Sunday, witnesses said, hours after a raid on the camp nearby.';
const STRIKE_JENIN_RADIO = 'JERUSALEM (Hill Radio) - Residents said Israeli warplanes bombed a building in the occupied West Bank town of Jenin on Sunday morning; there was no word on casualties.';
const MEETING_OFFICES = "MOMBASA (Coast Weekly) - Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Tuesday, a statement from the ministry said, with the Lamu port project high on the agenda.";
const CALL_AUGUST = 'NAIROBI, Aug 22 (Dyad Wire) - Kenyan Foreign Minister Musalia Mudavadi spoke by telephone with Ethiopian Foreign Minister Gedion Timothewos on Thursday.';
const RETELLING = 'NAIROBI, Oct 2 (Dyad Wire) - Kenya and Ethiopia opened a new customs post at Moyale on Wednesday. In July, Kenyan Foreign Minister Musalia Mudavadi met Ethiopian Foreign Minister Gedion Timothewos in Nairobi.';

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`store on ${engine.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    const open = async () => {
      const opened = await engine.open();
      store = opened.store;
      dispose = opened.dispose;
    };
    afterEach(async () => dispose?.());

    it('keeps where an event happened, and fills it from a later report when the first named no place', async () => {
      await open();
      await store.writeBatch([prepared('july-wire', '2025-07-16', MEETING_JULY.replace(' in Nairobi', ''), 'Dyad Wire')]);
      expect((await store.events({ dyad: ['KEN', 'ETH'] })).map((e) => e.location)).toEqual([null]);
      await store.writeBatch([prepared('july-daily', '2025-07-16', MEETING_DAILY, 'Highland Daily')]);
      const events = await store.events({ dyad: ['KEN', 'ETH'] });
      expect(events.map((e) => [e.numArticles, e.location])).toEqual([[2, { name: 'Nairobi', country: 'KEN', kind: 'city' }]]);
    });

    it('keeps apart strikes in two towns on one day, and merges a third report of one of them', async () => {
      await open();
      await store.writeBatch([
        prepared('jenin-wire', '2025-05-04', STRIKE_JENIN, 'Dyad Wire'),
        prepared('tulkarm-post', '2025-05-04', STRIKE_TULKARM, 'Levant Post'),
        prepared('jenin-radio', '2025-05-04', STRIKE_JENIN_RADIO, 'Hill Radio'),
      ]);
      const events = await store.events({ dyad: ['ISR', 'PSE'], code: '19' });
      expect(events.map((e) => [e.cameo, e.location?.name, e.sources.map((x) => x.id)]).sort()).toEqual([
        ['190', 'Jenin', ['jenin-wire', 'jenin-radio']],
        ['190', 'Tulkarm', ['tulkarm-post']],
      ]);
    });

    it("merges a report naming only offices ('Kenya's foreign minister') with one naming the ministers", async () => {
      await open();
      await store.writeBatch([prepared('july', '2025-07-16', MEETING_JULY, 'Dyad Wire'), prepared('july-offices', '2025-07-16', MEETING_OFFICES, 'Coast Weekly')]);
      const events = await store.events({ dyad: ['KEN', 'ETH'] });
      expect(events.map((e) => [e.cameo, e.source?.code, e.target?.code, e.sources.map((x) => x.id)])).toEqual([['040', 'KENGOV', 'ETHGOV', ['july', 'july-offices']]]);
    });

    it('stores an article and lists its event with the document that reports it', async () => {
      await open();
      const [outcome] = await store.writeBatch([prepared('wire-a', '2025-04-11', CALL_WIRE, 'Dyad Wire')]);
      expect(outcome).toMatchObject({ key: 'wire-a', status: 'ingested', eventsCreated: 1, eventsMerged: 0 });
      const [event] = await store.events({ dyad: ['ETH', 'KEN'] });
      expect(event).toMatchObject({ date: '2025-04-10', cameo: '041', source: { code: 'KENGOV' }, target: { code: 'ETHGOV' }, numArticles: 1, numSources: 1 });
      expect(event!.sources).toEqual([{ id: 'wire-a', url: 'https://news.example/wire-a', copy: false }]);
      expect(CALL_WIRE).toContain(event!.evidence);
      expect(await store.counts()).toMatchObject({ documents: 1, events: 1, eventMentions: 1 });
    });

    it('stores an event whose doer is not named and reads it back with no source (issue 3)', async () => {
      await open();
      // Written for this test: a passive with no "by".
      const text = 'MOGADISHU (Dyad Wire) - Two Kenyan soldiers were killed near the Somali border on Sunday.';
      const [outcome] = await store.writeBatch([prepared('unnamed', '2025-05-12', text)]);
      expect(outcome).toMatchObject({ status: 'ingested', eventsCreated: 1 });
      const [event] = await store.events({ code: '19' });
      expect(event).toMatchObject({ cameo: '190', source: null, target: { country: 'KEN', code: 'KENMIL' } });
    });

    it('treats the same article again, or its text under another id, as a duplicate that changes nothing', async () => {
      await open();
      await store.writeBatch([prepared('wire-a', '2025-04-11', CALL_WIRE)]);
      const before = await store.counts();
      const outcomes = await store.writeBatch([prepared('wire-a', '2025-04-11', CALL_WIRE), prepared('mirror', '2025-04-11', CALL_WIRE)]);
      expect(outcomes.map((o) => [o.status, o.of])).toEqual([
        ['duplicate', 'wire-a'],
        ['duplicate', 'wire-a'],
      ]);
      expect(await store.counts()).toEqual(before);
      expect(await store.findDocument('other-id', prepared('x', '2025-04-11', CALL_WIRE).hash)).toBe('wire-a');
    });

    it('merges several outlets reporting one call into one event with all of them as sources', async () => {
      await open();
      const outcomes = await store.writeBatch([
        prepared('wire-a', '2025-04-11', CALL_WIRE, 'Dyad Wire'),
        prepared('daily-b', '2025-04-11', CALL_DAILY, 'Highland Daily'),
        prepared('radio-c', '2025-04-12', CALL_RADIO, 'Rift Radio'),
      ]);
      expect(outcomes.map((o) => [o.eventsCreated, o.eventsMerged])).toEqual([
        [1, 0],
        [0, 1],
        [0, 1],
      ]);
      const events = await store.events({ dyad: ['KEN', 'ETH'] });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ cameo: '041', date: '2025-04-10', numMentions: 3, numArticles: 3, numSources: 3 });
      expect(events[0]!.sources.map((s) => s.id)).toEqual(['wire-a', 'daily-b', 'radio-c']);
    });

    it('fills a symmetric event reported the other way round on the right sides', async () => {
      await open();
      // Written for this test: the first report names no sectors, the second names both ministers, Ethiopia first.
      await store.writeBatch([prepared('bare', '2025-04-11', 'NAIROBI (Dyad Wire) - Kenya spoke by telephone with Ethiopia on Thursday about the border crossing at Moyale.')]);
      await store.writeBatch([prepared('daily-b', '2025-04-11', CALL_DAILY)]);
      const [event] = await store.events({ dyad: ['KEN', 'ETH'] });
      expect(event).toMatchObject({ numArticles: 2, source: { country: 'KEN', code: 'KENGOV' }, target: { country: 'ETH', code: 'ETHGOV' } });
    });

    it('keeps apart a call in April, a meeting in July and a call in August between the same ministers', async () => {
      await open();
      await store.writeBatch([
        prepared('april', '2025-04-11', CALL_WIRE),
        prepared('july', '2025-07-16', MEETING_JULY),
        prepared('august', '2025-08-22', CALL_AUGUST),
      ]);
      const events = await store.events({ dyad: ['KEN', 'ETH'] });
      expect(events.map((e) => [e.date, e.cameo, e.sources.map((s) => s.id)])).toEqual([
        ['2025-04-10', '041', ['april']],
        ['2025-07-15', '040', ['july']],
        ['2025-08-21', '041', ['august']],
      ]);
    });

    it('attaches a later retelling to the original event instead of making a new one', async () => {
      await open();
      await store.writeBatch([prepared('july', '2025-07-16', MEETING_JULY)]);
      const [outcome] = await store.writeBatch([prepared('october', '2025-10-02', RETELLING)]);
      expect(outcome!.eventsMerged).toBeGreaterThanOrEqual(1);
      const meetings = await store.events({ dyad: ['KEN', 'ETH'], code: '04' });
      expect(meetings).toHaveLength(1);
      expect(meetings[0]).toMatchObject({ date: '2025-07-15', numArticles: 2 });
      expect(meetings[0]!.sources.map((s) => s.id)).toEqual(['july', 'october']);
    });

    it('keeps the finer date when a month-only report comes first', async () => {
      await open();
      await store.writeBatch([prepared('october', '2025-10-02', RETELLING)]);
      expect((await store.events({ code: '04' }))[0]!.date).toBe('2025-07');
      await store.writeBatch([prepared('july', '2025-07-16', MEETING_JULY)]);
      const meetings = await store.events({ code: '04' });
      expect(meetings.map((e) => e.date)).toEqual(['2025-07-15']);
    });

    it('stores a syndicated copy as a copy: its events count as mentions, not as new articles', async () => {
      await open();
      const original = `${CALL_WIRE}\n\n${LONGER}`;
      const copy = `${original}\n\nReporting by the Dyad Wire desk; editing by staff.`;
      const outcomes = await store.writeBatch([prepared('wire-a', '2025-04-11', original, 'Dyad Wire'), prepared('reprint', '2025-04-11', copy, 'Lakeside Post')]);
      expect(outcomes.map((o) => [o.status, o.of])).toEqual([
        ['ingested', null],
        ['copy', 'wire-a'],
      ]);
      // The call (041); "the two ministers discussed …" is an event of its own.
      const event = (await store.events({ dyad: ['KEN', 'ETH'] })).find((e) => e.cameo === '041');
      expect(event).toMatchObject({ numMentions: 2, numArticles: 1, numSources: 1 });
      expect(event!.sources).toContainEqual({ id: 'reprint', url: 'https://news.example/reprint', copy: true });
      expect(await store.counts()).toMatchObject({ documents: 2, copies: 1 });
    });

    it('learns a titled person from one article and resolves the bare surname in a later one to the same entity', async () => {
      await open();
      await store.writeBatch([prepared('first', '2025-05-06', 'WARSAW, May 6 (Dyad Wire) - Polish Foreign Minister Anna Kowalczyk met Indian Prime Minister Narendra Modi in Warsaw on Monday.')]);
      expect(await store.learnedPeople()).toContainEqual({ name: 'Anna Kowalczyk', country: 'POL', sector: 'GOV', role: 'Foreign Minister', from: '2025-05-06' });
    });

    it('finds documents by their words', async () => {
      await open();
      await store.writeBatch([prepared('july', '2025-07-16', MEETING_JULY), prepared('april', '2025-04-11', CALL_WIRE)]);
      expect((await store.search('Lamu corridor')).map((h) => h.id)).toEqual(['july']);
      expect((await store.search('border crossing Moyale')).map((h) => h.id)).toEqual(['april']);
      expect(await store.search('"unbalanced quote')).toEqual([]);
    });

    it('writes a batch all or nothing', async () => {
      await open();
      const good = prepared('good', '2025-04-11', CALL_WIRE);
      const broken = prepared('broken', '2025-07-16', MEETING_JULY);
      (broken.record.events[0] as unknown as { cameo: null }).cameo = null; // violates NOT NULL when its event is written
      await expect(store.writeBatch([good, broken])).rejects.toThrow();
      expect(await store.counts()).toMatchObject({ documents: 0, events: 0, entities: 0 });
      await store.writeBatch([good]);
      expect(await store.counts()).toMatchObject({ documents: 1, events: 1 });
    });

    it('keeps every stored offset quoting the document text', async () => {
      await open();
      await store.writeBatch([prepared('july', '2025-07-16', MEETING_JULY), prepared('october', '2025-10-02', RETELLING)]);
      const events = await store.events({});
      for (const e of events) expect([MEETING_JULY, RETELLING].some((t) => t.includes(e.evidence))).toBe(true);
    });
  });
}
