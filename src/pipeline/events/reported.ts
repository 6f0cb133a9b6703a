// Reported speech: "Z said X attacked Y" codes X's attack on Y and, beside it, Z's own statement about it.
import type { CodedEvent, Participant } from '../../document/document.js';
import { sameActor } from './participants.js';

// Acts of force, CAMEO 17 (coerce) to 20 (mass violence): telling of one is itself an event.
const FORCE_ROOT = 17;
// "The army said rebels shelled the town": the army accuses the rebels.
const ACCUSE = '112';
// "The militia said it shelled the town": the militia claims the act.
const CLAIM = '015';

// The state and its forces: "Kenya said its troops killed 40 militants" is Kenya's own act.
const STATE_SECTORS = new Set([null, 'GOV', 'MIL', 'COP']);

/** The act is the speaker's own: the same actor, or the same country's state speaking of its forces. */
function own(speaker: Participant, doer: Participant): boolean {
  const state = (p: Participant) => STATE_SECTORS.has(p.sector);
  return sameActor(speaker, doer) || (speaker.country !== null && speaker.country === doer.country && state(speaker) && state(doer));
}

/**
 * The statement `speaker` makes by reporting `act`: its CAMEO code and whom it is about, or null. Only an act of
 * force that happened by a named doer counts ("the army said two soldiers were killed" accuses no one), and an outlet
 * (MED) reports without accusing.
 * @example statementAbout(rebelsShelledTown, army) // { cameo: '112', target: rebels }
 */
export function statementAbout(act: CodedEvent, speaker: Participant): { cameo: string; target: Participant | null } | null {
  if (!act.source || Number(act.cameo.slice(0, 2)) < FORCE_ROOT || act.modality !== 'asserted' || act.negated || speaker.sector === 'MED') return null;
  return own(speaker, act.source) ? { cameo: CLAIM, target: act.target } : { cameo: ACCUSE, target: act.source };
}
