// Currency signs, scale words and hedges (currencies.json), built into the one regex the quantities stage runs.
import { z } from 'zod';
import { DyadError } from '../errors.js';

const iso4217 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "USD"');
const alpha3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as "IND"');

export const currenciesSchema = z.object({
  $comment: z.string().optional(),
  currencies: z
    .array(
      z.strictObject({
        /** As written: "$", "Rs.", "USD", "dollars", "Swiss francs". */
        symbol: z.string().trim().min(1),
        currency: iso4217,
        /** Where it stands: "$5" is before, "5 dollars" after, "USD 5" and "5 USD" either. */
        position: z.enum(['before', 'after', 'either']),
        /** Money only with a scale word: "3 trillion won", not "in 2020 won". */
        needsScale: z.boolean().optional(),
        /** Currency when the article is set in that country ("Rs" in India is INR). */
        byCountry: z.record(alpha3, iso4217).optional(),
        example: z.string().optional(),
      }),
    )
    .min(1),
  scales: z.array(
    z.strictObject({
      word: z.string().trim().min(1),
      factor: z.number().positive(),
      /** Only touching the number: "€40m", never "€40 m". */
      attached: z.boolean().optional(),
      example: z.string().optional(),
    }),
  ),
  hedges: z.array(z.strictObject({ phrase: z.string().trim().min(1), example: z.string().optional() })),
});

/** What a currency sign stands for. */
export interface CurrencySign {
  currency: string;
  needsScale: boolean;
  byCountry: Readonly<Record<string, string>>;
}

/**
 * The built table. `pattern` is global and unicode; its named groups are `h` (hedge), and either
 * `ps` `pn` `pk` (prefix sign, number, scales: "$5bn") with an optional range `rn` `rk` ("-$6bn"),
 * or `sn` `sk` (number, scales) with an optional range `srn` `srk`, then `sw` (suffix sign: "5 million dollars").
 */
export interface CurrencyTable {
  pattern: RegExp;
  /** Sign as written, whitespace collapsed to one space → currency. */
  signs: ReadonlyMap<string, CurrencySign>;
  /** Lower-cased scale word → factor. */
  scales: ReadonlyMap<string, number>;
}

/**
 * Indexes currencies.json and compiles the money regex once.
 * @example buildCurrencies(data).signs.get('Rs')?.currency // 'PKR'
 * @throws DyadError KNOWLEDGE_INVALID when a symbol or scale word is listed twice.
 */
export function buildCurrencies(data: z.infer<typeof currenciesSchema>): CurrencyTable {
  const signs = new Map<string, CurrencySign>();
  const before: string[] = [];
  const after: string[] = [];
  for (const entry of data.currencies) {
    const sign: CurrencySign = { currency: entry.currency, needsScale: entry.needsScale ?? false, byCountry: entry.byCountry ?? {} };
    for (const form of casings(collapse(entry.symbol), false)) {
      if (signs.has(form)) throw new DyadError('KNOWLEDGE_INVALID', `currencies.json lists the symbol "${form}" twice; keep one entry and use position "either" for both sides`);
      signs.set(form, sign);
      if (entry.position !== 'after') before.push(form);
      if (entry.position !== 'before') after.push(form);
    }
  }
  const scales = new Map<string, number>();
  const attached: string[] = [];
  const spaced: string[] = [];
  for (const s of data.scales) {
    const word = s.word.toLowerCase();
    if (scales.has(word)) throw new DyadError('KNOWLEDGE_INVALID', `currencies.json lists the scale word "${s.word}" twice; keep one entry`);
    scales.set(word, s.factor);
    (s.attached ? attached : spaced).push(...casings(word, true));
  }
  const hedges = data.hedges.flatMap((h) => casings(collapse(h.phrase), false));
  return { pattern: compile(before, after, attached, spaced, hedges), signs, scales };
}

/**
 * The currency a sign stands for in an article set in `country` (ISO alpha-3), else its default.
 * @example currencyOf(table.signs.get('Rs')!, 'IND') // 'INR'
 */
export function currencyOf(sign: CurrencySign, country: string | null = null): string {
  return (country !== null ? sign.byCountry[country] : undefined) ?? sign.currency;
}

/**
 * Collapses runs of whitespace to one space, the form signs are looked up in.
 * @example collapse('Swiss\n francs') // 'Swiss francs'
 */
export function collapse(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

function casings(word: string, upper: boolean): string[] {
  const forms = new Set([word, word.charAt(0).toUpperCase() + word.slice(1)]);
  if (upper) forms.add(word.toUpperCase());
  return [...forms];
}

function compile(before: string[], after: string[], attached: string[], spaced: string[], hedges: string[]): RegExp {
  const alt = (words: string[]) => (words.length === 0 ? '(?!)' : `(?:${[...words].sort((a, b) => b.length - a.length).map(literal).join('|')})`);
  // "1,200" | "1,20,000" (lakh grouping) | "2025"; then decimals; never part of a longer number.
  const num = '(?:\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,2}(?:,\\d{2}){1,5},\\d{3}|\\d{1,15})(?:\\.\\d+)?(?![.,]?\\d)';
  const spacedScale = alt(spaced);
  // "€40m", "$3.5-billion", "Rs 1 lakh crore"
  const scale = `(?:${alt(attached)}|[\\s-]?${spacedScale})(?:\\s${spacedScale})?`;
  const sym = alt(before);
  const prefix = `(?<ps>${sym})\\s?(?<pn>${num})(?<pk>${scale})?(?:\\s?[-–]\\s?(?:${sym})?\\s?(?<rn>${num})(?<rk>${scale})?)?`;
  const suffix = `(?<sn>${num})(?<sk>${scale})?(?:\\s?[-–]\\s?(?<srn>${num})(?<srk>${scale})?)?(?:\\s+|-)(?<sw>${alt(after)})`;
  return new RegExp(`(?<![\\p{L}\\p{N}][-–]?)(?:(?<h>${alt(hedges)})\\s+)?(?:${prefix}|${suffix})(?![\\p{L}\\p{N}])`, 'gu');
}

/** A sign as regex source: syntax characters escaped, inner spaces matching any whitespace run. */
function literal(word: string): string {
  return word
    .split(' ')
    .map((part) => part.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
    .join('\\s+');
}
