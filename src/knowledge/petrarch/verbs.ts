// Reads a PETRARCH verb dictionary (CAMEO.2.0.txt style): synonym sets, verb blocks with forms and patterns, transformations.
import type { DictionaryWarning, VerbBlock, VerbCode, VerbDictionary } from './types.js';
import { dictLines } from './types.js';

/**
 * Parses the inside of a code bracket: `042`, `032:033` (paired), `:173` (only the reverse dyad is coded),
 * `---` (no code), test codes such as `075A`.
 * @example parseVerbCode('042:043') // { code: '042', paired: '043' }
 */
export function parseVerbCode(inside: string): VerbCode | null {
  const m = /^\s*(---|[0-9]{2,4}[A-Z]?)?\s*(?::\s*(---|[0-9]{2,4}[A-Z]?))?\s*$/i.exec(inside);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const code = (c: string | undefined) => (c === undefined || c === '---' ? null : c.toUpperCase());
  return { code: code(m[1]), paired: code(m[2]) };
}

/** Splits `WORD {FORMS} [CODE]` into its parts; null when the braces or brackets are unbalanced. */
function verbForm(text: string): { word: string; forms: string[]; code: string | null } | null {
  // TABARI's older comment mark ";": "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93"
  const m = /^([^{[\]}]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(text.replace(/;.*$/, '').trim());
  if (!m) return null;
  return { word: m[1]!.trim(), forms: (m[2] ?? '').split(/\s+/).filter(Boolean), code: m[3] ?? null };
}

/**
 * Reads a verb dictionary. `&NAME` starts a synonym set whose `+` lines are its members; `--- NAME [CODE] ---`
 * starts a verb block whose plain (or `+`) lines are verb forms and whose `- … [CODE]` lines are patterns;
 * `~ … = …` lines are transformations. Lines it cannot read are skipped with a warning naming file and line.
 * @example readVerbs('--- MEET [040] ---\nMEET {MET}\n- * (WITH LEADER) [042]\n', 'v.txt').blocks[0].patterns[0].code // { code: '042', paired: null }
 */
export function readVerbs(content: string, file: string): { dictionary: VerbDictionary; warnings: DictionaryWarning[] } {
  const dictionary: VerbDictionary = { blocks: [], synsets: [], transformations: [] };
  const warnings: DictionaryWarning[] = [];
  const warn = (line: number, reason: string) => warnings.push({ file, line, reason });
  let block: VerbBlock | null = null;
  // The construct `+` lines belong to: the synset just opened, or the current verb block.
  let plusTarget: 'synset' | 'block' | null = null;

  for (const { line, text, comment } of dictLines(content)) {
    const t = text.trim();
    // "--- RUSH [---] ---"; a few files write "--- DELAY [120]--- ---"
    const header = /^---\s*(.+?)\s*\[([^\]]*)\]\s*(?:---\s*)+$/.exec(t);
    if (header) {
      const code = parseVerbCode(header[2]!);
      if (!code) warn(line, `verb block ${header[1]} has a code that is not CAMEO: [${header[2]}]`);
      block = { name: header[1]!, code: code ?? { code: null, paired: null }, verbs: [], patterns: [], file, line };
      dictionary.blocks.push(block);
      plusTarget = 'block';
      continue;
    }
    if (t.startsWith('&')) {
      const name = t.split(/\s+/)[0]!;
      dictionary.synsets.push({ name, members: [], file, line });
      plusTarget = 'synset';
      continue;
    }
    if (t.startsWith('~')) {
      const m = /^~\s*(.+?)\s*=\s*(.+)$/.exec(t);
      if (m) dictionary.transformations.push({ pattern: m[1]!, result: m[2]!, file, line });
      else warn(line, `a transformation without "=": "${t}"`);
      continue;
    }
    if (t.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(t);
      const code = m ? parseVerbCode(m[2]!) : null;
      if (!block) warn(line, 'a pattern before any verb block');
      else if (!m) warn(line, `a pattern without a [CODE]: "${t}"`);
      else if (!code) warn(line, `pattern "${m[1]}" has a code that is not CAMEO: [${m[2]}]`);
      else block.patterns.push({ pattern: m[1]!, code, comment, line });
      continue;
    }
    if (t.startsWith('+') && plusTarget === 'synset') {
      dictionary.synsets.at(-1)!.members.push(t.slice(1).trim());
      continue;
    }
    if (!block || plusTarget !== 'block') {
      warn(line, `a line outside any verb block or synonym set: "${t}"`);
      continue;
    }
    const form = verbForm(t);
    const code = form?.code === null || form === null ? null : parseVerbCode(form.code);
    if (!form || !form.word) warn(line, `not a verb form "WORD {FORMS} [CODE]": "${t}"`);
    else if (form.code !== null && !code) warn(line, `verb ${form.word} has a code that is not CAMEO: [${form.code}]`);
    else block.verbs.push({ word: form.word, forms: form.forms, code, line });
  }
  return { dictionary, warnings };
}
