// Reads a PETRARCH actor dictionary: entries, `+` synonyms and code blocks with date limits (`[HOBGOV 19950601 - 19990815]`).
import type { ActorEntry, ActorRole, DictionaryWarning } from './types.js';
import { dictLines } from './types.js';

/** "19950601" → "1995-06-01"; TABARI's six digits "950601" → "1995-06-01" (years before 50 are 20xx); null if neither. */
export function dictionaryDate(digits: string): string | null {
  let full: string;
  if (/^\d{8}$/.test(digits)) full = digits;
  else if (/^\d{6}$/.test(digits)) full = `${Number(digits.slice(0, 2)) < 50 ? '20' : '19'}${digits}`;
  else return null;
  const month = Number(full.slice(4, 6));
  const day = Number(full.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

const CODE = /^[A-Za-z0-9~#+\-/]+$/;

/**
 * Parses the inside of one code block: `USAGOV`, `HOB <950601`, `IGOUNO >20070101`, `HOBGOV 19950601 - 19990815`.
 * Returns a reason string when it cannot.
 * @example parseActorRole('USAGOV 20010120-20090120') // { codes: ['USAGOV'], from: '2001-01-20', to: '2009-01-20' }
 */
export function parseActorRole(inside: string): ActorRole | string {
  const m = /^\s*(\S+)\s*(.*?)\s*$/.exec(inside);
  if (!m || !CODE.test(m[1]!)) return `no actor code in [${inside}]`;
  const codes = m[1]!.toUpperCase().split('/').filter(Boolean);
  const limit = m[2]!;
  if (!limit) return { codes, from: null, to: null };
  const bound = /^([<>])\s*(\d+)$/.exec(limit);
  if (bound) {
    const date = dictionaryDate(bound[2]!);
    if (!date) return `bad date ${bound[2]} in [${inside}]; write YYYYMMDD`;
    return bound[1] === '<' ? { codes, from: null, to: date } : { codes, from: date, to: null };
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(limit);
  if (range) {
    const from = dictionaryDate(range[1]!);
    const to = dictionaryDate(range[2]!);
    if (!from || !to) return `bad date range ${limit} in [${inside}]; write YYYYMMDD-YYYYMMDD`;
    return { codes, from, to };
  }
  return `cannot read the date limit "${limit}" in [${inside}]; use <D, >D or D1-D2`;
}

/**
 * Reads an actor dictionary. A line at the margin starts an entry (`GONDOR [GON]`), `+` lines add synonyms,
 * indented `[CODE …]` lines add roles. An entry written without a code shares the roles of the next entry
 * that has them (PETRARCH's way of listing several spellings before one code block).
 * @example readActors('GONDOR [GON]\n+MINAS_TIRITH\n', 'a.txt').entries[0].synonyms // ['MINAS_TIRITH']
 */
export function readActors(content: string, file: string): { entries: ActorEntry[]; warnings: DictionaryWarning[] } {
  const entries: ActorEntry[] = [];
  const warnings: DictionaryWarning[] = [];
  let pending: ActorEntry[] = []; // entries still waiting for their roles
  let current: ActorEntry | null = null;
  const warn = (line: number, reason: string) => warnings.push({ file, line, reason });

  const addRoles = (line: number, text: string): boolean => {
    const blocks = [...text.matchAll(/\[([^\]]*)\]/g)];
    if (blocks.length === 0) return false;
    for (const b of blocks) {
      const role = parseActorRole(b[1]!);
      if (typeof role === 'string') warn(line, role);
      else for (const e of pending.length ? pending : current ? [current] : []) e.roles.push(role);
    }
    return true;
  };

  for (const { line, text } of dictLines(content)) {
    const trimmed = text.trim();
    if (/^\s/.test(text) || trimmed.startsWith('[')) {
      // "\t[HOBGOV 19950601 - 19990815]": a role of the entry (or entries) above
      if (!current) warn(line, 'a code line before any actor entry');
      else if (!addRoles(line, trimmed)) warn(line, `an indented line that is not a code block: "${trimmed}"`);
      continue;
    }
    const bracket = trimmed.indexOf('[');
    const phrase = (bracket >= 0 ? trimmed.slice(0, bracket) : trimmed).trim();
    if (trimmed.startsWith('+')) {
      const synonym = phrase.slice(1).trim();
      if (!current) warn(line, `synonym ${synonym} before any actor entry`);
      else if (synonym) current.synonyms.push(synonym);
      if (bracket >= 0 && current) addRoles(line, trimmed.slice(bracket));
      continue;
    }
    if (!phrase) {
      warn(line, `no actor phrase before the code in "${trimmed}"`);
      continue;
    }
    // A new entry: the ones before it that already have roles are done.
    if (current && current.roles.length > 0) pending = [];
    current = { phrase, synonyms: [], roles: [], file, line };
    entries.push(current);
    pending.push(current);
    if (bracket >= 0) addRoles(line, trimmed.slice(bracket));
  }
  for (const e of entries) if (e.roles.length === 0) warn(e.line, `actor ${e.phrase} has no code`);
  return { entries, warnings };
}
