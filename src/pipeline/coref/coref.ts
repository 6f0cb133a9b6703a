// Stage 5, coreference: surnames and honorifics, acronyms, role nouns, pronouns and country-pair phrases linked to the entity they name.
import type { Entity, Mention, Sector } from '../../document/document.js';
import { layer } from '../../document/document.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Stage } from '../stage.js';
import { mainDyad, pairBefore } from './main-dyad.js';

// How many sentences back a pronoun looks for its person, and how many mentions back a role noun looks.
const PRONOUN_REACH = 3;
const ROLE_REACH = 200;

interface PersonHint {
  sector: Sector | null;
  country: string | null;
  roles: Set<string>;
}

/** Links mentions to entities, one document at a time. */
class Linker {
  readonly entities: Entity[] = [];
  readonly coref: Record<string, string> = {};
  private readonly byKey = new Map<string, Entity>();
  private readonly byId = new Map<string, Entity>();
  /** People by the first word of their name, for family-name-first references ("Han" → "Han Seung-woo"). */
  private readonly byFirstWord = new Map<string, Entity>();
  /** The first linked person mention of each sentence, for pronouns. */
  private readonly firstPerson = new Map<number, Mention>();
  private readonly hints = new Map<string, PersonHint>();
  private readonly dyad: [string, string] | null;

  constructor(
    private readonly doc: { text: string; mentions: readonly Mention[]; tokens: Parameters<typeof pairBefore>[2] },
    private readonly kb: Knowledge,
  ) {
    this.dyad = mainDyad(doc.mentions);
  }

  run(): void {
    this.doc.mentions.forEach((m, i) => this.link(m, i));
  }

  private entityFor(key: string, type: Entity['type'], name: string): Entity {
    let e = this.byKey.get(key);
    if (!e) {
      e = { id: `e${this.entities.length + 1}`, type, name, mentions: [], roles: [] };
      this.entities.push(e);
      this.byKey.set(key, e);
      this.byId.set(e.id, e);
    }
    return e;
  }

  private attach(m: Mention, e: Entity): void {
    e.mentions.push(m.id);
    this.coref[m.id] = e.id;
    if (m.type === 'PERSON' && m.form !== 'pair' && !this.firstPerson.has(m.sentence)) this.firstPerson.set(m.sentence, m);
  }

  /** "The two leaders": the countries of the last two people of different countries named before mention `index`, older first. */
  private peoplePair(index: number): string[] | null {
    const countries: string[] = [];
    for (const e of this.recentPeople(index)) {
      const country = this.hints.get(e.id)?.country;
      if (country && !countries.includes(country)) countries.unshift(country);
      if (countries.length === 2) return countries;
    }
    return null;
  }

  private link(m: Mention, index: number): void {
    const text = this.doc.text;
    if (m.expands && this.coref[m.expands]) return this.attach(m, this.byId.get(this.coref[m.expands]!)!);
    if (m.form === 'pair') {
      const members = m.members ?? (m.type === 'PERSON' ? this.peoplePair(index) : null) ?? pairBefore(this.doc.mentions, index, this.doc.tokens) ?? this.dyad;
      if (!members) return;
      const e = this.entityFor(`pair:${[...members].sort().join('-')}`, 'GPE', members.map((c) => this.kb.countries.names.get(c) ?? c).join('–'));
      e.members = [...members];
      return this.attach(m, e);
    }
    if (m.type === 'PERSON') {
      if (m.form === 'pronoun') return this.pronoun(m);
      if (m.form === 'role') return this.role(m, index);
      return this.person(m, text.slice(m.start, m.end));
    }
    if ((m.type === 'GPE' || m.type === 'NORP') && m.country) {
      return this.attach(m, this.entityFor(`country:${m.country}`, 'GPE', this.kb.countries.names.get(m.country) ?? m.country));
    }
    const name = text.slice(m.start, m.end);
    if (m.form === 'group') return this.attach(m, this.entityFor(`group:${m.country ?? ''}:${name.toLowerCase()}`, m.type, name));
    this.attach(m, this.entityFor(`${m.type}:${name.toLowerCase()}`, m.type, name));
  }

  /**
   * "Ishaq Dar", then "Mr Dar": the surname joins them. A one-word name also joins a person whose
   * name starts with it, as Korean and Chinese family names do ("Han Seung-woo" … "Han").
   */
  private person(m: Mention, written: string): void {
    const name = m.form === 'honorific' ? written.replace(/^\S+\s+/, '') : written;
    const words = name.toLowerCase().split(/\s+/);
    const surname = words[words.length - 1]!;
    const familyFirst = words.length === 1 ? this.byFirstWord.get(surname) : undefined;
    const e = this.byKey.get(`person:${surname}`) ?? familyFirst ?? this.entityFor(`person:${surname}`, 'PERSON', name);
    if (!this.byFirstWord.has(words[0]!)) this.byFirstWord.set(words[0]!, e);
    if (name.split(/\s+/).length > e.name.split(/\s+/).length) e.name = name;
    this.attach(m, e);
    const hint = this.hints.get(e.id) ?? { sector: null, country: null, roles: new Set<string>() };
    for (const t of m.titles) {
      hint.roles.add(t.role);
      hint.sector ??= t.sector;
      hint.country ??= t.country;
      if (!e.roles.includes(t.role)) e.roles.push(t.role);
    }
    this.hints.set(e.id, hint);
  }

  /** "the army chief", "the US official": the latest person holding that office, or of that sector and country. */
  private role(m: Mention, index: number): void {
    const people = this.recentPeople(index);
    // "the minister" after "Foreign Minister X": an office named by its head word.
    const holds = (h: PersonHint) => [...h.roles].some((r) => r === m.role || r.endsWith(` ${m.role}`)) && (m.country === null || h.country === null || h.country === m.country);
    const byRole = people.find((e) => {
      const h = this.hints.get(e.id);
      return h !== undefined && holds(h);
    });
    const bySector = m.generic
      ? people.find((e) => {
          const h = this.hints.get(e.id);
          return h && h.sector === m.sector && (m.country === null || h.country === m.country);
        })
      : undefined;
    const target = byRole ?? bySector;
    if (target) return this.attach(m, target);
    const e = this.entityFor(`role:${m.id}`, 'PERSON', this.doc.text.slice(m.start, m.end).replace(/^the\s+/i, ''));
    if (m.role) e.roles.push(m.role);
    this.hints.set(e.id, { sector: m.sector, country: m.country, roles: new Set(m.role ? [m.role] : []) });
    this.attach(m, e);
  }

  /** "He", "his": the first person named earlier in the sentence, else the first person of the nearest earlier sentence. */
  private pronoun(m: Mention): void {
    const same = this.firstPerson.get(m.sentence);
    let antecedent = same && same.start < m.start ? same : undefined;
    for (let k = m.sentence - 1; !antecedent && k >= Math.max(0, m.sentence - PRONOUN_REACH); k--) antecedent = this.firstPerson.get(k);
    if (antecedent) this.attach(m, this.byId.get(this.coref[antecedent.id]!)!);
  }

  /** People mentioned in the last few mentions before mention `index`, most recent first. */
  private recentPeople(index: number): Entity[] {
    const seen: Entity[] = [];
    for (let k = index - 1; k >= Math.max(0, index - ROLE_REACH); k--) {
      const o = this.doc.mentions[k]!;
      const id = this.coref[o.id];
      if (o.type !== 'PERSON' || o.form === 'pair' || !id) continue;
      const e = this.byId.get(id)!;
      if (!seen.includes(e)) seen.push(e);
    }
    return seen;
  }
}

export const corefStage: Stage = {
  name: 'coref.rules.v1',
  needs: ['clean', 'tokens', 'mentions'],
  provides: ['entities', 'coref'],
  run(doc, kb) {
    const linker = new Linker({ text: layer(doc, 'clean').text, mentions: layer(doc, 'mentions'), tokens: layer(doc, 'tokens') }, kb);
    linker.run();
    doc.entities = linker.entities;
    doc.coref = linker.coref;
  },
};
