// The words temporal rules read: month and weekday names, number words, units, seasons, event nouns.

/** Full month names, index + 1 = month number. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month names and the abbreviations news writes before a day ("Sept. 13", "Jan 5"), to month number. */
export const MONTH_NUMBER = new Map<string, number>([
  ...MONTHS.map((name, i): [string, number] => [name, i + 1]),
  ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((name, i): [string, number] => [name, i + 1]),
  ['Sept', 9],
]);

/** Weekday names, index = JavaScript weekday (0 = Sunday). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Parts of the day and their TIMEX3 codes: "Tuesday night" → `…TNI`. */
export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** Seasons with their TIMEX3 code and position in the year (spring first; winter's year is its December's). */
export const SEASONS: Record<string, { code: string; index: number }> = {
  spring: { code: 'SP', index: 0 },
  summer: { code: 'SU', index: 1 },
  autumn: { code: 'FA', index: 2 },
  fall: { code: 'FA', index: 2 },
  winter: { code: 'WI', index: 3 },
};

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Regex source for a count: digits ("3", "1,000", "1.5"), number words ("three", "twenty-five"), "a"/"an". */
export const NUMBER_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${Object.keys(TENS).join('|')})(?:[- ](?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.slice(1).join('|')}|hundred|a|an|a couple of|a few|a dozen|several|few|many|some)`;

/**
 * The number a count word or numeral names, or null when the text leaves it vague ("several", "a few").
 * @example numberOf('twenty-five') // 25
 * @example numberOf('1,000') // 1000
 */
export function numberOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^[\d,.]+$/.test(w)) return Number(w.replace(/,/g, ''));
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of') return 2;
  if (w === 'a dozen') return 12;
  if (w === 'hundred') return 100;
  const small = SMALL.indexOf(w);
  if (small > 0) return small;
  const [tens, ones] = w.split(/[- ]/);
  const t = TENS[tens ?? ''];
  if (t === undefined) return null;
  return t + (ones ? SMALL.indexOf(ones) : 0);
}

/** Time units with their TIMEX3 duration letter; `time` units go after the `T`. */
export const UNITS: Record<string, { letter: string; time: boolean; days: number }> = {
  second: { letter: 'S', time: true, days: 0 },
  minute: { letter: 'M', time: true, days: 0 },
  hour: { letter: 'H', time: true, days: 0 },
  day: { letter: 'D', time: false, days: 1 },
  week: { letter: 'W', time: false, days: 7 },
  fortnight: { letter: 'W', time: false, days: 14 },
  month: { letter: 'M', time: false, days: 30 },
  quarter: { letter: 'Q', time: false, days: 91 },
  year: { letter: 'Y', time: false, days: 365 },
  decade: { letter: 'DE', time: false, days: 3652 },
  century: { letter: 'CE', time: false, days: 36524 },
};

/** Regex source for a unit word, singular or plural. */
export const UNIT_SOURCE = '(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ies))s?';

/**
 * A unit word, singular or plural ("days", "centuries", "annum"): the duration, "ago" and rate rules
 * search for it first and read the count before it, which is much cheaper than scanning for counts.
 */
export const UNIT_WORD = /\b(second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ies)|annum|quarter)(s?)\b/gi;

/** The singular unit for a unit word ("centuries" → "century"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * Nouns that a month, year or weekday modifies as the date of an event: "the May conflict",
 * "the July meeting", "the January talks", "the 2024 elections", "a 1996 law", "2026 earnings".
 */
export const EVENT_NOUNS = new Set([
  'conflict', 'war', 'talks', 'talk', 'meeting', 'meetings', 'summit', 'visit', 'visits', 'attack', 'attacks', 'election',
  'elections', 'crisis', 'deal', 'agreement', 'agreements', 'accord', 'accords', 'ceasefire', 'truce', 'clash', 'clashes',
  'strike', 'strikes', 'airstrike', 'airstrikes', 'protest', 'protests', 'flood', 'floods', 'flooding', 'earthquake',
  'quake', 'riot', 'riots', 'coup', 'referendum', 'vote', 'poll', 'polls', 'bombing', 'bombings', 'blast', 'blasts',
  'uprising', 'offensive', 'incursion', 'treaty', 'pact', 'deadline', 'budget', 'announcement', 'decision', 'ruling',
  'speech', 'trip', 'tour', 'hearing', 'session', 'conference', 'negotiations', 'round', 'standoff', 'stand-off',
  'skirmish', 'skirmishes', 'raid', 'raids', 'assault', 'invasion', 'operation', 'fighting', 'violence', 'killings',
  'massacre', 'crackdown', 'shooting', 'shootings', 'explosion', 'tsunami', 'cyclone', 'hurricane', 'storm', 'drought',
  'outbreak', 'escalation', 'hostilities', 'confrontation', 'dispute', 'rally', 'rallies', 'march', 'demonstration',
  'demonstrations', 'unrest', 'revolution', 'incident', 'hijacking', 'kidnapping', 'sanctions', 'summits', 'dialogue',
  'launch', 'test', 'tests', 'meltdown', 'crash', 'disaster', 'figures', 'data', 'report', 'release', 'results',
  'inauguration', 'swearing-in', 'handover', 'withdrawal', 'deployment', 'exercise', 'exercises', 'drills', 'ceremony',
  'debate', 'debates', 'primary', 'primaries', 'runoff', 'run-off', 'by-election', 'olympics', 'games', 'tournament', 'season', 'campaign', 'championship', 'championships', 'final', 'festival',
  'law', 'laws', 'convention', 'constitution', 'charter', 'decree',
  // "raised its 2026 earnings projection", "the 2025 profit forecast": a year's results, told before or after
  // ("forecast" itself is left out: "2000 analysts forecast a rise" counts people).
  'earnings', 'profit', 'profits', 'revenue', 'revenues', 'projection', 'projections',
]);

// The words of the prefilter below, as prefixes at a word's start.
const TRIGGER_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|decade|centur|quarter|q[1-4]|spring|summer|autumn|fall|winter|ago|later|earlier|recent|lately|current|present|now|soon|future|past|previous|follow|annual|daily|hour|minute|second|day|morning|afternoon|evening|night|fortnight|moment|every|each|christmas|xmas|easter|thanksgiving|halloween|valentine|noon|midnight|midday|period|(?:near|short|medium|long)[\s-]term|eighteen|nineteen|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)/i;

/**
 * Prefilter: a sentence without a digit or one of TRIGGER_WORD's words cannot hold a temporal expression, so no rule runs on it.
 * Prefixes on purpose ("month" catches "months", "recent" catches "recently"); false hits only cost time.
 */
export function mayHoldTime(text: string): boolean {
  // Two scans, digits first: a lone character class is searched far faster than the alternation, and half the sentences that pass have a digit.
  return /\d/.test(text) || TRIGGER_WORD.test(text);
}

const MONTH_ALT = [...MONTH_NUMBER.keys()].join('|');

/**
 * Narrower prefilter for chrono: a month name beside a number ("July 3", "3 July 2024"), a numeric
 * date ("12/03/2024", "2025-09-13") or a clock time ("10am", "10:30", "5 o'clock").
 */
export const CHRONO_TRIGGER = new RegExp(
  `\\b(?:${MONTH_ALT})\\.?,? \\d|\\d(?:st|nd|rd|th)?(?: of)? (?:${MONTH_ALT})\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\d ?(?:[ap]\\.?m\\b|[ap]\\.m\\.)|\\b\\d{1,2}:\\d\\d\\b|o'clock`,
);
