// Stage 9, events: CAMEO patterns over each clause, with source and target, date, amount, modality and evidence.
import type { CodedEvent, EntityType, Mention, MentionForm, Participant, Quantity, Sentence, Token } from '../../document/document.js';
import { bySentence } from '../../document/by-sentence.js';
import { layer } from '../../document/document.js';
import type { IntentOf } from '../../knowledge/intents.js';
import type { EventPattern } from '../../knowledge/patterns.js';
import type { Stage } from '../stage.js';
import { actorsByToken } from './actor-mentions.js';
import { patternIndex, SentenceWords, type PatternIndex } from './anchors.js';
import { clauseEnd, clauseStart, findSubject, reportedSpeaker, speakerOf, subjectOf } from './clause.js';
import { alreadyCoded, CONFLICT_ROOT, dropSubsumed, earlierDoer, lessSure } from './coded-events.js';
import { dateEvent, type DateContext } from './dating.js';
import { afterBe, matchPattern, type PatternMatch, type PatternText } from './match.js';
import { placeOf, placesByToken, type PlaceContext } from './location.js';
import { modalityOf } from './modality.js';
import { participantsOfAll, sameActor, type ParticipantContext } from './participants.js';
import { statementAbout } from './reported.js';
import { crowdViolence, riotCode } from './riots.js';
import { sportsReport } from './sports.js';
import { wordForms } from './word-forms.js';

// Statements: "expressed sorrow over", "claimed responsibility for".
const STATEMENT_ROOT = '01';
// Making and hosting a visit (CAMEO 042, 043).
const VISITS = new Set(['042', '043']);

// "charged X with supporting", "a tour aimed at pressing for a truce": a gerund after a preposition is not the clause's act.
const GERUND_OPENERS = new Set(['of', 'for', 'by', 'with', 'at', 'after', 'before', 'without', 'from', 'against']);

// How far before its clause a reduced passive ("a deal brokered by X") looks for the parties.
const MAX_LOOKBACK = 80;

/**
 * How sure the coding is, from 0.9 down: less when an actor's country is unknown, when an actor was
 * found through a pronoun, role noun or pair phrase, or when the clause had no subject of its own. A doer the
 * text does not name ("two soldiers were killed") is no uncertainty of the coding.
 */
function confidence(source: Participant | null, target: Participant | null, ctx: CodingContext, ownSubject: boolean): number {
  let c = target ? 0.9 : 0.7;
  for (const p of present([source, target])) {
    if (p.country === null) c -= 0.2;
    const form = ctx.mentionById.get(p.mention)?.form;
    if (form === 'pronoun' || form === 'role' || form === 'pair') c -= 0.1;
  }
  if (!ownSubject) c -= 0.1;
  if (source && source.entity === target?.entity) c -= 0.3;
  return Math.round(Math.max(0.1, c) * 100) / 100;
}

/** Source and target; the source is null for a passive that names no doer ("the embassy was attacked"). */
type Pair = [Participant | null, Participant | null];

const present = (ps: readonly (Participant | null)[]): Participant[] => ps.filter((p): p is Participant => p !== null);

// "is opposed to", "were engaged in", "is committed to": a state of the subject, told like a passive but done by the subject.
const STATIVE = new Map([['oppose', 'to'], ['engage', 'in'], ['involve', 'in'], ['commit', 'to']]);

// What follows a participle with no object: "accused of", "imprisoned for", "killed." (a preposition, or the end).
const AFTER_PARTICIPLE = new Set(['ADP', 'SCONJ', 'PUNCT']);

/**
 * "officials accused of fraud", "soldiers killed in the east": a bare "-ed" participle right after an actor, with a
 * preposition or nothing after it, modifies that actor (a reduced passive) unless "by" names the doer.
 */
function bareParticiple(tokens: readonly Token[], i: number, actorEnds: ReadonlySet<number>): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return actorEnds.has(i) && t.normal.endsWith('ed') && t.normal !== t.lemma && (!next || AFTER_PARTICIPLE.has(next.pos)) && next?.normal !== 'by';
}

// "…, wounding two people and arresting 30": the subject's further acts, told as participles.
const ACT_JOINS = new Set([',', 'and']);

// "began collecting", "kept shelling": verbs of aspect before the act they time.
const ASPECT = new Set(['begin', 'start', 'continue', 'resume', 'keep']);

/**
 * The participle at `k` describes a noun: "guided missiles", "the divided island", not "return weapons" (a base
 * form takes its object).
 */
function describesNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.normal === t.lemma) return false;
  return tokens[k + 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'DET';
}

/**
 * Token `i` is the subject's own verb: no finite verb stands between the subject (or the clause's start) and
 * it, or it follows "," or "and". "Insurgents bombarded", not "Israel released the mayor … jailed last year".
 * A participle that modifies a noun ("guided missiles", "Israeli-occupied", "workers affiliated with") or an "-ing"
 * form does not count as a verb between, and a verb after "to" is the subject's ("continued to send arms").
 */
function subjectsVerb(tokens: readonly Token[], subject: readonly Mention[], clauseFirst: number, i: number): boolean {
  if (ACT_JOINS.has(tokens[i - 1]?.normal ?? '')) return true;
  // "continued to send", "used tear gas to disperse": the subject's own purpose or next step.
  if (tokens[i - 1]?.normal === 'to' && tokens[i - 1]!.pos === 'PART') return true;
  // "mobilised lobbies to help support": the purpose after "to help".
  if (tokens[i - 1]?.lemma === 'help' && tokens[i - 2]?.normal === 'to') return true;
  // "began collecting signatures", "continued shelling": the aspect verb hands its subject to the "-ing" form.
  if (ASPECT.has(tokens[i - 1]?.lemma ?? '') && tokens[i]!.normal.endsWith('ing')) return subjectsVerb(tokens, subject, clauseFirst, i - 1);
  const last = subject[subject.length - 1];
  const from = Math.max(clauseFirst, last?.endToken ?? clauseFirst);
  for (let k = from; k < i; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || t.normal.endsWith('ing') || describesNoun(tokens, k)) continue;
    // "the Israeli-occupied West Bank"
    if (tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === t.start) continue;
    // "workers affiliated with the union", "a group based in London"
    if (k === from && t.normal.endsWith('ed') && tokens[k + 1]?.pos === 'ADP') continue;
    return false;
  }
  return true;
}

// How far before "to" the promising verb may stand: "threatened on Monday to".
const PROMISE_REACH = 4;

/** The verb before the "to" at `to` ("threatened", "vowed on Monday") opens a pattern of its own for the promise or threat (03x, 13x). */
function promiseHasPattern(text: PatternText, to: number, index: PatternIndex): boolean {
  for (let k = to - 1; k >= Math.max(0, to - PROMISE_REACH); k--) {
    if (text.tokens[k]!.pos !== 'VERB') continue;
    return text.forms[k]!.some((w) => index.anchoredBy(w)?.some((p) => p.cameo.startsWith('03') || p.cameo.startsWith('13')));
  }
  return false;
}

/** The words a pattern requires: "expel ~ inspectors of {target}" names more than "expel {target}". */
const requiredWords = (p: EventPattern) => p.elements.filter((e) => e.kind === 'word' && !e.optional).length;

/**
 * Whether `match` codes more than `best`: a target where it has none, else a longer span, else more of its own
 * words read, else more required words ("expelled inspectors of the IAEA" is 166, not a deportation), else a more
 * specific CAMEO code ("demanded the withdrawal of Rwandan troops" is a demand for withdrawal, 106, not a demand, 100).
 */
function better(match: PatternMatch, pairs: Pair[], best: PatternMatch, bestPairs: Pair[]): boolean {
  const targeted = (ps: Pair[]) => ps.some(([, t]) => t !== null);
  if (targeted(pairs) !== targeted(bestPairs)) return targeted(pairs);
  if (match.end !== best.end) return match.end > best.end;
  if (match.words !== best.words) return match.words > best.words;
  if (requiredWords(match.pattern) !== requiredWords(best.pattern)) return requiredWords(match.pattern) > requiredWords(best.pattern);
  return match.pattern.cameo.length > best.pattern.cameo.length;
}

/** Mention forms that name a country or organisation itself, or a pair of countries. */
const BODY_FORMS = new Set<MentionForm>(['name', 'acronym', 'pair']);

/** Does `m` name a country or an organisation (or a pair of countries) rather than people: "Labour", "Italy", "both sides"? */
function namesBody(m: Mention | undefined): boolean {
  return m !== undefined && (m.type === 'GPE' || m.type === 'ORG') && BODY_FORMS.has(m.form);
}

/** Mention types of places. */
const PLACE_TYPES = new Set<EntityType>(['GPE', 'LOC']);

/** Pairs of (source, target) a match codes; the target is null when an optional target slot stayed empty. */
function roles(match: PatternMatch, subject: Participant[], slotSource: Participant[], slotTarget: Participant[], mentions: ReadonlyMap<string, Mention>): Pair[] {
  const p = match.pattern;
  const pairs: Pair[] = [];
  const form = (a: Participant) => mentions.get(a.mention)?.form;
  // "The US and Jordan agreed a pact between the two countries": Jordan is one of the two, not its partner.
  const inPair = (a: Participant, b: Participant) => a.country !== null && a.country === b.country && (form(a) === 'pair' || form(b) === 'pair');
  // "a state visit by Brazil's president" to "China and Brazil": no one visits their own country.
  const homeVisit = (a: Participant, b: Participant) => VISITS.has(p.cameo) && b.sector === null && b.country !== null && b.country === a.country;
  // "to beat Labour", "Ireland beat Italy", "Half-Life 2 was released": a pattern whose target is people does not act on a
  // named country or organisation, nor on a named thing (a film, a game: MISC).
  const notPeople = (t: Participant) => {
    const m = mentions.get(t.mention);
    return p.peopleOnly && (namesBody(m) || m?.type === 'MISC');
  };
  // "struck depots in Syria", but "attacked the ruling party's record in office": a pattern whose target is a place takes no other.
  const notPlace = (t: Participant) => {
    const type = mentions.get(t.mention)?.type;
    return p.placeOnly && !(type !== undefined && PLACE_TYPES.has(type));
  };
  const cross = (from: Participant[], to: Participant[]) => {
    for (const s of from) for (const t of to) if (!sameActor(s, t) && !inPair(s, t) && !homeVisit(s, t) && !notPeople(t) && !notPlace(t)) pairs.push([s, t]);
  };
  // "Two soldiers were killed near the border": the subject suffered an act whose doer the text does not name.
  if (p.agentless) {
    for (const t of subject) if (!notPeople(t)) pairs.push([null, t]);
    return pairs;
  }
  // "the militias attacked themselves": each doer is its own target; "Kenyan and Ugandan troops fought each other": each
  // is the other's, and a single group ("the rival factions fought each other") its own.
  if (match.reflexive && !p.hasSource && !p.passive && !p.subjectIsTarget) {
    if (match.reflexive === 'mutual') cross(subject, subject);
    if (pairs.length === 0) for (const s of subject) pairs.push([s, s]);
    return pairs;
  }
  // "Protesters marched in the capital": no one is marched against; "a mortar was fired from Gaza": at no one named.
  if (match.target.length === 0 && p.elements.some((e) => e.kind === 'slot' && e.role === 'target' && e.optional)) {
    for (const s of p.hasSource ? slotSource : subject) pairs.push([s, null]);
    return pairs;
  }
  if (p.reciprocal && !p.hasTarget) {
    const group = p.hasSource ? slotSource : subject;
    cross(group, group);
  } else if (p.hasSource && p.hasTarget) cross(slotSource, slotTarget);
  else if (p.passive || p.subjectIsTarget) cross(slotSource, subject);
  else cross(subject, slotTarget);
  // "Polish truckers blocked roads into Warsaw": a place of the doer's own country is no target, and the act stands without one.
  const ownPlace = slotTarget.length > 0 && slotTarget.every((t) => mentions.get(t.mention)?.type === 'GPE' && subject.some((s) => s.country === t.country));
  if (pairs.length === 0 && ownPlace && !p.hasSource && !p.passive && !p.subjectIsTarget && p.elements.some((e) => e.kind === 'slot' && e.role === 'target' && e.optional)) {
    for (const s of subject) pairs.push([s, null]);
  }
  return pairs;
}

interface CodingContext extends ParticipantContext, DateContext, PatternText, PlaceContext {
  /** 1 for each token inside a person's or organisation's name. */
  inName: Uint8Array;
  /** Crowds' mentions and the code their violence takes ("protesters" → 145). */
  crowds: ReadonlyMap<string, string>;
  intentOf: IntentOf;
  refusalOf: IntentOf;
  index: PatternIndex;
  words: SentenceWords;
  quantities: readonly Quantity[];
}

function codeSentence(s: Sentence, ctx: CodingContext, out: CodedEvent[]): void {
  const { tokens, actorAt, index, quantities } = ctx;
  let i = s.firstToken;
  let statementEnd = -1;
  // "pressed Kampala to release the activists": the act after the pattern's "to" is its target's, not the subject's.
  let controlled: { at: number; mentions: Mention[] } | null = null;
  while (i < s.endToken) {
    const t = tokens[i]!;
    // "the London offices of Merrill Lynch": a word of a person's or organisation's name is no event's verb.
    const candidates = ctx.inName[i] === 1 ? [] : index.at(ctx.forms[i]!);
    // Within a statement's words only a verb tells an act of its own: "claimed responsibility for an attack killing 12 soldiers".
    if (candidates.length === 0 || (i < statementEnd && t.pos !== 'VERB')) {
      i++;
      continue;
    }
    // Most anchored words ("have", "call") start only patterns whose other words the sentence lacks: skip the clause reading.
    ctx.words.read(s);
    if (!candidates.some((p) => index.couldMatch(p, ctx.words))) {
      i++;
      continue;
    }
    // "accused Indian border guards of killing civilians": a gerund after a preposition is not the clause's action,
    // nor is a participle after an article: "a reception for the visiting Chinese premier", "the jailed journalists".
    const articleParticiple = t.pos === 'VERB' && /(ed|ing)$/.test(t.normal) && tokens[i - 1]?.pos === 'DET';
    if ((t.normal.endsWith('ing') && GERUND_OPENERS.has(tokens[i - 1]?.normal ?? '')) || articleParticiple) {
      i++;
      continue;
    }
    const last = clauseEnd(tokens, s, i);
    // "French officials would be indicted": the subject of a passive verb is not the doer of an active pattern.
    // "is ready to talk": an adjective after "is" is a state of the subject, not a passive.
    const adjective = t.pos === 'ADJ' && !t.normal.endsWith('ed');
    const passiveVerb = afterBe(tokens, i) && !t.normal.endsWith('ing') && !adjective && STATIVE.get(t.lemma) !== tokens[i + 1]?.normal;
    const participle = bareParticiple(tokens, i, ctx.actorEnds);
    const matches: { match: PatternMatch; reduced: boolean }[] = [];
    for (const pattern of candidates) {
      // "was visited by", "got hit by", or a reduced relative whose parties are the sentence's subject: "…, in a deal brokered by Kazakhstan"
      const reduced = pattern.passive && pattern.passiveOf === null && tokens[i - 1]?.pos === 'NOUN';
      if (pattern.passive ? !reduced && !passiveVerb : passiveVerb && !pattern.hasSource) continue;
      if ((participle && pattern.transitive) || !index.couldMatch(pattern, ctx.words)) continue;
      const match = matchPattern(pattern, ctx, i, last);
      if (match) matches.push({ match, reduced });
    }
    if (matches.length === 0) {
      i++;
      continue;
    }
    let best: PatternMatch | null = null;
    let bestPairs: Pair[] = [];
    let bestReduced = false;
    const first = clauseStart(tokens, s, i);
    const own = controlled?.at === i ? controlled.mentions : subjectOf(tokens, s, first, i, actorAt);
    const subjectMentions = own.length > 0 ? own : reportedSpeaker(tokens, s, first, actorAt);
    const subject = participantsOfAll(ctx, subjectMentions);
    let read = modalityOf(tokens, first, i, last);
    const said = speakerOf(tokens, s, first, actorAt);
    // "threatened to call a strike", "agreed to share": a promised act with no one named is told by the promise itself.
    const promisedAct = tokens[i - 1]?.normal === 'to' && read.modality !== 'asserted' && promiseHasPattern(ctx, i - 1, index);
    const mainVerb = subjectsVerb(tokens, subjectMentions, first, i) && !promisedAct;
    for (const { match, reduced } of matches) {
      const pattern = match.pattern;
      // "released the mayor, a Hamas member jailed last year": without a target, only the subject's own verb codes an event.
      if (match.target.length === 0 && !match.reflexive && !pattern.hasSource && !pattern.reciprocal && !pattern.targetFromEarlierEvent && !mainVerb) continue;
      const agentOf = reduced ? participantsOfAll(ctx, findSubject(tokens, Math.max(s.firstToken, first - MAX_LOOKBACK), i, actorAt)) : subject;
      const target = pattern.targetFromEarlierEvent ? earlierDoer(out, agentOf) : participantsOfAll(ctx, match.target);
      const pairs = roles(match, agentOf, participantsOfAll(ctx, match.source), target, ctx.mentionById);
      // A match with a target beats a longer one without: "attacked the rebels" over "attacked" alone.
      if (pairs.length > 0 && (!best || better(match, pairs, best, bestPairs))) [best, bestPairs, bestReduced] = [match, pairs, reduced];
    }
    if (!best) {
      i++;
      continue;
    }
    // "agreed to a truce in a deal brokered by Qatar": the brokering is told as done, whatever the clause's verb promises.
    if (bestReduced) read = modalityOf(tokens, i, i, last);
    const negated = read.negated;
    // An intent code (03x: "agreed to lend", "pledged to invest") is itself the event that happened, and so is an attempted conflictual act ("tried to hack").
    const done = best.pattern.cameo.startsWith('03') || (read.attempted && Number(best.pattern.cameo.slice(0, 2)) >= CONFLICT_ROOT);
    const modality = read.modality === 'intended' && done ? 'asserted' : read.modality;
    const usesSubject = !(best.pattern.hasSource && (best.pattern.hasTarget || best.pattern.reciprocal));
    const from = usesSubject && subjectMentions[0] ? Math.min(subjectMentions[0].firstToken, i) : i;
    const evidence = { start: tokens[from]!.start, end: tokens[best.end - 1]!.end };
    const amount = quantities.findIndex((q) => q.start >= evidence.start && q.end <= tokens[last - 1]!.end);
    for (const [source, target] of bestPairs) {
      // "Protesters set fire to the ministry": a crowd's violence is a riot, whatever the verb.
      const riot = riotCode(ctx.crowds, source, best.pattern.cameo);
      const cameo = riot ?? best.pattern.cameo;
      const { date, dateSource } = dateEvent(ctx, s, first, last, i, cameo, present([source, target]));
      if (alreadyCoded(out, s.index, cameo, source, target, evidence.start)) continue;
      const event: CodedEvent = {
        id: `ev${out.length + 1}`,
        sentence: s.index,
        cameo,
        source,
        target,
        date,
        dateSource,
        amount: amount >= 0 ? amount : null,
        location: placeOf(ctx, s, first, i, last, cameo, cameo === '043' ? source : target),
        negated,
        modality,
        evidence,
        pattern: best.pattern.id,
        confidence: confidence(source, target, ctx, own.length > 0 || !usesSubject),
      };
      const planned: CodedEvent = best.pattern.plover && !riot ? { ...event, plover: best.pattern.plover } : event;
      out.push(planned);
      // "Kenya received ministers from Uganda" (043): the ministers visited Kenya (042), CAMEO's paired code.
      const paired = best.pattern.paired;
      if (paired && source && target && !alreadyCoded(out, s.index, paired, target, source, evidence.start)) {
        out.push({ ...event, id: `ev${out.length + 1}`, cameo: paired, source: target, target: source, pattern: `${best.pattern.id}+paired` });
      }
      // "will visit Nairobi next week": the visit has not happened, but announcing it has (036).
      // "said it would not provide aid to Kenya", "will not accept refugees": refusing it has (12x).
      // "the prisoners will be freed": no one named announces it.
      const intent = read.announced && modality !== 'asserted' && source ? (negated ? ctx.refusalOf : ctx.intentOf)(cameo) : null;
      if (intent) out.push({ ...event, id: `ev${out.length + 1}`, cameo: intent, modality: 'asserted', negated: false, date: null, dateSource: 'none', amount: null, pattern: `${best.pattern.id}+${negated ? 'refusal' : 'intent'}`, confidence: lessSure(event) });
      // "Kenya said a rocket was fired at it from Somalia": Kenya accuses whoever fired it (112).
      if (said) {
        const start = tokens[said.mentions[0]?.firstToken ?? said.verb]!.start;
        for (const speaker of participantsOfAll(ctx, said.mentions)) {
          const statement = statementAbout(event, speaker);
          if (!statement || alreadyCoded(out, s.index, statement.cameo, speaker, statement.target, start)) continue;
          const when = dateEvent(ctx, s, said.first, first, said.verb, statement.cameo, [speaker]);
          out.push({ ...event, ...when, id: `ev${out.length + 1}`, cameo: statement.cameo, source: speaker, target: statement.target, amount: null, evidence: { start, end: evidence.end }, pattern: `${best.pattern.id}+reported`, confidence: lessSure(event) });
        }
      }
    }
    controlled = tokens[best.end - 1]!.normal === 'to' && best.target.length > 0 ? { at: best.end, mentions: best.target } : null;
    // A statement (CAMEO 01) never hides the material event it tells of: the words it spans are read again.
    if (best.pattern.cameo.startsWith(STATEMENT_ROOT)) [statementEnd, i] = [best.end, i + 1];
    else i = best.end;
  }
  dropSubsumed(out, s.index);
}

/** Marks the tokens of people's and organisations' names. */
function nameTokens(mentions: readonly Mention[], count: number): Uint8Array {
  const inName = new Uint8Array(count);
  for (const m of mentions) if (m.form === 'name' && (m.type === 'PERSON' || m.type === 'ORG')) inName.fill(1, m.firstToken, m.endToken);
  return inName;
}

export const eventsStage: Stage = {
  name: 'events.cameo-patterns.v1',
  needs: ['tokens', 'sentences', 'mentions', 'entities', 'coref', 'actors', 'times', 'quantities'],
  provides: ['events'],
  run(doc, kb) {
    const sports = sportsReport(layer(doc, 'tokens'), kb.sports);
    if (sports) {
      doc.events = [];
      const words = [...new Set(sports)].slice(0, 5).join(', ');
      doc.messages.push({ stage: eventsStage.name, ruleId: 'sports-report', reason: `read as a sports report (${sports.length} sports words: ${words} …): its results and fixtures are not political events, so none are coded` });
      return;
    }
    const mentions = layer(doc, 'mentions');
    const coref = layer(doc, 'coref');
    const entitiesBySentence = new Map<number, Set<string>>();
    const actors = layer(doc, 'actors');
    for (const [sentence, ms] of bySentence(mentions, (m) => coref[m.id] !== undefined)) {
      const set = new Set<string>();
      for (const m of ms) {
        const e = coref[m.id]!;
        set.add(e);
        const country = m.country ?? actors[e]?.country;
        if (country) set.add(`country:${country}`);
      }
      entitiesBySentence.set(sentence, set);
    }
    const events: CodedEvent[] = [];
    const index = patternIndex(kb.patterns);
    const actorAt = actorsByToken(mentions, coref, actors);
    const tokens = layer(doc, 'tokens');
    const forms = tokens.map(wordForms);
    const ctx: CodingContext = {
      actorAt,
      actorEnds: new Set([...actorAt.values()].map((m) => m.endToken)),
      crowds: crowdViolence(mentions, tokens, kb),
      placeAt: placesByToken(mentions),
      mentionById: new Map(mentions.map((m) => [m.id, m])),
      inName: nameTokens(mentions, tokens.length),
      kb,
      intentOf: kb.intentOf,
      refusalOf: kb.refusalOf,
      index,
      quantities: layer(doc, 'quantities'),
      tokens,
      forms,
      words: new SentenceWords(forms),
      sentences: layer(doc, 'sentences'),
      times: layer(doc, 'times'),
      coref,
      entities: new Map(layer(doc, 'entities').map((e) => [e.id, e])),
      actors,
      entitiesBySentence,
      earlier: events,
    };
    for (const s of ctx.sentences) codeSentence(s, ctx, events);
    events.forEach((e, k) => (e.id = `ev${k + 1}`));
    doc.events = events;
  },
};
