// The surface forms of a dictionary verb: its regular inflections (PETRARCH generates them) and the irregular ones the file lists.

const VOWELS = /[AEIOU]/;

/**
 * Regular forms of a verb: -S/-ES/-IES, -ED/-D/-IED, -ING (dropping a silent E), with and without a doubled final consonant.
 * @example regularForms('TAP') // ['TAP', 'TAPS', 'TAPED', 'TAPING', 'TAPPED', 'TAPPING']
 */
export function regularForms(verb: string): string[] {
  const forms = new Set([verb]);
  if (/[^AEIOU]Y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    forms.add(`${stem}IES`).add(`${stem}IED`).add(`${verb}ING`);
    return [...forms];
  }
  forms.add(/(S|SH|CH|X|Z|O)$/.test(verb) ? `${verb}ES` : `${verb}S`);
  if (verb.endsWith('E')) {
    forms.add(`${verb}D`);
    forms.add(verb.endsWith('EE') ? `${verb}ING` : `${verb.slice(0, -1)}ING`);
  } else {
    forms.add(`${verb}ED`).add(`${verb}ING`);
  }
  // "TAP" → "TAPPED", "ADMIT" → "ADMITTED": a final consonant after one vowel doubles
  const last = verb.at(-1) ?? '';
  if (verb.length >= 3 && !VOWELS.test(last) && !'WXY'.includes(last) && VOWELS.test(verb.at(-2)!) && !VOWELS.test(verb.at(-3)!)) {
    forms.add(`${verb}${last}ED`).add(`${verb}${last}ING`);
  }
  return [...forms];
}

/** A verb written in a block: its words and which one inflects ("WIRE_+TAP": the second; otherwise the first). */
export interface VerbShape {
  words: string[];
  head: number;
}

/**
 * Reads a verb as a block writes it: "BREAK", "+BREAK_DOWN", "WIRE_+TAP", "LASH OUT".
 * @example verbShape('WIRE_+TAP') // { words: ['WIRE', 'TAP'], head: 1 }
 */
export function verbShape(written: string): VerbShape {
  const raw = written.trim().replace(/^\+/, '').toUpperCase().split(/[_\s]+/).filter(Boolean);
  const marked = raw.findIndex((w) => w.startsWith('+'));
  return { words: raw.map((w) => w.replace(/^\+/, '')), head: marked >= 0 ? marked : 0 };
}

/**
 * Every surface form of a verb: the regular inflections of its head word in place, and each irregular form listed.
 * @example verbSurfaces('BREAK', ['BROKE']).map((s) => s.words.join(' ')) // ['BREAK', 'BREAKS', …, 'BROKE']
 */
export function verbSurfaces(written: string, irregular: readonly string[]): VerbShape[] {
  const base = verbShape(written);
  const out: VerbShape[] = regularForms(base.words[base.head]!).map((f) => ({ words: base.words.map((w, k) => (k === base.head ? f : w)), head: base.head }));
  for (const form of irregular) {
    const shape = verbShape(form);
    // "{BROKE BROKEN}" for "BREAK_DOWN" written as single words keep the block verb's other words
    if (shape.words.length === 1 && base.words.length > 1) out.push({ words: base.words.map((w, k) => (k === base.head ? shape.words[0]! : w)), head: base.head });
    else out.push(shape);
  }
  return out;
}
