// Sports reports: "Ireland beat Italy", "Zambia will host Lesotho" are results and fixtures, not political events.
import type { Token } from '../../document/document.js';
import type { SportsWords } from '../../knowledge/sports.js';

/**
 * The sports words of an article read as a sports report (at least the knowledge's count of them, enough of them
 * different: sports-words.json), else null.
 * @example sportsReport(tokens, kb.sports) // ['striker', 'goal', 'league', 'goal'] for a match report
 */
export function sportsReport(tokens: readonly Token[], sports: SportsWords): string[] | null {
  const found: string[] = [];
  for (const t of tokens) if (sports.words.has(t.normal)) found.push(t.normal);
  return found.length >= sports.count && new Set(found).size >= sports.distinct ? found : null;
}
