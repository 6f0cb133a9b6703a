// A crowd's violence is a riot: "Protesters set fire to the ministry", "rioters attacked police stations" are CAMEO 145, not 171 or 190.
import type { Mention, Participant, Token } from '../../document/document.js';
import type { Knowledge } from '../../knowledge/knowledge.js';

/**
 * CAMEO codes of street violence that a crowd's riot takes the place of: damaging property (171…), unconventional
 * violence (180), beating people (182…), force not specified (190). Weapons of war stay what they are: "demonstrators
 * launched missiles" is 194, not a riot.
 */
const VIOLENT = /^(171|180$|182|190$)/;

/**
 * The code each group mention's violence takes, by mention id, from the group words' `violence`
 * in organizations.json ("protesters" → 145).
 * @example crowdViolence(mentions, tokens, kb).get('m3') // '145'
 */
export function crowdViolence(mentions: readonly Mention[], tokens: readonly Token[], kb: Knowledge): Map<string, string> {
  const out = new Map<string, string>();
  const groups = mentions.filter((m) => m.form === 'group');
  if (groups.length === 0) return out;
  const normals = tokens.map((t) => t.normal);
  for (const m of groups) {
    const violence = kb.organizations.groups.longestEndingAt(normals, m.endToken, m.firstToken)?.value.violence;
    if (violence) out.set(m.id, violence);
  }
  return out;
}

/** The riot code for an act of violence by `source` when it is a crowd, else null. */
export function riotCode(crowds: ReadonlyMap<string, string>, source: Participant | null, cameo: string): string | null {
  const riot = source ? crowds.get(source.mention) : undefined;
  return riot !== undefined && VIOLENT.test(cameo) ? riot : null;
}
