// Tests for the times stage: each form in sentences of our own, its quoted span and its TIMEX3 value, in both tense directions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, type Document, type TimexType } from '../../document/document.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { cleanStage } from '../clean/clean.js';
import { sentencesStage } from '../sentences/sentences.js';
import { timesStage } from './times.js';

const kb = {} as Knowledge;
/** A Sunday. */
const SUNDAY = '2025-09-14';

function analyse(text: string, published: string | null = SUNDAY): Document {
  const doc = createDocument({ id: 't', text, published });
  cleanStage.run(doc, kb);
  sentencesStage.run(doc, kb);
  timesStage.run(doc, kb);
  return doc;
}

interface Found {
  text: string;
  value: string;
  type?: TimexType;
}

/** Every time expression of `text` as its quoted span and value (and type when `withType`). */
function times(text: string, published: string | null = SUNDAY, withType = false): Found[] {
  const doc = analyse(text, published);
  return doc.times!.map((t) => {
    const quoted = doc.clean!.text.slice(t.start, t.end);
    expect(doc.text.slice(t.start, t.end)).toBe(quoted);
    return withType ? { text: quoted, value: t.value, type: t.type } : { text: quoted, value: t.value };
  });
}

describe('the seed forms, in sentences of our own, published Sunday 2025-09-14', () => {
  it("resolves 'on Saturday' in a past-tense story published Sunday 2025-09-14 to 2025-09-13", () => {
    expect(times('The two ministers spoke on Saturday about trade.')).toEqual([{ text: 'on Saturday', value: '2025-09-13' }]);
  });
  it("quotes only the month of 'the May conflict' and resolves it to 2025-05", () => {
    expect(times('Relations improved after the May conflict between the neighbours ended.')).toEqual([{ text: 'May', value: '2025-05' }]);
  });
  it("resolves a past 'in July' to this year's July, 2025-07, not next year's", () => {
    expect(times('The envoy had travelled to the capital in July for talks.')).toEqual([{ text: 'in July', value: '2025-07' }]);
  });
  it("resolves 'Earlier this month' to the publication month 2025-09", () => {
    expect(times('Earlier this month, the company won a mining contract.')).toEqual([{ text: 'Earlier this month', value: '2025-09' }]);
  });
  it("resolves a sentence-initial 'In June' to 2025-06", () => {
    expect(times('In June, the general met the president in the capital.')).toEqual([{ text: 'In June', value: '2025-06' }]);
  });
  it("resolves 'in August' followed by an infinitive to 2025-08", () => {
    expect(times('She flew back to the region in August to attend a ceremony.')).toEqual([{ text: 'in August', value: '2025-08' }]);
  });
});

describe('weekdays', () => {
  it("resolves a past 'on Sunday' in a Sunday story to that same day", () => {
    expect(times('Protesters gathered on Sunday in the main square.')).toEqual([{ text: 'on Sunday', value: '2025-09-14' }]);
  });
  it("resolves a future 'on Saturday' to the next Saturday, 2025-09-20", () => {
    expect(times('The delegation will arrive on Saturday.')).toEqual([{ text: 'on Saturday', value: '2025-09-20' }]);
  });
  it("resolves a future 'on Sunday' in a Sunday story to that same day (on or after)", () => {
    expect(times('The leaders will meet on Sunday evening in private.')).toEqual([{ text: 'on Sunday evening', value: '2025-09-14TEV' }]);
  });
  it("reads the present tense of a schedule as future: 'opens on Friday' → 2025-09-19", () => {
    expect(times('The summit opens on Friday.')).toEqual([{ text: 'on Friday', value: '2025-09-19' }]);
    expect(times('Talks are scheduled for Monday.')).toEqual([{ text: 'Monday', value: '2025-09-15' }]);
  });
  it("reads 'is expected to', 'plans to' and \"won't\" as future", () => {
    expect(times('The minister is expected to visit on Tuesday.')).toEqual([{ text: 'on Tuesday', value: '2025-09-16' }]);
    expect(times('The government plans to hold talks on Wednesday.')).toEqual([{ text: 'on Wednesday', value: '2025-09-17' }]);
    expect(times("The rebels won't attend on Thursday.")).toEqual([{ text: 'on Thursday', value: '2025-09-18' }]);
  });
  it("reads a plan in the past perfect as overtaken, so behind: 'had been due to expire Friday' → 2025-09-12 (issue 4)", () => {
    expect(times('The permit had been due to expire on Friday.')).toEqual([{ text: 'on Friday', value: '2025-09-12' }]);
    expect(times('The envoys had planned to meet on Thursday.')).toEqual([{ text: 'on Thursday', value: '2025-09-11' }]);
    expect(times('The permit is due to expire on Friday.')).toEqual([{ text: 'on Friday', value: '2025-09-19' }]);
    expect(times('The permit had been due to expire on Friday.', null)).toEqual([{ text: 'on Friday', value: 'XXXX-XX-XX' }]);
  });
  it("reads \"'d\" before a bare verb as 'would': \"he'd like to meet on Friday\" → 2025-09-19 (issue 4)", () => {
    expect(times("The envoy said he'd like to meet on Friday.")).toEqual([{ text: 'on Friday', value: '2025-09-19' }]);
    expect(times("The envoy said they'd signed the deal on Friday.")).toEqual([{ text: 'on Friday', value: '2025-09-12' }]);
  });
  it("resolves 'last Tuesday' to 2025-09-09 and 'last Sunday' in a Sunday story to a week back", () => {
    expect(times('Troops withdrew last Tuesday.')).toEqual([{ text: 'last Tuesday', value: '2025-09-09' }]);
    expect(times('Troops withdrew last Sunday.')).toEqual([{ text: 'last Sunday', value: '2025-09-07' }]);
  });
  it("resolves 'next Monday' to 2025-09-15", () => {
    expect(times('Voting starts next Monday.')).toEqual([{ text: 'next Monday', value: '2025-09-15' }]);
  });
  it("makes 'Tuesday night' a TIME with the part of day, 2025-09-09TNI", () => {
    expect(times('Shelling resumed on Tuesday night.', SUNDAY, true)).toEqual([{ text: 'on Tuesday night', value: '2025-09-09TNI', type: 'TIME' }]);
  });
  it('takes the nearer weekday when the clause has no verb', () => {
    expect(times('Talks on Monday, vote on Friday.')).toEqual([
      { text: 'on Monday', value: '2025-09-15' },
      { text: 'on Friday', value: '2025-09-12' },
    ]);
  });
  it("makes 'every Friday' and 'on Fridays' a SET", () => {
    expect(times('Crowds march every Friday.', SUNDAY, true)).toEqual([{ text: 'every Friday', value: 'XXXX-WXX-5', type: 'SET' }]);
    expect(times('Markets close on Fridays.', SUNDAY, true)).toEqual([{ text: 'on Fridays', value: 'XXXX-WXX-5', type: 'SET' }]);
  });
  it("does not take weekdays inside names: 'Sheffield Wednesday', 'the Sunday Times', 'Black Friday'", () => {
    expect(times('Sheffield Wednesday lost again, the Sunday Times reported.')).toEqual([]);
    expect(times('Black Friday sales were weak.')).toEqual([]);
  });
});

describe('months', () => {
  it("resolves a future 'in July' to next year's July, 2026-07", () => {
    expect(times('Elections will be held in July.')).toEqual([{ text: 'in July', value: '2026-07' }]);
  });
  it('resolves the publication month in either tense to itself', () => {
    expect(times('Talks ended in September.')).toEqual([{ text: 'in September', value: '2025-09' }]);
    expect(times('Talks will resume in September.')).toEqual([{ text: 'in September', value: '2025-09' }]);
  });
  it("resolves a past 'in November' to last year's, 2024-11", () => {
    expect(times('Floods struck the delta in November.')).toEqual([{ text: 'in November', value: '2024-11' }]);
  });
  it("resolves a present-tense month to the nearer one: 'the elections are in November' → 2025-11", () => {
    expect(times('The elections are in November.')).toEqual([{ text: 'in November', value: '2025-11' }]);
  });
  it("reads 'may' before a verb as future: 'may sign the deal in March' → 2026-03", () => {
    expect(times('Pakistan may sign the deal in March.')).toEqual([{ text: 'in March', value: '2026-03' }]);
  });
  it("resolves 'July 2024' to 2024-07", () => {
    expect(times('Prices peaked in July 2024.')).toEqual([{ text: 'in July 2024', value: '2024-07' }]);
  });
  it("resolves 'last May' and 'next March' from the publication month", () => {
    expect(times('He resigned last May and will return next March.')).toEqual([
      { text: 'last May', value: '2025-05' },
      { text: 'next March', value: '2026-03' },
    ]);
  });
  it("keeps 'early July' and 'mid-July' at month precision", () => {
    expect(times('Fighting flared in early July and again in mid-July.')).toEqual([
      { text: 'in early July', value: '2025-07' },
      { text: 'in mid-July', value: '2025-07' },
    ]);
  });
  it("resolves event-anchored months 'the July meeting' and 'the January talks' by the month alone", () => {
    expect(times('The July meeting produced a joint statement.')).toEqual([{ text: 'July', value: '2025-07' }]);
    expect(times('The January talks collapsed quickly.')).toEqual([{ text: 'January', value: '2025-01' }]);
  });
  it("does not take the modal 'may', the noun 'march' or the name 'Theresa May'", () => {
    expect(times('Pakistan may sign the agreement.')).toEqual([]);
    expect(times('A protest march blocked the road.')).toEqual([]);
    expect(times('Theresa May spoke to reporters.')).toEqual([]);
  });
  it("takes a month before any common noun, except May: 'the January transfer window', 'the June gig'", () => {
    expect(times('He moved clubs in the January transfer window.')).toEqual([{ text: 'January', value: '2025-01' }]);
    expect(times('Fans bought tickets for the June gig.')).toEqual([{ text: 'June', value: '2025-06' }]);
    expect(times('The May government fell.')).toEqual([]);
  });
  it("takes months joined to another month: 'December and January', 'the July-to-September quarter'", () => {
    expect(times('Sales were weak in December and January.')).toEqual([
      { text: 'in December', value: '2024-12' },
      { text: 'January', value: '2025-01' },
    ]);
    expect(times('Output grew in the July-to-September quarter.')).toEqual([
      { text: 'July', value: '2025-07' },
      { text: 'September', value: '2025-09' },
    ]);
  });
  it('takes both months of a range: "from May to August"', () => {
    expect(times('Prices rose from May to August.')).toEqual([
      { text: 'May', value: '2025-05' },
      { text: 'August', value: '2025-08' },
    ]);
  });
});

describe('dates with a day (chrono)', () => {
  it("resolves 'on July 3', 'on 3 July' and 'July 3rd' in the past to 2025-07-03", () => {
    expect(times('The deal was signed on July 3.')).toEqual([{ text: 'on July 3', value: '2025-07-03' }]);
    expect(times('The deal was signed on 3 July.')).toEqual([{ text: 'on 3 July', value: '2025-07-03' }]);
    expect(times('He arrived July 3rd with aides.')).toEqual([{ text: 'July 3rd', value: '2025-07-03' }]);
  });
  it("reads a two-digit day after the month: 'September 30' (chrono's day-first mode alone drops it)", () => {
    expect(times('Growth slowed in the quarter ending September 30.')).toEqual([
      { text: 'in the quarter', value: '2025-Q3' },
      { text: 'September 30', value: '2025-09-30' },
    ]);
  });
  it("resolves a past month-day more than two months ahead to last year's: 'on December 3' told in September → 2024-12-03", () => {
    expect(times('The two leaders met on December 3.')).toEqual([{ text: 'on December 3', value: '2024-12-03' }]);
  });
  it("keeps a future month-day a few days gone in this year, and reads a present clause to the nearer one", () => {
    expect(times('The ceremony will honour the victims of September 9.')).toEqual([{ text: 'September 9', value: '2025-09-09' }]);
    expect(times('The killings of September 9 show the danger.')).toEqual([{ text: 'September 9', value: '2025-09-09' }]);
  });
  it("keeps a past-tense deadline a few weeks ahead in this year: 'said he must leave by October 1' → 2025-10-01", () => {
    expect(times('The court said he must leave by October 1.')).toEqual([{ text: 'October 1', value: '2025-10-01' }]);
  });
  it("resolves a future month-day to its next occurrence: 'takes effect on January 1' → 2026-01-01", () => {
    expect(times('The new law takes effect on January 1.')).toEqual([{ text: 'on January 1', value: '2026-01-01' }]);
  });
  it("keeps the year the text gives: 'March 3, 2024' → 2024-03-03", () => {
    expect(times('The truce was agreed on March 3, 2024.')).toEqual([{ text: 'on March 3, 2024', value: '2024-03-03' }]);
  });
  it("values a range 'August 18-19' at its first day", () => {
    const doc = analyse('The forum met on August 18-19.');
    expect(doc.times!.map((t) => [doc.clean!.text.slice(t.start, t.end), t.value, t.rule])).toEqual([['on August 18-19', '2025-08-18', 'chrono-range']]);
  });
  it("reads numeric dates day first and skips a bare fraction: '12/03/2024' → 2024-03-12, '3/4' → nothing", () => {
    expect(times('The report was filed on 12/03/2024.')).toEqual([{ text: 'on 12/03/2024', value: '2024-03-12' }]);
    expect(times('Rebels hold 3/4 of the valley.')).toEqual([]);
  });
  it("makes clock times a TIME on the publication day, or on the day named with them", () => {
    expect(times('Polls close at 10pm.', SUNDAY, true)).toEqual([{ text: '10pm', value: '2025-09-14T22:00', type: 'TIME' }]);
    expect(times('He spoke at 10:30am on 3 July.', SUNDAY, true)).toEqual([{ text: '10:30am on 3 July', value: '2025-07-03T10:30', type: 'TIME' }]);
  });
  it('does not read race times as clock times', () => {
    expect(times('She won the final in 3:48.82 ahead of the field.')).toEqual([]);
  });
});

describe('days and units relative to the publication date', () => {
  it("resolves 'yesterday', 'today' and 'tomorrow' from the publication date", () => {
    expect(times('The envoy arrived yesterday, meets officials today and leaves tomorrow.')).toEqual([
      { text: 'yesterday', value: '2025-09-13' },
      { text: 'today', value: '2025-09-14' },
      { text: 'tomorrow', value: '2025-09-15' },
    ]);
  });
  it("makes 'last night' and 'yesterday morning' a TIME", () => {
    expect(times('Blasts shook the city last night.', SUNDAY, true)).toEqual([{ text: 'last night', value: '2025-09-13TNI', type: 'TIME' }]);
    expect(times('He resigned yesterday morning.', SUNDAY, true)).toEqual([{ text: 'yesterday morning', value: '2025-09-13TMO', type: 'TIME' }]);
  });
  it("resolves 'this week', 'last week' and 'next week' to ISO weeks W37, W36, W38", () => {
    expect(times('Ministers met this week and last week and will meet again next week.')).toEqual([
      { text: 'this week', value: '2025-W37' },
      { text: 'last week', value: '2025-W36' },
      { text: 'next week', value: '2025-W38' },
    ]);
  });
  it("resolves 'last month' and 'next month' to 2025-08 and 2025-10", () => {
    expect(times('Exports fell last month and may recover next month.')).toEqual([
      { text: 'last month', value: '2025-08' },
      { text: 'next month', value: '2025-10' },
    ]);
  });
  it("resolves 'this year', 'last year' and 'next year' to 2025, 2024 and 2026", () => {
    expect(times('Growth slowed this year after a boom last year, and elections are due next year.')).toEqual([
      { text: 'this year', value: '2025' },
      { text: 'last year', value: '2024' },
      { text: 'next year', value: '2026' },
    ]);
  });
  it("resolves 'this weekend' and 'by the end of the year'", () => {
    expect(times('Rallies are planned this weekend, and a vote by the end of the year.')).toEqual([
      { text: 'this weekend', value: '2025-W37-WE' },
      { text: 'the end of the year', value: '2025' },
    ]);
  });
  it("resolves 'three days ago' to 2025-09-11 and 'a year ago' to 2024", () => {
    expect(times('The border closed three days ago, a year ago it was open.')).toEqual([
      { text: 'three days ago', value: '2025-09-11' },
      { text: 'a year ago', value: '2024' },
    ]);
  });
  it("counts 'two days later' and 'the next day' from the latest full date before them", () => {
    expect(times('The rebels attacked on Monday. Two days later the army struck back.')).toEqual([
      { text: 'on Monday', value: '2025-09-08' },
      { text: 'Two days later', value: '2025-09-10' },
    ]);
    expect(times('The accord was signed on 3 July. The next day the border opened.')).toEqual([
      { text: 'on 3 July', value: '2025-07-03' },
      { text: 'The next day', value: '2025-07-04' },
    ]);
  });
  it("counts 'the previous year' from the latest date before it", () => {
    expect(times('Turnout fell in 2019. The previous year it had risen.')).toEqual([
      { text: 'in 2019', value: '2019' },
      { text: 'The previous year', value: '2018' },
    ]);
  });
  it("picks the weekend by tense: 'over the weekend' past is this one, 'at the weekend' future the next", () => {
    expect(times('Fighting eased over the weekend.')).toEqual([{ text: 'the weekend', value: '2025-W37-WE' }]);
    expect(times('Leaders will meet at the weekend.')).toEqual([{ text: 'the weekend', value: '2025-W38-WE' }]);
  });
  it("resolves 'in five years' time' to 2030", () => {
    expect(times('The plant will open in five years\' time.')).toEqual([{ text: "in five years' time", value: '2030' }]);
  });
  it("counts 'the day before' from the publication date when no date precedes it", () => {
    expect(times('Officials had warned of unrest the day before.')).toEqual([{ text: 'the day before', value: '2025-09-13' }]);
  });
});

describe('vague references', () => {
  it("makes 'now' and 'currently' PRESENT_REF", () => {
    expect(times('Prices are now higher and currently rising.')).toEqual([
      { text: 'now', value: 'PRESENT_REF' },
      { text: 'currently', value: 'PRESENT_REF' },
    ]);
  });
  it("makes 'recently' and 'In recent years' PAST_REF", () => {
    expect(times('The two sides recently agreed a truce.')).toEqual([{ text: 'recently', value: 'PAST_REF' }]);
    expect(times('In recent years ties have improved.')).toEqual([{ text: 'In recent years', value: 'PAST_REF' }]);
  });
  it("makes 'in coming months' and 'in the near future' FUTURE_REF", () => {
    expect(times('Rates will stay low in coming months and rise in the near future.')).toEqual([
      { text: 'in coming months', value: 'FUTURE_REF' },
      { text: 'in the near future', value: 'FUTURE_REF' },
    ]);
  });
  it("makes 'the future' after 'for', 'into', 'about' FUTURE_REF, quoted without the preposition, but not 'the future of'", () => {
    expect(times('The council set aside funds for the future.')).toEqual([{ text: 'the future', value: 'FUTURE_REF' }]);
    expect(times('The council set aside funds for the future.', null)).toEqual([{ text: 'the future', value: 'FUTURE_REF' }]);
    expect(times('Farmers worry about the future of the river.')).toEqual([]);
  });
  it("makes 'soon' FUTURE_REF but not 'as soon as'", () => {
    expect(times('A decision is expected soon.')).toEqual([{ text: 'soon', value: 'FUTURE_REF' }]);
    expect(times('He left as soon as he could.')).toEqual([]);
  });
  it("makes the adjective 'current' PRESENT_REF and 'then current' PAST_REF, with or without a publication date", () => {
    expect(times('The minister blamed the current drought for the shortages.')).toEqual([{ text: 'current', value: 'PRESENT_REF' }]);
    expect(times('The minister blamed the current drought for the shortages.', null)).toEqual([{ text: 'current', value: 'PRESENT_REF' }]);
    expect(times('Bondholders were paid at the then current exchange rate.')).toEqual([{ text: 'then current', value: 'PAST_REF' }]);
  });
  it("leaves the noun 'current' and the terms 'current account' and 'current assets' alone", () => {
    expect(times('A strong current swept the boat towards the rocks.')).toEqual([]);
    expect(times('The current account deficit widened as current assets shrank.')).toEqual([]);
  });
});

describe('years, decades, centuries, quarters and seasons', () => {
  it("resolves 'in 2019' with its preposition and 'since 2019' to the year alone", () => {
    expect(times('The programme began in 2019.')).toEqual([{ text: 'in 2019', value: '2019' }]);
    expect(times('Sanctions have been in place since 2019.')).toEqual([{ text: '2019', value: '2019' }]);
  });
  it("takes a year as a subject ('2004 was') and before a hyphenated season ('the 2019-20 season')", () => {
    expect(times('2004 was a hard year for exporters.')).toEqual([{ text: '2004', value: '2004' }]);
    expect(times('The 2019-20 season ended early.')).toEqual([{ text: '2019', value: '2019' }]);
  });
  it('takes a year before an event noun and both years of a range, but not a count', () => {
    expect(times('The 2024 elections were disputed.')).toEqual([{ text: '2024', value: '2024' }]);
    expect(times('Output doubled between 2010 and 2015.')).toEqual([
      { text: '2010', value: '2010' },
      { text: '2015', value: '2015' },
    ]);
    expect(times('The army sent 2000 troops to the border.')).toEqual([]);
  });
  it("resolves 'the 1990s' to 199 and 'the 20th century' to 19", () => {
    expect(times('Ties were poor in the 1990s.')).toEqual([{ text: 'in the 1990s', value: '199' }]);
    expect(times('The border was drawn in the 20th century.')).toEqual([{ text: 'in the 20th century', value: '19' }]);
  });
  it("resolves 'the third quarter' in a September story to 2025-Q3 and a past 'fourth quarter' to 2024-Q4", () => {
    expect(times('Profits rose in the third quarter.')).toEqual([{ text: 'in the third quarter', value: '2025-Q3' }]);
    expect(times('Profits fell in the fourth quarter.')).toEqual([{ text: 'in the fourth quarter', value: '2024-Q4' }]);
  });
  it("resolves 'the first quarter of 2024' and 'last quarter', and skips 'quarter-final'", () => {
    expect(times('Sales grew in the first quarter of 2024 but shrank last quarter.')).toEqual([
      { text: 'in the first quarter of 2024', value: '2024-Q1' },
      { text: 'last quarter', value: '2025-Q2' },
    ]);
    expect(times('She reached the first quarter-final.')).toEqual([]);
  });
  it("resolves 'this past spring' to the latest spring and seasons after 'into', 'from' and 'of' by the tense (issue 4)", () => {
    expect(times('Exports slumped this past spring.')).toEqual([{ text: 'this past spring', value: '2025-SP' }]);
    expect(times('Shortages lasted well into the summer.')).toEqual([{ text: 'the summer', value: '2025-SU' }]);
    expect(times('Orders recovered from the lows of the early winter.', '2025-03-10')).toEqual([{ text: 'the early winter', value: '2024-WI' }]);
    expect(times('Exports slumped this past spring.', null)).toEqual([{ text: 'this past spring', value: 'XXXX-SP' }]);
  });
  it("resolves 'last summer' to 2024-SU, 'this summer' to 2025-SU and 'the summer of 2019' to 2019-SU", () => {
    expect(times('Floods hit the region last summer and again this summer.')).toEqual([
      { text: 'last summer', value: '2024-SU' },
      { text: 'this summer', value: '2025-SU' },
    ]);
    expect(times('The talks began in the summer of 2019.')).toEqual([{ text: 'in the summer of 2019', value: '2019-SU' }]);
  });
  it("does not read 'a fall in prices' as autumn", () => {
    expect(times('Traders blamed a fall in prices.')).toEqual([]);
  });
});

describe('spelled decades (issue 4)', () => {
  it("reads 'the nineties' as 199 and 'the late sixties' as 196, but not the age 'in his sixties'", () => {
    expect(times('Unions grew through the nineties after strikes in the late sixties.')).toEqual([
      { text: 'the nineties', value: '199' },
      { text: 'in the late sixties', value: '196' },
    ]);
    expect(times('The general, in his sixties, retired.')).toEqual([]);
  });
});

describe('durations and sets', () => {
  it("makes 'for three days' a DURATION P3D quoted without 'for', and 'two years' P2Y", () => {
    expect(times('Delegates talked for three days.', SUNDAY, true)).toEqual([{ text: 'three days', value: 'P3D', type: 'DURATION' }]);
    expect(times('The war lasted two years.', SUNDAY, true)).toEqual([{ text: 'two years', value: 'P2Y', type: 'DURATION' }]);
  });
  it("keeps 'the past' in 'the past two weeks' (P2W) and reads 'a 24-hour strike' as PT24H", () => {
    expect(times('Violence rose over the past two weeks.')).toEqual([{ text: 'the past two weeks', value: 'P2W' }]);
    expect(times('Unions called a 24-hour strike.')).toEqual([{ text: '24-hour', value: 'PT24H' }]);
  });
  it("reads hyphenated lengths: 'a decade-long dispute' → P10Y, 'a one-day visit' → P1D", () => {
    expect(times('They ended a decade-long dispute.')).toEqual([{ text: 'a decade-long', value: 'P10Y' }]);
    expect(times('He made a one-day visit.')).toEqual([{ text: 'one-day', value: 'P1D' }]);
  });
  it("leaves the noun's article out of a length that modifies it: 'the [two-week] siege', 'the [three day] summit' (issue 4)", () => {
    expect(times('The two-week siege ended when the three day summit opened.')).toEqual([
      { text: 'two-week', value: 'P2W' },
      { text: 'three day', value: 'P3D' },
    ]);
    expect(times('The nine months of talks were hard.')).toEqual([{ text: 'The nine months', value: 'P9M' }]);
  });
  it("makes 'for years' PXY and skips ages such as 'a 45-year-old'", () => {
    expect(times('The dispute has festered for years.')).toEqual([{ text: 'years', value: 'PXY' }]);
    expect(times('A 45-year-old farmer was detained.')).toEqual([]);
  });
  it("makes 'every year', 'twice a year' and '$5bn a year' a SET", () => {
    expect(times('They meet every year, sometimes twice a year, and trade $5bn a year.', SUNDAY, true)).toEqual([
      { text: 'every year', value: 'P1Y', type: 'SET' },
      { text: 'twice a year', value: 'P1Y', type: 'SET' },
      { text: 'a year', value: 'P1Y', type: 'SET' },
    ]);
  });
});

describe('results periods: quarters and fiscal years (issue 4)', () => {
  /** A Friday in late October, when third-quarter results come out. */
  const OCTOBER = '2024-10-25';
  it("reads an adjectival 'a third-quarter loss' as the quarter, quoted without its article", () => {
    expect(times('The miller posted a third-quarter loss.', OCTOBER)).toEqual([{ text: 'third-quarter', value: '2024-Q3' }]);
    expect(times('Exports fell by a third quarter of their value.', OCTOBER)).toEqual([]);
  });
  it("resolves 'the quarter' to the quarter the story named last, else the latest finished one", () => {
    expect(times('Net income rose in the third quarter. Sales in the quarter were flat.', OCTOBER)).toEqual([
      { text: 'in the third quarter', value: '2024-Q3' },
      { text: 'in the quarter', value: '2024-Q3' },
    ]);
    expect(times('The latest quarter was weak.', OCTOBER)).toEqual([{ text: 'The latest quarter', value: '2024-Q3' }]);
  });
  it("resolves 'the quarter ended June 30' to the quarter holding June", () => {
    expect(times('Profit fell for the quarter ended June 30.', OCTOBER)[0]).toEqual({ text: 'the quarter', value: '2024-Q2' });
  });
  it("puts 'the year-earlier quarter', 'year-ago' results and 'a year earlier' a year before the quarter in view", () => {
    expect(times('The mill earned $4 million in the third quarter against $3 million in the year-earlier quarter.', OCTOBER)).toEqual([
      { text: 'in the third quarter', value: '2024-Q3' },
      { text: 'in the year-earlier quarter', value: '2023-Q3' },
    ]);
    expect(times('Third-quarter sales rose 5% from a year earlier. The year-ago results were restated.', OCTOBER)).toEqual([
      { text: 'Third-quarter', value: '2024-Q3' },
      { text: 'a year earlier', value: '2023-Q3' },
      { text: 'year-ago', value: '2023-Q3' },
    ]);
    expect(times('Losses narrowed in the 2023 second quarter.', OCTOBER)).toEqual([{ text: 'in the 2023 second quarter', value: '2023-Q2' }]);
  });
  it("keeps 'a year ago' a year when no quarter is in view", () => {
    expect(times('Prices were lower a year ago.', OCTOBER)).toEqual([{ text: 'a year ago', value: '2023' }]);
  });
  it("reads 'for the year' as the year in view and 'the year ended March 31' as a length", () => {
    expect(times('For the year, volume was flat.', OCTOBER)).toEqual([{ text: 'the year', value: '2024' }]);
    expect(times('Sales reached $9 million in the year ended March 31, the firm said.', OCTOBER, true)[0]).toEqual({ text: 'the year', value: 'P1Y', type: 'DURATION' });
  });
  it("resolves 'the current fiscal year', 'the latest fiscal year' and 'fiscal 2023'", () => {
    expect(times('Sales should rise in the current fiscal year.', OCTOBER)).toEqual([{ text: 'the current fiscal year', value: '2024' }]);
    expect(times('Sales reached $2 billion in the latest fiscal year.', OCTOBER)).toEqual([{ text: 'the latest fiscal year', value: '2023' }]);
    expect(times('The firm earned $5 million in fiscal 2023.', OCTOBER)).toEqual([{ text: 'in fiscal 2023', value: '2023' }]);
  });
  it('keeps results periods unresolved without a publication date', () => {
    expect(times('Sales in the quarter were flat.', null)).toEqual([{ text: 'in the quarter', value: 'XXXX-QX' }]);
    expect(times('For the year, volume was flat.', null)).toEqual([{ text: 'the year', value: 'XXXX' }]);
  });
});

describe('holidays (issue 4)', () => {
  it("resolves 'Thanksgiving Day' to the fourth Thursday of November, looking back in a past clause", () => {
    expect(times('The boy was rescued on Thanksgiving Day.', '2025-12-10')).toEqual([{ text: 'on Thanksgiving Day', value: '2025-11-27' }]);
  });
  it('looks ahead in a future clause and back in a past one', () => {
    expect(times('A truce will hold over Christmas.', SUNDAY)).toEqual([{ text: 'Christmas', value: '2025-12-25' }]);
    expect(times('A truce held over Christmas.', SUNDAY)).toEqual([{ text: 'Christmas', value: '2024-12-25' }]);
  });
  it("computes Easter and counts 'last Easter' from the publication date", () => {
    expect(times('Pilgrims will gather at Easter.', SUNDAY)).toEqual([{ text: 'Easter', value: '2026-04-05' }]);
    expect(times('Pilgrims gathered last Easter.', SUNDAY)).toEqual([{ text: 'last Easter', value: '2025-04-20' }]);
  });
  it('keeps the year the text gives, and does not read "Eastern" as Easter', () => {
    expect(times("Markets closed on New Year's Day 2024 in Eastern Europe.", SUNDAY)).toEqual([{ text: "on New Year's Day 2024", value: '2024-01-01' }]);
  });
  it('keeps fixed holidays as XXXX-MM-DD and movable ones as XXXX-XX-XX without a publication date', () => {
    expect(times('Talks broke off on Christmas Eve.', null)).toEqual([{ text: 'on Christmas Eve', value: 'XXXX-12-24' }]);
    expect(times('Talks broke off at Easter.', null)).toEqual([{ text: 'Easter', value: 'XXXX-XX-XX' }]);
  });
});

describe('more news forms (issue 4)', () => {
  it("reads newswire weekdays after a name: 'The World Court Friday rejected', 'in Iraq Friday.'", () => {
    expect(times('The World Court Friday rejected the appeal.')).toEqual([{ text: 'Friday', value: '2025-09-12' }]);
    expect(times('Inspectors resumed work in Iraq Friday.')).toEqual([{ text: 'Friday', value: '2025-09-12' }]);
  });
  it("reads a plan as pointing ahead in any tense: 'planned a rally on Saturday' → the coming Saturday", () => {
    expect(times('Protesters planned a rally on Saturday.', '2025-09-12')).toEqual([{ text: 'on Saturday', value: '2025-09-13' }]);
    expect(times('Protesters held a rally on Saturday.', '2025-09-12')).toEqual([{ text: 'on Saturday', value: '2025-09-06' }]);
    expect(times('The ministers spoke on Monday about a planned fund.', '2025-09-12')).toEqual([{ text: 'on Monday', value: '2025-09-08' }]);
  });
  it("puts a possessive weekday in the past: 'Tuesday's declaration' even beside a future verb", () => {
    expect(times("The union will answer Tuesday's declaration.")).toEqual([{ text: 'Tuesday', value: '2025-09-09' }]);
  });
  it("makes a clock time before its day one TIME: '10 p.m. Wednesday', 'noon Thursday', 'midnight Friday'", () => {
    expect(times('He was seized at 10 p.m. Wednesday.', SUNDAY, true)).toEqual([{ text: '10 p.m. Wednesday', value: '2025-09-10T22:00', type: 'TIME' }]);
    expect(times('The offer will expire at midnight Friday.', SUNDAY, true)).toEqual([{ text: 'midnight Friday', value: '2025-09-19T24:00', type: 'TIME' }]);
    expect(times('Talks broke off at noon Thursday.', null, true)).toEqual([{ text: 'noon Thursday', value: 'XXXX-XX-XXT12:00', type: 'TIME' }]);
  });
  it("gives a bare clock time the day the story last named: 'On July 3 … At 6 a.m.'", () => {
    expect(times('Troops crossed on July 3. At 6 a.m., they reached the river.', SUNDAY)).toEqual([
      { text: 'on July 3', value: '2025-07-03' },
      { text: '6 a.m.', value: '2025-07-03T06:00' },
    ]);
  });
  it("reads ordinal dates: 'on the 25th' by tense, and in the month the story named", () => {
    expect(times('The talks resumed on the 25th.')).toEqual([{ text: 'on the 25th', value: '2025-08-25' }]);
    expect(times('The talks will resume on the 3rd.')).toEqual([{ text: 'on the 3rd', value: '2025-10-03' }]);
    expect(times('In July the sides met. They met again on the 25th, officials said.')).toEqual([
      { text: 'In July', value: '2025-07' },
      { text: 'on the 25th', value: '2025-07-25' },
    ]);
    expect(times('It marked the 25th anniversary.')).toEqual([]);
    expect(times('The talks resumed on the 25th.', null)).toEqual([{ text: 'on the 25th', value: 'XXXX-XX-XX' }]);
  });
  it("quotes a month with its relative year: 'in January this year', 'in June last year'", () => {
    expect(times('In January this year police closed the case; in June last year they had reopened it.')).toEqual([
      { text: 'In January this year', value: '2025-01' },
      { text: 'in June last year', value: '2024-06' },
    ]);
  });
  it("quotes modifiers TimeML keeps: 'early next year', 'late yesterday', 'the end of 2019', 'nearly two years', 'the nine months'", () => {
    expect(times('Elections are due early next year.')).toEqual([{ text: 'early next year', value: '2026' }]);
    expect(times('He left late yesterday.')).toEqual([{ text: 'late yesterday', value: '2025-09-13' }]);
    expect(times('The plant closed at the end of 2019.')).toEqual([{ text: 'the end of 2019', value: '2019' }]);
    expect(times('The siege lasted nearly two years.')).toEqual([{ text: 'nearly two years', value: 'P2Y' }]);
    expect(times('Profit rose in the nine months.')).toEqual([{ text: 'the nine months', value: 'P9M' }]);
  });
  it("takes a year after 'for', 'into' and a determiner before a noun: 'its 2024 results', but not '1500 workers'", () => {
    expect(times('The company expects growth into 2026 and restated its 2024 results.')).toEqual([
      { text: '2026', value: '2026' },
      { text: '2024', value: '2024' },
    ]);
    expect(times('The 1500 workers struck.')).toEqual([]);
  });
  it("counts decades in years and skips ages: 'two decades' → P20Y, '37 years old' → nothing", () => {
    expect(times('The feud lasted two decades.')).toEqual([{ text: 'two decades', value: 'P20Y' }]);
    expect(times('Howes, 37 years old, was freed.')).toEqual([]);
  });
  it("joins a month or season to a spelled-out year: 'January nineteen ninety-seven', 'the winter of nineteen ninety-four' (issue 4)", () => {
    expect(times('Oil hit its low in January nineteen ninety-seven.')).toEqual([{ text: 'in January nineteen ninety-seven', value: '1997-01' }]);
    expect(times('Prices last fell that far in the winter of nineteen ninety-six.')).toEqual([{ text: 'in the winter of nineteen ninety-six', value: '1996-WI' }]);
    expect(times('Prices last fell that far in the winter of nineteen ninety-six.', null)).toEqual([{ text: 'in the winter of nineteen ninety-six', value: '1996-WI' }]);
  });
  it("reads spelled-out years: 'nineteen ninety-six', 'the year two thousand', but not 'two thousand people'", () => {
    expect(times('Sales peaked in nineteen ninety-six.')).toEqual([{ text: 'in nineteen ninety-six', value: '1996' }]);
    expect(times('Planning for the year two thousand began.')).toEqual([{ text: 'the year two thousand', value: '2000' }]);
    expect(times('Two thousand people marched.')).toEqual([]);
  });
  it("makes 'daily' before a noun a SET, but not 'a daily newspaper' nor 'quarterly results'", () => {
    expect(times('Crowds hold a daily rally.', SUNDAY, true)).toEqual([{ text: 'daily', value: 'P1D', type: 'SET' }]);
    expect(times('A daily newspaper printed the quarterly results.')).toEqual([]);
  });
});

describe("'as early as' and 'postponed until' point ahead whatever the nearest verb says (issue 4)", () => {
  it("resolves 'as early as Tuesday' in a past clause to the coming Tuesday, 2025-09-16", () => {
    expect(times('The envoy said talks could resume as early as Tuesday.')).toEqual([{ text: 'Tuesday', value: '2025-09-16' }]);
  });
  it("resolves 'postponed until Thursday morning' and 'gave them until 9 a.m. Tuesday' to the coming days", () => {
    expect(times('The court postponed until Thursday morning its ruling.')).toEqual([{ text: 'Thursday morning', value: '2025-09-18TMO' }]);
    expect(times('The army gave the rebels until 9 a.m. Tuesday to disarm.')).toEqual([{ text: '9 a.m. Tuesday', value: '2025-09-16T09:00' }]);
  });
  it('keeps the days unresolved without a publication date', () => {
    expect(times('The army gave the rebels until 9 a.m. Tuesday to disarm.', null)).toEqual([{ text: '9 a.m. Tuesday', value: 'XXXX-XX-XXT09:00' }]);
  });
});

describe("'since' points back whatever the nearest verb says (issue 4)", () => {
  it("resolves 'since November' beside a future verb to last November, 2024-11", () => {
    expect(times('The frigate has patrolled the gulf since November and will sail home soon.')).toEqual([
      { text: 'November', value: '2024-11' },
      { text: 'soon', value: 'FUTURE_REF' },
    ]);
  });
  it("resolves 'since Friday' and 'since Aug. 7' beside a future verb to the past ones", () => {
    expect(times('The crossing has been shut since Friday and will reopen on Tuesday.')).toEqual([
      { text: 'Friday', value: '2025-09-12' },
      { text: 'on Tuesday', value: '2025-09-16' },
    ]);
    expect(times('Flights have been grounded since Oct. 2 and will resume next week.')).toEqual([
      { text: 'Oct. 2', value: '2024-10-02' },
      { text: 'next week', value: '2025-W38' },
    ]);
  });
  it("keeps 'since November' unresolved without a publication date", () => {
    expect(times('The frigate has patrolled the gulf since November and will sail home soon.', null)).toEqual([
      { text: 'November', value: 'XXXX-11' },
      { text: 'soon', value: 'FUTURE_REF' },
    ]);
  });
  it("does not read the 'at 1' of a price after a date as an hour", () => {
    expect(times('The fund may sell its stake after Jan. 1, 2026 at 2,040 shillings a share.')).toEqual([{ text: 'Jan. 1, 2026', value: '2026-01-01' }]);
  });
});

describe('halves, added lengths and quarters (issue 4)', () => {
  it("reads '2 1/2 years' as P2Y6M, 'a year and a half' as P1Y6M and '5 1/2 hours' as PT5H30M", () => {
    expect(times('The refugees lived in tents for 2 1/2 years.')).toEqual([{ text: '2 1/2 years', value: 'P2Y6M' }]);
    expect(times('The siege lasted a year and a half.')).toEqual([{ text: 'a year and a half', value: 'P1Y6M' }]);
    expect(times('The envoy spent 5 1/2 hours in the capital.')).toEqual([{ text: '5 1/2 hours', value: 'PT5H30M' }]);
  });
  it("reads 'two more weeks', 'an additional year' and 'the next couple of years' as lengths", () => {
    expect(times('The truce will hold for two more weeks.')).toEqual([{ text: 'two more weeks', value: 'P2W' }]);
    expect(times('The lease may be extended for an additional year.')).toEqual([{ text: 'an additional year', value: 'P1Y' }]);
    expect(times('Exports should double within the next couple of years.')).toEqual([{ text: 'the next couple of years', value: 'P2Y' }]);
  });
  it("splits a range between two months into two dates: 'from Aug. 26 to Oct. 2' (issue 4)", () => {
    expect(times('The fund bought shares from Aug. 26 to Oct. 2, 2024.')).toEqual([
      { text: 'Aug. 26', value: '2024-08-26' },
      { text: 'Oct. 2, 2024', value: '2024-10-02' },
    ]);
    expect(times('The fund bought shares from Aug. 26 to Sept. 2.', null)).toEqual([
      { text: 'Aug. 26', value: 'XXXX-08-26' },
      { text: 'Sept. 2', value: 'XXXX-09-02' },
    ]);
  });
  it("does not read a title with a capitalised unit as a length: 'told CBS's 60 Minutes'", () => {
    expect(times("The minister told CBS's 60 Minutes he would resign.")).toEqual([]);
  });
  it("reads 'eight trading days' as P8D but not 'a calendar year' of a change of books", () => {
    expect(times('The index fell for eight trading days.')).toEqual([{ text: 'eight trading days', value: 'P8D' }]);
    expect(times('The bank switched its books from a fiscal year to a calendar year.')).toEqual([]);
  });
  it("reads 'the past two quarters' as P2Q and 'every quarter' as a SET, but not 'three quarters of the vote'", () => {
    expect(times('The airline lost money in the past two quarters.')).toEqual([{ text: 'the past two quarters', value: 'P2Q' }]);
    expect(times('The state pays its bondholders every quarter.', SUNDAY, true)).toEqual([{ text: 'every quarter', value: 'P1Q', type: 'SET' }]);
    expect(times('The party won three quarters of the vote in a quarter of the districts.')).toEqual([]);
  });
  it("shifts by quarters: 'a quarter earlier' and 'two quarters ago' (XXXX-QX without a publication date)", () => {
    expect(times('Output fell two quarters ago.')).toEqual([{ text: 'two quarters ago', value: '2025-Q1' }]);
    expect(times('Output fell two quarters ago.', null)).toEqual([{ text: 'two quarters ago', value: 'XXXX-QX' }]);
    expect(times('Output in July was up from a quarter earlier.')).toEqual([
      { text: 'in July', value: '2025-07' },
      { text: 'a quarter earlier', value: '2025-Q2' },
    ]);
  });
  it("resolves 'the current fiscal year' to the publication year, XXXX without one", () => {
    expect(times('The ministry expects a smaller deficit in the current fiscal year, it said.')).toEqual([{ text: 'the current fiscal year', value: '2025' }]);
    expect(times('The ministry expects a smaller deficit in the current fiscal year, it said.', null)).toEqual([{ text: 'the current fiscal year', value: 'XXXX' }]);
  });
});

describe("'that year', 'later that year', 'Earlier that day' (issue 4)", () => {
  it('resolves them to the unit of the latest date the story named', () => {
    expect(times('Rebels took the town in June 2019 and lost it later that year. Food prices doubled that year.')).toEqual([
      { text: 'in June 2019', value: '2019-06' },
      { text: 'later that year', value: '2019' },
      { text: 'that year', value: '2019' },
    ]);
    expect(times('The envoy landed on 3 July. Earlier that day, the talks had been called off.')).toEqual([
      { text: 'on 3 July', value: '2025-07-03' },
      { text: 'Earlier that day', value: '2025-07-03' },
    ]);
  });
  it("keeps 'later that year' unresolved without a publication date or an earlier date", () => {
    expect(times('Rebels took the town and lost it later that year.', null)).toEqual([{ text: 'later that year', value: 'XXXX' }]);
  });
  it("does not read 'that week-long visit' as a week", () => {
    expect(times('Officials praised that week-long visit.')).toEqual([]);
  });
});

describe('years after due, dating to, in lists, and before laws (issue 4)', () => {
  it("takes 'bonds due 2030', 'dating back to 1994', 'a 1996 law' and 'post-1959'", () => {
    expect(times('The state sold bonds due 2030 under a 1996 law.')).toEqual([
      { text: '2030', value: '2030' },
      { text: '1996', value: '1996' },
    ]);
    expect(times('Police reopened killings dating back to 1994 and studied post-1959 politics.')).toEqual([
      { text: '1994', value: '1994' },
      { text: 'post-1959', value: '1959' },
    ]);
  });
  it("takes every year of 'in 2014, 2016 and 2019' but not the count in 'In 2019, 2000 people left'", () => {
    expect(times('Floods struck in 2014, 2016 and 2019.')).toEqual([
      { text: 'in 2014', value: '2014' },
      { text: '2016', value: '2016' },
      { text: '2019', value: '2019' },
    ]);
    expect(times('In 2019, 2000 people left the valley.')).toEqual([{ text: 'In 2019', value: '2019' }]);
  });
});

describe('chrono never counts from its own reference date (issue 4)', () => {
  it("reads '5 days after Aug. 2' as a length and the date, never as a day of chrono's reference year", () => {
    expect(times('The ceasefire collapsed 5 days after Aug. 2.')).toEqual([
      { text: '5 days', value: 'P5D' },
      { text: 'Aug. 2', value: '2025-08-02' },
    ]);
    expect(times('The ceasefire collapsed 5 days after Aug. 2.', null)).toEqual([
      { text: '5 days', value: 'P5D' },
      { text: 'Aug. 2', value: 'XXXX-08-02' },
    ]);
  });
  it("takes the clock time's day from the story, not from '10 days before'", () => {
    expect(times('A guard saw the van 10 days before the blast on Aug. 3. The blast came at 10 p.m.')).toEqual([
      { text: '10 days', value: 'P10D' },
      { text: 'on Aug. 3', value: '2025-08-03' },
      { text: '10 p.m.', value: '2025-08-03T22:00' },
    ]);
  });
});

describe('without a publication date', () => {
  it('still resolves absolute dates and years', () => {
    expect(times('The truce was agreed on March 3, 2024, after clashes in 2019.', null)).toEqual([
      { text: 'on March 3, 2024', value: '2024-03-03' },
      { text: 'in 2019', value: '2019' },
    ]);
  });
  it('keeps relative expressions unresolved with X placeholders', () => {
    expect(times('They met in July and again on Saturday, after the May conflict.', null)).toEqual([
      { text: 'in July', value: 'XXXX-07' },
      { text: 'on Saturday', value: 'XXXX-XX-XX' },
      { text: 'May', value: 'XXXX-05' },
    ]);
    expect(times('Shelling resumed on Tuesday night, yesterday and last week.', null)).toEqual([
      { text: 'on Tuesday night', value: 'XXXX-XX-XXTNI' },
      { text: 'yesterday', value: 'XXXX-XX-XX' },
      { text: 'last week', value: 'XXXX-WXX' },
    ]);
  });
  it('keeps a month-day without a year as XXXX-MM-DD', () => {
    expect(times('The accord was signed on 3 July.', null)).toEqual([{ text: 'on 3 July', value: 'XXXX-07-03' }]);
  });
});

describe('the times layer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('names itself and its layers', () => {
    expect(timesStage.name).toBe('times.news-chrono.v5');
    expect(timesStage.needs).toEqual(['clean', 'tokens', 'sentences']);
    expect(timesStage.provides).toEqual(['times']);
  });
  it('sorts expressions by start and records the sentence and the rule of each', () => {
    const doc = analyse('Talks ended on Saturday.\nIn June, the envoy visited. He returns next week.');
    expect(doc.times!.map((t) => [doc.clean!.text.slice(t.start, t.end), t.sentence, t.rule])).toEqual([
      ['on Saturday', 0, 'weekday'],
      ['In June', 1, 'month'],
      ['next week', 2, 'unit-relative'],
    ]);
  });
  it('keeps offsets into the raw text when cleaning changes characters', () => {
    const doc = analyse('\u201CWe met on Saturday,\u201D he said.');
    const t = doc.times![0]!;
    expect(doc.text.slice(t.start, t.end)).toBe('on Saturday');
    expect(t.value).toBe('2025-09-13');
  });
  it('never reads the clock: the same article gives the same values whatever today is', () => {
    const text = 'The envoy arrived yesterday and met officials in July.';
    const before = times(text);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-02-03T12:00:00Z'));
    expect(times(text)).toEqual(before);
    expect(before).toEqual([
      { text: 'yesterday', value: '2025-09-13' },
      { text: 'in July', value: '2025-07' },
    ]);
  });
  it('gives an empty layer for a text without temporal words', () => {
    expect(analyse('Officials praised the agreement warmly.').times).toEqual([]);
  });
});

describe('value fixes from the TimeBank/AQUAINT error list (issue 4)', () => {
  /** A Monday. */
  const MONDAY = '2025-09-15';
  /** A Friday in late October, when third-quarter results come out. */
  const OCTOBER = '2024-10-25';
  it("reads verbs whose past is their bare form as past: 'set Friday as the deadline', 'a statement read Wednesday night'", () => {
    expect(times('The court dismissed the appeal and set Friday as its deadline.')).toEqual([{ text: 'Friday', value: '2025-09-12' }]);
    expect(times('A statement, read Wednesday night at the rally, urged calm.')).toEqual([{ text: 'Wednesday night', value: '2025-09-10TNI' }]);
    // "we"/"they" before the bare form, and "set to", still look ahead.
    expect(times('We set Friday as the deadline.')).toEqual([{ text: 'Friday', value: '2025-09-19' }]);
    expect(times('The talks, set to resume Monday, were welcomed.')).toEqual([{ text: 'Monday', value: '2025-09-15' }]);
  });
  it("does not read the noun after 'his Sunday night' as a verb: the clause's own verb decides", () => {
    expect(times('Before his Sunday night address, the president met his aides.', MONDAY)).toEqual([{ text: 'Sunday night', value: '2025-09-14TNI' }]);
    expect(times('After his Sunday night address, the president will meet his aides.', MONDAY)).toEqual([{ text: 'Sunday night', value: '2025-09-21TNI' }]);
  });
  it('counts a future quarter from the one just ended, whose results are still ahead', () => {
    expect(times('The bank plans to cut jobs after a third-quarter loss.', OCTOBER)).toEqual([{ text: 'third-quarter', value: '2024-Q3' }]);
    expect(times('The bank plans to report first-quarter results in April.', OCTOBER)[0]).toEqual({ text: 'first-quarter', value: '2025-Q1' });
    expect(times('The bank plans to cut jobs after a third-quarter loss.', null)).toEqual([{ text: 'third-quarter', value: 'XXXX-Q3' }]);
  });
  it("compares 'year-earlier' results with the publication year, not with a past year the story named", () => {
    expect(times('Last year the mill earned $3 million. The year-earlier results were restated.', OCTOBER)).toEqual([
      { text: 'Last year', value: '2023' },
      { text: 'year-earlier', value: '2023' },
    ]);
    expect(times('The year-earlier results were restated.', null)).toEqual([{ text: 'year-earlier', value: 'XXXX' }]);
  });
  it("keeps 'soon' FUTURE_REF only when it points ahead: not 'was soon released', not 'soon after the blast'", () => {
    expect(times('He was soon released.')).toEqual([]);
    expect(times('Police arrived soon after the blast.')).toEqual([]);
    expect(times('The deal will soon be signed.')).toEqual([{ text: 'soon', value: 'FUTURE_REF' }]);
  });
  it("reads times of day without a clock: 'at midday', 'mid-afternoon yesterday', '4 in the morning', 'in the morning'", () => {
    expect(times('The judge will rule at midday.', SUNDAY, true)).toEqual([{ text: 'midday', value: '2025-09-14T12:00', type: 'TIME' }]);
    expect(times('Shares were up by mid-afternoon yesterday.')).toEqual([{ text: 'mid-afternoon yesterday', value: '2025-09-13TAF' }]);
    expect(times('The convoy will set off at 4 in the morning.')).toEqual([{ text: '4 in the morning', value: '2025-09-14T04:00' }]);
    expect(times('On July 3 the talks resumed. Envoys met in the morning.')[1]).toEqual({ text: 'the morning', value: '2025-07-03TMO' });
    expect(times('The judge will rule at midday.', null)).toEqual([{ text: 'midday', value: 'XXXX-XX-XXT12:00' }]);
    expect(times('For the rebels, high noon has come.')).toEqual([]);
  });
  it("reads a wire-copy weekday after an opening name before a reporting verb: 'Iran Saturday condemned'", () => {
    expect(times('Iran Saturday condemned the attack.')).toEqual([{ text: 'Saturday', value: '2025-09-13' }]);
    expect(times('Sheffield Wednesday lost again.')).toEqual([]);
  });
  it("makes 'each July', 'every summer' and 'Tuesday nights' SETs", () => {
    expect(times('Marchers parade each July and every summer.', SUNDAY, true)).toEqual([
      { text: 'each July', value: 'XXXX-07', type: 'SET' },
      { text: 'every summer', value: 'XXXX-SU', type: 'SET' },
    ]);
    expect(times('Flights leave on Tuesday nights.', SUNDAY, true)).toEqual([{ text: 'on Tuesday nights', value: 'XXXX-WXX-2TNI', type: 'SET' }]);
  });
  it("makes 'the near term' and 'in the short term' FUTURE_REF, but not the adjective 'long-term'", () => {
    expect(times('Analysts see losses in the near term.')).toEqual([{ text: 'the near term', value: 'FUTURE_REF' }]);
    expect(times('The long-term plan failed.')).toEqual([]);
  });
});

describe('the dateline', () => {
  it("reads the dateline's own date, on the article's first line or on a line of its own", () => {
    expect(times('NAIROBI, Sept. 12 (Dyad Wire) -- Kenya and Ethiopia signed a trade pact on Friday.')).toEqual([
      { text: 'Sept. 12', value: '2025-09-12' },
      { text: 'on Friday', value: '2025-09-12' },
    ]);
    const doc = analyse('ADDIS ABABA, Sept. 13 (Dyad Wire) --\nEthiopia recalled its envoy to Kenya on Saturday.');
    expect(doc.clean!.dateline?.place).toBe('ADDIS ABABA');
    expect(doc.times!.map((t) => [doc.clean!.text.slice(t.start, t.end), t.value, t.sentence])).toEqual([
      ['Sept. 13', '2025-09-13', -1],
      ['on Saturday', '2025-09-13', 0],
    ]);
  });
});

describe('clause tense around a date (issue 4, value F1)', () => {
  it("does not read a capitalised name inside the sentence as its verb: 'at the Wade Hampton school'", () => {
    expect(times('In March, at the Wade Hampton school, pupils marched through the town.', '2025-10-20')).toEqual([{ text: 'In March', value: '2025-03' }]);
    expect(times('In March, at the Wade Hampton school, pupils will march through the town.', '2025-10-20')).toEqual([{ text: 'In March', value: '2026-03' }]);
  });
  it("takes the nearer year for the date a change takes hold: 'appointed a new director, effective March 1'", () => {
    expect(times('The charity appointed a new director, effective March 1.', '2025-10-26')).toEqual([{ text: 'March 1', value: '2026-03-01' }]);
    expect(times('The charity appointed a new director, effective Aug. 1.', '2025-10-26')).toEqual([{ text: 'Aug. 1', value: '2025-08-01' }]);
    // Only a past tense is loosened: a future one still looks ahead.
    expect(times('The rules, effective Monday, will ban smoking in bars.', '2025-10-22')).toEqual([{ text: 'Monday', value: '2025-10-27' }]);
  });
  it("counts 'the previous Friday' and 'the following Monday' from the day the story last named", () => {
    expect(times('Grain futures slipped on Friday and ended the week 3 cents below the previous Friday.', '2025-10-20')).toEqual([
      { text: 'on Friday', value: '2025-10-17' },
      { text: 'the previous Friday', value: '2025-10-10' },
    ]);
    expect(times('The envoys met on Tuesday and agreed to talk again the following Monday.', '2025-10-16')).toEqual([
      { text: 'on Tuesday', value: '2025-10-14' },
      { text: 'the following Monday', value: '2025-10-20' },
    ]);
  });
  it("takes a year before a company's results: '2026 Acme earnings', 'her 2024 Acme profit forecast', but not a count of workers", () => {
    expect(times('A fund manager doubts that 2026 Acme earnings will grow.', '2025-10-20')).toEqual([{ text: '2026', value: '2026' }]);
    expect(times('Her 2024 Acme profit forecast proved too rosy.', '2025-10-20')).toEqual([{ text: '2024', value: '2024' }]);
    expect(times('The plant hired 2000 workers.', '2025-10-20')).toEqual([]);
    expect(times('Some 2000 analysts forecast a rise.', '2025-10-20')).toEqual([]);
  });
  it("resolves 'Election Day' to the Tuesday after the first Monday of November, by the tense", () => {
    expect(times('Voters will go to the polls on Election Day.', '2025-10-20')).toEqual([{ text: 'on Election Day', value: '2025-11-04' }]);
    expect(times('Turnout on Election Day was low.', '2026-01-10')).toEqual([{ text: 'on Election Day', value: '2025-11-04' }]);
  });
  it("does not date an age: 'today's youth', 'in today's world', 'the leaders of tomorrow', but does date 'today's vote'", () => {
    expect(times('Rap music speaks for today\'s youth as jazz once did.')).toEqual([]);
    expect(times('In today\'s world, rumours travel faster than facts.')).toEqual([]);
    expect(times('The academy trains the leaders of tomorrow.')).toEqual([]);
    expect(times('Today\'s vote was delayed by a storm.')).toEqual([{ text: 'Today', value: '2025-09-14' }]);
    expect(times('The leaders of both parties will meet tomorrow.')).toEqual([{ text: 'tomorrow', value: '2025-09-15' }]);
  });
  it("makes 'the week of May 8' the ISO week of that day, its year by the tense", () => {
    expect(times('The trial is set to open the week of May 8.', '2000-02-24')).toEqual([{ text: 'the week of May 8', value: '2000-W19' }]);
    expect(times('The fair was held the week of Aug. 4.', '2000-02-24')).toEqual([{ text: 'the week of Aug. 4', value: '1999-W31' }]);
  });
  it("reads the second day of 'on June 11 and 12' as a date of its own, but not a count after 'and'", () => {
    expect(times('Leaders will gather in Rome on June 11 and 12.', '2025-02-10')).toEqual([
      { text: 'on June 11', value: '2025-06-11' },
      { text: '12', value: '2025-06-12' },
    ]);
    expect(times('Talks were held on June 2 and 3, officials said.', '2025-02-10')).toEqual([
      { text: 'on June 2', value: '2024-06-02' },
      { text: '3', value: '2024-06-03' },
    ]);
    expect(times('Floods struck on May 3 and 25 people died.', '2025-06-10')).toEqual([{ text: 'on May 3', value: '2025-05-03' }]);
  });
  it("reads 'the full year' as the publication year after a goal year, and as a past year the story told", () => {
    expect(times('The chain aims to double its stores by 2028. Its chief expects a bigger profit for the full year.', '2025-10-20')[1]).toEqual({ text: 'the full year', value: '2025' });
    expect(times('In 2023 sales fell. Losses widened over the full year.', '2025-10-20')[1]).toEqual({ text: 'the full year', value: '2023' });
  });
  it("reads 'the corresponding period last year', 'last year's quarter' and 'the quarter a year ago' as the quarter in view a year back", () => {
    expect(times('The insurer made $8 million in the third quarter, against $5 million in the corresponding period last year.', '2025-10-20')).toEqual([
      { text: 'in the third quarter', value: '2025-Q3' },
      { text: 'in the corresponding period last year', value: '2024-Q3' },
    ]);
    expect(times('The fourth quarter should bring a profit; last year\'s quarter brought a loss.', '2025-10-20')[1]).toEqual({ text: "last year's quarter", value: '2024-Q4' });
    expect(times('In the quarter a year ago, the mill lost money.', null)).toEqual([{ text: 'In the quarter a year ago', value: 'XXXX-QX' }]);
  });
  it("takes no date from 'the day before' a clause, which counts from that event, but keeps 'the day after' at a clause's end", () => {
    expect(times('Rescuers found the hiker on Dec. 2, the day before snow closed the pass.', '2025-12-20')).toEqual([{ text: 'on Dec. 2', value: '2025-12-02' }]);
    expect(times('The minister toured a clinic and, later in the day before leaving, spoke to nurses.')).toEqual([]);
    expect(times('They met on Nov. 3 and again the day after.', '2025-11-20')).toEqual([
      { text: 'on Nov. 3', value: '2025-11-03' },
      { text: 'the day after', value: '2025-11-04' },
    ]);
  });
  it("gives 'the 2024 quarter' the quarter a results story tells when none was named before it", () => {
    expect(times('Profit slid last year. The mill earned $9 million in the 2024 quarter.', '2025-10-20')[1]).toEqual({ text: 'in the 2024 quarter', value: '2024-Q3' });
    expect(times('The mill earned $9 million in the 2024 quarter.', null)).toEqual([{ text: 'in the 2024 quarter', value: '2024-QX' }]);
  });
  it("makes 'Holy Week' and 'Easter week' the ISO week that Easter Sunday ends, by the tense", () => {
    expect(times('Shops will close during Holy Week.', '2025-03-01')).toEqual([{ text: 'Holy Week', value: '2025-W16' }]);
    expect(times('Easter week began with pilgrims crowding the old city.', '2025-06-10')).toEqual([{ text: 'Easter week', value: '2025-W16' }]);
    expect(times('Shops will close during Holy Week.', null)).toEqual([{ text: 'Holy Week', value: 'XXXX-WXX' }]);
  });
  it("reads 'several quarters of losses' and 'six quarters of decline' as lengths, but 'three quarters of the province' as a fraction", () => {
    expect(times('The airline has posted several quarters of losses in a row.', '2025-10-20', true)).toEqual([{ text: 'several quarters', value: 'PXQ', type: 'DURATION' }]);
    expect(times('Six quarters of decline ended in June.', '2025-10-20')[0]).toEqual({ text: 'Six quarters', value: 'P6Q' });
    expect(times('Rebels hold three quarters of the province.', '2025-10-20')).toEqual([]);
  });
});
