// Tests for the quantities stage: money amounts, currencies, scales, hedges and ranges, each span checked against the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument, type Document, type Quantity } from '../../document/document.js';
import { OffsetMapBuilder } from '../../document/offset-map.js';
import { buildCurrencies, currenciesSchema, currencyOf } from '../../knowledge/currencies.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { quantitiesStage } from './quantities.js';

const data = currenciesSchema.parse(JSON.parse(readFileSync('knowledge/currencies.json', 'utf8')));
const kb = { currencies: buildCurrencies(data) } as Knowledge;

/** A cleaned document whose sentences start at each offset in `starts` (one sentence by default). */
function doc(text: string, starts: number[] = [0]): Document {
  const d = createDocument({ id: 't', text });
  const b = new OffsetMapBuilder();
  b.keep(text, 0, text.length);
  const { text: t, map } = b.finish();
  d.clean = { text: t, map, dateline: null, dropped: [] };
  d.sentences = starts.map((start, index) => ({ index, paragraph: 0, start, end: starts[index + 1] ?? text.length, firstToken: 0, endToken: 0 }));
  d.mentions = [];
  return d;
}

function run(text: string, starts?: number[]): Quantity[] {
  const d = doc(text, starts);
  quantitiesStage.run(d, kb);
  return d.quantities!;
}

/** The one quantity in `text`, with its quoted text. */
function one(text: string): Quantity & { text: string } {
  const found = run(text);
  expect(found).toHaveLength(1);
  const q = found[0]!;
  return { ...q, text: text.slice(q.start, q.end) };
}

function expectMoney(text: string, quoted: string, amount: number, currency: string, approximate = false): void {
  const q = one(text);
  expect(q.text).toBe(quoted);
  expect(q).toMatchObject({ amount, currency, approximate, sentence: 0 });
}

describe('quantities.money.v1', () => {
  it('declares its name, needs and provides', () => {
    expect(quantitiesStage).toMatchObject({ name: 'quantities.money.v1', needs: ['clean', 'sentences', 'mentions'], provides: ['quantities'] });
  });

  it("reads 'around $500 million' as approximate 500000000 USD, the hedge inside the span", () => {
    expectMoney('The ministry said it raised around $500 million from the bond sale.', 'around $500 million', 500_000_000, 'USD', true);
  });

  it("reads '$1.2 trillion' as exactly 1200000000000 USD", () => {
    expectMoney('Lawmakers passed a $1.2 trillion spending bill.', '$1.2 trillion', 1_200_000_000_000, 'USD');
  });

  it("reads 'Rs 2.5bn' and 'Rs2.5 billion' as 2500000000 PKR", () => {
    expectMoney('The cabinet released Rs 2.5bn for flood relief.', 'Rs 2.5bn', 2_500_000_000, 'PKR');
    expectMoney('The cabinet released Rs2.5 billion for flood relief.', 'Rs2.5 billion', 2_500_000_000, 'PKR');
  });

  it("reads 'Rs. 50 lakh' and 'Rs 50 lakh' as 5000000 PKR", () => {
    expectMoney('A grant of Rs. 50 lakh was announced.', 'Rs. 50 lakh', 5_000_000, 'PKR');
    expectMoney('A grant of Rs 50 lakh was announced.', 'Rs 50 lakh', 5_000_000, 'PKR');
  });

  it("reads '€40m' as 40000000 EUR and '£3.4bn' as 3400000000 GBP", () => {
    expectMoney('Brussels approved €40m for the border project.', '€40m', 40_000_000, 'EUR');
    expectMoney('London announced £3.4bn for the navy.', '£3.4bn', 3_400_000_000, 'GBP');
  });

  it("reads 'US$ 12 million', 'USD 12 million' and '12 million USD' as 12000000 USD", () => {
    expectMoney('Exports reached US$ 12 million last quarter.', 'US$ 12 million', 12_000_000, 'USD');
    expectMoney('The bank lent USD 12 million to the utility.', 'USD 12 million', 12_000_000, 'USD');
    expectMoney('The bank lent 12 million USD to the utility.', '12 million USD', 12_000_000, 'USD');
  });

  it("reads a currency word after the number: '500 million dollars', '12 million euros'", () => {
    expectMoney('They agreed on 500 million dollars of aid.', '500 million dollars', 500_000_000, 'USD');
    expectMoney('The grant came to 12 million euros in total.', '12 million euros', 12_000_000, 'EUR');
    expectMoney('It is a 5-billion-dollar pipeline.', '5-billion-dollar', 5_000_000_000, 'USD');
  });

  it("reads '$50,000' as 50000 USD and '$50k' and '$5M' with attached scales", () => {
    expectMoney('A reward of $50,000 was offered.', '$50,000', 50_000, 'USD');
    expectMoney('The reward was raised to $50k.', '$50k', 50_000, 'USD');
    expectMoney('The startup raised $5M from investors.', '$5M', 5_000_000, 'USD');
  });

  it("reads South Asian forms: '1,200 crore rupees', 'Rs 1,20,000', 'Rs 1 lakh crore', '₹500 crore'", () => {
    expectMoney('The scheme costs 1,200 crore rupees.', '1,200 crore rupees', 12_000_000_000, 'PKR');
    expectMoney('Each family receives Rs 1,20,000 a year.', 'Rs 1,20,000', 120_000, 'PKR');
    expectMoney('The outlay is Rs 1 lakh crore over five years.', 'Rs 1 lakh crore', 1_000_000_000_000, 'PKR');
    expectMoney('The state approved ₹500 crore for roads.', '₹500 crore', 5_000_000_000, 'INR');
  });

  it("reads '¥300bn' as 300000000000 JPY and '20 billion yuan' as CNY", () => {
    expectMoney('Tokyo earmarked ¥300bn for the reconstruction.', '¥300bn', 300_000_000_000, 'JPY');
    expectMoney('Beijing lent 20 billion yuan to the province.', '20 billion yuan', 20_000_000_000, 'CNY');
  });

  it("reads the range '$5bn-$6bn' as one approximate quantity at its lower end", () => {
    expectMoney('Analysts put the cost at $5bn-$6bn this year.', '$5bn-$6bn', 5_000_000_000, 'USD', true);
  });

  it("reads '$5-6 billion' with the scale applied to the lower end", () => {
    expectMoney('The project needs $5-6 billion in loans.', '$5-6 billion', 5_000_000_000, 'USD', true);
  });

  it("reads '$3.5 billion-worth' as '$3.5 billion', leaving '-worth' outside", () => {
    expectMoney('They signed $3.5 billion-worth of contracts.', '$3.5 billion', 3_500_000_000, 'USD');
  });

  it("reads '$3.5-billion' with a hyphen before the scale", () => {
    expectMoney('It won a $3.5-billion contract.', '$3.5-billion', 3_500_000_000, 'USD');
  });

  it('marks every hedge as approximate, in any case at the start of a sentence', () => {
    for (const [text, quoted] of [
      ['Floods caused an estimated $3 billion in damage.', 'an estimated $3 billion'],
      ['Nearly $2bn is still unspent.', 'Nearly $2bn'],
      ['The bank may lend up to €5bn next year.', 'up to €5bn'],
      ['Trade reached more than 90 billion rubles.', 'more than 90 billion rubles'],
      ['Some $40m went missing.', 'Some $40m'],
    ] as const) {
      const q = one(text);
      expect(q.text).toBe(quoted);
      expect(q.approximate).toBe(true);
    }
  });

  it("accepts 'won', 'pounds' and 'rand' only after a scaled number", () => {
    expectMoney('Seoul set aside 3 trillion won for chips.', '3 trillion won', 3_000_000_000_000, 'KRW');
    expectMoney('The ministry saved 2 billion pounds last year.', '2 billion pounds', 2_000_000_000, 'GBP');
    expect(run('The party that in 2020 won the vote lost 12 won seats.')).toEqual([]);
    expect(run('They carried 40 pounds of rice each.')).toEqual([]);
  });

  it("rejects numbers that are not money: '500 people', '2025', '$' alone, 'in 2020 dollars'", () => {
    expect(run('About 500 people marched in 2025.')).toEqual([]);
    expect(run('The sign $ stood alone; the price was $ and nothing else.')).toEqual([]);
    expect(run('Costs are given in 2020 dollars.')).toEqual([]);
    expect(run('The version is v2 and the code is AB12m.')).toEqual([]);
    expect(run('A COVID-19 million-dollar fund was named after it.')).toEqual([]);
  });

  it("leaves an unknown dollar prefix ('NT$5bn') alone rather than guess USD", () => {
    expect(run('Taipei approved NT$5bn for defence.')).toEqual([]);
  });

  it('finds several amounts sorted by start, each with the sentence that holds it', () => {
    const text = 'Riyadh pledged $2bn. Abu Dhabi added 3 billion dirhams and London £40m.';
    const found = run(text, [0, 21]);
    expect(found.map((q) => [text.slice(q.start, q.end), q.sentence, q.currency])).toEqual([
      ['$2bn', 0, 'USD'],
      ['3 billion dirhams', 1, 'AED'],
      ['£40m', 1, 'GBP'],
    ]);
  });

  it('does not throw on hostile text and finds nothing or something sensible', () => {
    const lone = 'a \uD800 b \uDC00 $\uD800 5 \uDFFF$5m';
    const digits = '9'.repeat(5000);
    const texts = ['$$$', '$', '1e308 billion', '$1e308 billion', `$${digits} billion`, `${digits} dollars`, `$1.${digits}`, '$999,999,999,999,999,999,999 trillion', lone, '$'.repeat(10000), ' '.repeat(1000), ''];
    for (const text of texts) expect(() => run(text)).not.toThrow();
    expect(run('$$$')).toEqual([]);
    expect(run('$')).toEqual([]);
    expect(run('1e308 billion')).toEqual([]);
    expect(run('$1e308 billion')).toEqual([]);
    expect(run(`$${digits} billion`)).toEqual([]);
    expect(run(`${digits} dollars`)).toEqual([]);
    expect(run('$999,999,999,999,999,999,999 trillion')).toEqual([]);
    const q = run(lone);
    expect(q.map((x) => lone.slice(x.start, x.end))).toEqual(['$5m']);
    for (const x of run(`$1.${digits}`)) expect(Number.isFinite(x.amount)).toBe(true);
  });

  it('finds every amount in a long article', () => {
    const sentence = 'Officials said around $500 million and Rs 2.5bn were pledged by 500 people in 2025. ';
    const text = sentence.repeat(5000);
    const found = run(text);
    expect(found).toHaveLength(10000);
  });
});

describe('currencies knowledge', () => {
  it("resolves 'Rs' to PKR by default and INR for an Indian setting", () => {
    const rs = kb.currencies.signs.get('Rs')!;
    expect(currencyOf(rs)).toBe('PKR');
    expect(currencyOf(rs, 'IND')).toBe('INR');
    expect(currencyOf(rs, 'FRA')).toBe('PKR');
  });

  it('rejects a currency code that is not three capital letters', () => {
    const bad = { ...data, currencies: [{ symbol: '$', currency: 'usd', position: 'before' }] };
    expect(currenciesSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses a symbol listed twice', () => {
    const twice = { ...data, currencies: [...data.currencies, { symbol: 'Rs', currency: 'INR', position: 'before' as const }] };
    expect(() => buildCurrencies(twice)).toThrow(/"Rs" twice/);
  });
});
