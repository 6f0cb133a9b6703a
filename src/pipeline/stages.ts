// The pipeline's stages, in order: the one list to read to see what Dyad does to an article.
import { actorsStage } from './actors/actors.js';
import { cleanStage } from './clean/clean.js';
import { corefStage } from './coref/coref.js';
import { eventsStage } from './events/events.js';
import { mentionsStage } from './mentions/mentions.js';
import { quantitiesStage } from './quantities/quantities.js';
import { petrarchEventsStage } from './petrarch/stage.js';
import { sentencesStage } from './sentences/sentences.js';
import type { Stage } from './stage.js';
import { timesStage } from './times/times.js';

/** clean → sentences → mentions → coreference → actors → times → quantities → events; with `dictionary`, a user's PETRARCH dictionaries code the events. */
export function defaultStages(options: { dictionary?: boolean } = {}): Stage[] {
  return [cleanStage, sentencesStage, mentionsStage, corefStage, actorsStage, timesStage, quantitiesStage, options.dictionary ? petrarchEventsStage : eventsStage];
}
