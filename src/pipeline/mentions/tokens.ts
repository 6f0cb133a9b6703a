// Token tests shared by the mention rules: capitalisation, initials, months and weekdays, function words.
import type { Token } from '../../document/document.js';

const CAPITAL = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}\.?$/u;
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const FUNCTION_POS = new Set(['DET', 'ADP', 'SCONJ', 'CCONJ', 'PRON', 'ADV', 'AUX', 'PART', 'INTJ', 'NUM', 'PUNCT', 'SYM']);
// Capitalised words that open sentences but name nobody: "Officials said", "Separately, …"
const NOT_NAMES = new Set(['i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'during', 'after', 'before', 'following', 'according', 'separately', 'meanwhile', 'however', 'but', 'and', 'or', 'earlier', 'later', 'officials', 'some', 'many', 'most', 'both', 'all', 'there', 'here', 'when', 'while', 'if', 'as', 'since', 'until', 'mr', 'read', 'also', 'more', 'other', 'another', 'last', 'next', 'first', 'new', 'former', 'senior', 'today', 'yesterday', 'tomorrow', 'now', 'then', 'what', 'who', 'why', 'how', 'where', 'which', 'not', 'no', 'yes', 'under', 'over', 'about', 'despite', 'amid', 'though', 'although', 'because']);

/** Starts with a capital letter: "Pakistan", "U.S.", "Mota". */
export function isCapitalized(t: Token): boolean {
  // Asked of nearly every token several times: an ASCII first letter is answered without the Unicode regex.
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(t.text);
}

/** A middle initial: "E", "E.". */
export function isInitial(t: Token): boolean {
  return INITIAL.test(t.text);
}

/** Months and weekdays, which are times, not names. */
export function isCalendarWord(t: Token): boolean {
  return CALENDAR.has(t.normal);
}

/** An all-capitals token of 2–8 letters that may be an acronym: "FWO", "COAS", "USSM". */
export function isAcronymShape(t: Token): boolean {
  return /^[A-Z][A-Z0-9&]{1,7}s?$/.test(t.text) && /[A-Z].*[A-Z]/.test(t.text);
}

/** A capitalised word that can open or continue a name. */
export function canBeName(t: Token, sentenceInitial: boolean): boolean {
  if (!isCapitalized(t) || isCalendarWord(t)) return false;
  if (NOT_NAMES.has(t.normal)) return false;
  if (sentenceInitial && FUNCTION_POS.has(t.pos)) return false;
  return true;
}

/** Two tokens written together with no space between: "Mota" "-" "Engil". */
export function touching(a: Token, b: Token): boolean {
  return a.end === b.start;
}
