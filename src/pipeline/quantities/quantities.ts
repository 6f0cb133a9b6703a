// Money amounts in the cleaned text ("around $500 million", "Rs 2.5bn", "1,200 crore rupees") with currency and hedge.
import { bySentence } from '../../document/by-sentence.js';
import { layer, type Mention, type Quantity, type Sentence } from '../../document/document.js';
import { partitionPoint } from '../../document/partition-point.js';
import { collapse, currencyOf, type CurrencyTable } from '../../knowledge/currencies.js';
import { datelineCountry } from '../actors/actors.js';
import type { Stage } from '../stage.js';

/** The country whose currency a sign most likely means at `offset`: the nearest country word before it in the sentence ("an Indian credit line of Rs 12 billion" → IND), else the dateline's. */
export type CountryAt = (offset: number, sentence: number) => string | null;

/**
 * Adds `doc.quantities`: the money amounts of the cleaned text, in text order.
 * @example quantitiesStage.run(doc, kb); doc.quantities // [{ amount: 500000000, currency: 'USD', approximate: true, … }]
 */
export const quantitiesStage: Stage = {
  name: 'quantities.money.v1',
  needs: ['clean', 'sentences', 'mentions'],
  provides: ['quantities'],
  run(doc, kb) {
    const home = datelineCountry(doc, kb);
    const places = bySentence(layer(doc, 'mentions'), (m) => m.country !== null && (m.type === 'GPE' || m.type === 'NORP'));
    const countryAt: CountryAt = (offset, sentence) => lastBefore(places.get(sentence) ?? [], offset)?.country ?? home;
    doc.quantities = findQuantities(layer(doc, 'clean').text, layer(doc, 'sentences'), kb.currencies, countryAt);
  },
};

/** The last of `mentions` (in text order) that ends at or before `offset`. */
function lastBefore(mentions: readonly Mention[], offset: number): Mention | undefined {
  return mentions[partitionPoint(mentions, (m) => m.end <= offset) - 1];
}

/**
 * Finds money amounts with one pass of the table's regex. A span covers the hedge ("around $5bn")
 * and a range ("$5bn-$6bn", "$5-6 billion"); a range reads as its lower end and is approximate.
 * A sign several countries use ("Rs", "pesos") takes the currency of `countryAt`'s country, else its default.
 * @example findQuantities('It paid around $5bn.', sentences, kb.currencies)
 *   // [{ start: 8, end: 19, sentence: 0, amount: 5000000000, currency: 'USD', approximate: true }]
 */
export function findQuantities(text: string, sentences: readonly Sentence[], table: CurrencyTable, countryAt: CountryAt = () => null): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(table.pattern)) {
    const sentence = sentenceAt(sentences, m.index);
    const money = sentence === null ? null : read(m.groups!, table, countryAt(m.index, sentence));
    if (!money || sentence === null) continue;
    found.push({ start: m.index, end: m.index + m[0].length, sentence, ...money });
  }
  return found;
}

type Money = Pick<Quantity, 'amount' | 'currency' | 'approximate'>;

function read(g: Record<string, string | undefined>, table: CurrencyTable, country: string | null): Money | null {
  const prefix = g.ps !== undefined;
  const sign = table.signs.get(collapse((prefix ? g.ps : g.sw) ?? ''));
  const low = prefix ? g.pn : g.sn;
  if (!sign || low === undefined) return null;
  const lowScale = prefix ? g.pk : g.sk;
  const high = prefix ? g.rn : g.srn;
  const highScale = prefix ? g.rk : g.srk;
  const scaled = lowScale !== undefined || highScale !== undefined;
  // "3 trillion won" is money; "in 2020 won the vote" is not.
  if (sign.needsScale && !scaled) return null;
  // "in 2020 dollars" is a price base, not an amount.
  if (!prefix && !scaled && high === undefined && g.h === undefined && /^(?:1[89]|2[01])\d\d$/.test(low)) return null;
  // "$5-6 billion": the scale after the range applies to both ends.
  const factor = multiplier(lowScale ?? highScale, table);
  const amount = Number((Number(low.replace(/,/g, '')) * factor).toPrecision(15));
  if (!Number.isFinite(amount)) return null;
  return { amount, currency: currencyOf(sign, country), approximate: g.h !== undefined || high !== undefined };
}

function multiplier(scale: string | undefined, table: CurrencyTable): number {
  let factor = 1;
  // "-billion", " lakh crore"
  for (const word of (scale ?? '').split(/[\s-]+/)) if (word) factor *= table.scales.get(word.toLowerCase()) ?? 1;
  return factor;
}

/** Index of the last sentence starting at or before `offset`, or null before the first. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number | null {
  return sentences[partitionPoint(sentences, (s) => s.start <= offset) - 1]?.index ?? null;
}
