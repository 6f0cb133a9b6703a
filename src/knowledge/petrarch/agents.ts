// Reads a PETRARCH agent dictionary (`FOREIGN_MINISTER [~GOVFRM]`) with its `!PERSON! = MAN, MEN…` substitutions expanded.
import type { AgentEntry, DictionaryWarning } from './types.js';
import { dictLines } from './types.js';

/**
 * Reads an agent dictionary. `!NAME! = A, B` defines a substitution; a phrase using `!NAME!` becomes one entry
 * per value (`CONGRESS!PERSON!` → CONGRESSMAN, CONGRESSMEN, …). `{…}` lists plurals (`{}`: none).
 * @example readAgents('PRESIDENT [~GOV]\n', 'a.txt').entries[0] // { phrase: 'PRESIDENT', code: 'GOV', position: 'suffix', … }
 */
export function readAgents(content: string, file: string): { entries: AgentEntry[]; warnings: DictionaryWarning[] } {
  const entries: AgentEntry[] = [];
  const warnings: DictionaryWarning[] = [];
  const macros = new Map<string, string[]>();
  for (const { line, text } of dictLines(content)) {
    const t = text.trim();
    const macro = /^(![A-Z0-9_]+!)\s*=\s*(.+)$/i.exec(t);
    if (macro) {
      macros.set(macro[1]!.toUpperCase(), macro[2]!.split(',').map((v) => v.trim()).filter(Boolean));
      continue;
    }
    const m = /^(.+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*$/.exec(t);
    if (!m) {
      warnings.push({ file, line, reason: `not an agent entry "PHRASE {PLURALS} [~CODE]": "${t}"` });
      continue;
    }
    const code = m[3]!.trim();
    const tilde = /^~([A-Z0-9]+)$|^([A-Z0-9]+)~$/i.exec(code);
    if (!tilde) {
      warnings.push({ file, line, reason: `agent code [${code}] needs a tilde before (~GOV) or after (GOV~) it` });
      continue;
    }
    const plurals = m[2] === undefined ? null : m[2].split(/\s+/).filter(Boolean);
    const base = { plurals, code: (tilde[1] ?? tilde[2]!).toUpperCase(), position: tilde[1] ? ('suffix' as const) : ('prefix' as const), file, line };
    let phrases = [m[1]!.trim()];
    for (const [name, values] of macros) {
      phrases = phrases.flatMap((p) => (p.toUpperCase().includes(name) ? values.map((v) => p.replace(new RegExp(name.replace(/!/g, '\\!'), 'gi'), v)) : [p]));
    }
    const unknown = phrases.find((p) => /![A-Z0-9_]+!/i.test(p));
    if (unknown) {
      warnings.push({ file, line, reason: `substitution ${/![A-Z0-9_]+!/i.exec(unknown)![0]} is not defined above its use` });
      continue;
    }
    for (const phrase of phrases) entries.push({ phrase, ...base });
  }
  return { entries, warnings };
}
