// Types for PETRARCH/TABARI-format dictionaries (verbs, actors, agents, discards) and the line reader they share.

/** A line the reader could not interpret: skipped, counted, and named by file and line. */
export interface DictionaryWarning {
  file: string;
  line: number;
  reason: string;
}

/** One date-limited role of an actor: `[USAGOV 20010120-20090120]` → codes ['USAGOV'], from and to as ISO dates. */
export interface ActorRole {
  /** The CAMEO actor codes; `[ELR/GAL]` (a compound actor) gives two. */
  codes: string[];
  /** `[X >D]` and `[X D1-D2]`: the role holds from D (YYYY-MM-DD); null when open. */
  from: string | null;
  /** `[X <D]` and `[X D1-D2]`: the role holds until D; null when open. */
  to: string | null;
}

/** An actor: its phrase, its synonyms (`+` lines) and its roles. Phrases keep PETRARCH's underscores. */
export interface ActorEntry {
  phrase: string;
  synonyms: string[];
  roles: ActorRole[];
  file: string;
  line: number;
}

/** An agent: a phrase such as `FOREIGN_MINISTER` adding a code to the actor it qualifies. */
export interface AgentEntry {
  phrase: string;
  /** Plural forms written in braces; `{}` is [] (no plural), absent is null (the reader forms one). */
  plurals: string[] | null;
  /** The code without its tilde: `[~GOV]` → 'GOV'. */
  code: string;
  /** `~GOV` appends to the actor's code (USA → USAGOV); `GOV~` goes before it. */
  position: 'suffix' | 'prefix';
  file: string;
  line: number;
}

/** A discard phrase: a story-level discard (`+` in the file) drops the story, else only the sentence. */
export interface DiscardEntry {
  phrase: string;
  scope: 'story' | 'sentence';
  file: string;
  line: number;
}

/** An event code as the dictionaries write it: `[042]`, `[032:033]` (a paired code for the reverse dyad), `[---]` (none). */
export interface VerbCode {
  code: string | null;
  /** TABARI's paired code: the event coded for target → source as well ("visit" 032, "host" 033). */
  paired: string | null;
}

/** A verb form in a block: `HURRY {HURRIES HURRYING HURRIED}`, optionally with its own code. */
export interface VerbForm {
  word: string;
  /** Irregular forms written in braces; [] when none. */
  forms: string[];
  code: VerbCode | null;
  line: number;
}

/** A pattern line `- * (TO BORDER)  [154]  # RUSH`: the text between `-` and the code, as written. */
export interface VerbPattern {
  pattern: string;
  code: VerbCode;
  comment: string | null;
  line: number;
}

/** A verb block `--- RUSH [---] ---`: its default code, its verb forms and their patterns. */
export interface VerbBlock {
  name: string;
  code: VerbCode;
  verbs: VerbForm[];
  patterns: VerbPattern[];
  file: string;
  line: number;
}

/** A synonym set `&CURRENCY` with its `+` members (which may name other sets, `+&TIETYPES`). */
export interface Synset {
  name: string;
  members: string[];
  file: string;
  line: number;
}

/** A transformation `~ a (a b ATTACK) SAY = a b 015`: left side and result, as written. */
export interface Transformation {
  pattern: string;
  result: string;
  file: string;
  line: number;
}

export interface VerbDictionary {
  blocks: VerbBlock[];
  synsets: Synset[];
  transformations: Transformation[];
}

/** Everything read from one dictionary folder. */
export interface PetrarchDictionaries {
  verbs: VerbDictionary;
  actors: ActorEntry[];
  agents: AgentEntry[];
  discards: DiscardEntry[];
  /** Which files were read as what, and which were left alone (issue coding, ontology). */
  files: { verbs: string[]; actors: string[]; agents: string[]; discards: string[]; ignored: string[] };
  warnings: DictionaryWarning[];
}

/** One line of a dictionary with comments removed: `text` is what is left (trimmed at the end), `raw` the line. */
export interface DictLine {
  line: number;
  raw: string;
  text: string;
  comment: string | null;
}

/**
 * The lines of a dictionary file without `<!-- … -->` blocks (which may span lines) and `#` comments;
 * lines left empty are dropped. Leading white space is kept: in actor files it marks a code line.
 * @example dictLines('A [X] # note\n\nB').map((l) => l.text) // ['A [X]', 'B']
 */
export function dictLines(content: string): DictLine[] {
  const out: DictLine[] = [];
  let inComment = false;
  content.split(/\r?\n/).forEach((raw, i) => {
    let text = raw;
    let kept = '';
    while (text.length > 0) {
      if (inComment) {
        const end = text.indexOf('-->');
        if (end < 0) break;
        inComment = false;
        text = text.slice(end + 3);
      } else {
        const start = text.indexOf('<!--');
        if (start < 0) {
          kept += text;
          break;
        }
        kept += text.slice(0, start);
        inComment = true;
        text = text.slice(start + 4);
      }
    }
    const hash = kept.indexOf('#');
    const comment = hash >= 0 ? kept.slice(hash + 1).trim() || null : null;
    const body = (hash >= 0 ? kept.slice(0, hash) : kept).replace(/\s+$/, '');
    if (body.trim()) out.push({ line: i + 1, raw, text: body, comment });
  });
  return out;
}
