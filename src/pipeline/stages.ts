// The pipeline's stages, in order: the one list to read to see what Dyad does to an article.
import { actorsStage } from './actors/actors.js';
import { cleanStage } from './clean/clean.js';
import { corefStage } from './coref/coref.js';
import { eventsStage } from './events/events.js';
import type { Tagger } from '../ner/index.js';
import { mentionsStage } from './mentions/mentions.js';
import { namesStage } from './names/names.js';
import { quantitiesStage } from './quantities/quantities.js';
import { sentencesStage } from './sentences/sentences.js';
import type { Stage } from './stage.js';
import { timesStage } from './times/times.js';

/** clean → sentences → names → mentions → coreference → actors → times → quantities → events; `tagger` null: names by the rules alone. */
export function defaultStages(tagger: Tagger | null): Stage[] {
  return [cleanStage, sentencesStage, namesStage(tagger), mentionsStage, corefStage, actorsStage, timesStage, quantitiesStage, eventsStage];
}
