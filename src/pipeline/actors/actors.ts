// Stage 6, actors: each entity's ISO alpha-3 country and CAMEO sector, from titles, organisation kinds and country words around it.
import type { Actor, Document, Entity, Mention, Token } from '../../document/document.js';
import { layer } from '../../document/document.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Stage } from '../stage.js';
import { focusCountry } from '../coref/main-dyad.js';
import { phraseTokens } from '../../knowledge/phrase-index.js';
import { actorOn } from '../../knowledge/people.js';
import { findSettings, type Setting } from './setting.js';

/** The country and sector of a person the knowledge lists by this name, or null. */
type KnownActor = (name: string) => { country: string | null; sector: Actor['sector'] } | null;

// Organisations of these sectors belong to the country the article is written from unless named otherwise: "the Foreign Office".
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY']);

/** The country of the dateline ("ISLAMABAD:" → PAK, "LAGOS, Nigeria (AP) —" → NGA), when it names a country or capital. */
export function datelineCountry(doc: Document, kb: Knowledge): string | null {
  const clean = layer(doc, 'clean');
  const dateline = clean.dateline;
  if (!dateline) return null;
  for (const part of [dateline.place, ...clean.text.slice(dateline.start, dateline.end).split(/[,()]/)]) {
    const code = kb.countries.words.get(part.trim())?.code;
    if (code) return code;
  }
  return null;
}

function personActor(e: Entity, mentions: Mention[], home: string | null, focus: string | null, settings: Map<number, Setting>, known: KnownActor): Actor {
  let sector: Actor['sector'] = null;
  let country: string | null = null;
  let countrySource: string | null = null;
  for (const m of mentions) {
    for (const t of m.titles) {
      sector ??= t.sector;
      if (!country && t.country) [country, countrySource] = [t.country, 'title'];
    }
    if (m.form === 'role') {
      sector ??= m.sector;
      if (!country && m.country) [country, countrySource] = [m.country, 'title'];
    }
  }
  // "Obama", "Putin": an office-holder the knowledge names, as of the publication date.
  const listed = known(e.name);
  if (listed && !country) [country, countrySource] = [listed.country, 'dictionary'];
  // A title outranks a person not yet in office ("President Trump" in a story dated before his first term).
  if (listed) sector = country === listed.country ? listed.sector ?? sector : sector;
  if (!country) {
    const first = mentions.find((m) => m.form !== 'pronoun');
    const setting = first ? settings.get(first.sentence) : undefined;
    const travelled = setting && mentions.some((m) => m.id === setting.traveller);
    if (setting && !travelled) [country, countrySource] = [setting.country, 'setting'];
  }
  if (!country && home && sector && STATE_SECTORS.has(sector)) [country, countrySource] = [home, 'dateline'];
  // No dateline: an office-holder belongs to the country the article is mostly about ("Chancellor Gordon Brown" in a UK story).
  if (!country && focus && sector && STATE_SECTORS.has(sector)) [country, countrySource] = [focus, 'article'];
  return { entity: e.id, country, sector, countrySource };
}

function otherActor(e: Entity, mentions: Mention[], home: string | null, focus: string | null, tokens: readonly Token[]): Actor {
  const named = mentions.find((m) => m.country || m.sector) ?? mentions[0];
  const sector = named?.sector ?? null;
  let country = named?.country ?? null;
  let countrySource = country ? (e.type === 'ORG' ? 'organisation' : 'name') : null;
  // "destroyed 45 enemy tanks": the other side's, never the country the story is filed from or about.
  if (!country && mentions.some((m) => tokens[m.firstToken - 1]?.normal === 'enemy')) return { entity: e.id, country: null, sector, countrySource: null };
  if (!country && e.type === 'ORG' && home && sector && STATE_SECTORS.has(sector)) [country, countrySource] = [home, 'dateline'];
  // "Police in Abuja arrested …", "Thousands of people marched …": unnamed groups act where the story is.
  if (!country && named?.form === 'group') [country, countrySource] = home ? [home, 'dateline'] : [focus, focus ? 'article' : null];
  return { entity: e.id, country, sector, countrySource };
}

export const actorsStage: Stage = {
  name: 'actors.titles-context.v1',
  needs: ['clean', 'tokens', 'sentences', 'mentions', 'entities', 'coref'],
  provides: ['actors'],
  run(doc, kb) {
    const mentions = layer(doc, 'mentions');
    const tokens = layer(doc, 'tokens');
    const byId = new Map(mentions.map((m) => [m.id, m]));
    const settings = findSettings(tokens, layer(doc, 'sentences'), mentions);
    const home = datelineCountry(doc, kb);
    const focus = focusCountry(mentions);
    const known: KnownActor = (name) => {
      const words = phraseTokens(name);
      const p = kb.people.names.longestAt(words, 0);
      return p && p.end === words.length ? actorOn(p.value, doc.published) : null;
    };
    const actors: Record<string, Actor> = {};
    for (const e of layer(doc, 'entities')) {
      const ms = e.mentions.map((id) => byId.get(id)!);
      actors[e.id] = e.type === 'PERSON' ? personActor(e, ms, home, focus, settings, known) : e.members ? { entity: e.id, country: null, sector: null, countrySource: null } : otherActor(e, ms, home, focus, tokens);
    }
    doc.actors = actors;
  },
};
