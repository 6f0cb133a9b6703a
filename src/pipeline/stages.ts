// The pipeline's stages, in order: the one list to read to see what Dyad does to an article.
import { actorsStage } from './actors/actors.js';
import { cleanStage } from './clean/clean.js';
import { corefStage } from './coref/coref.js';
import { eventsStage } from './events/events.js';
import type { Tagger } from '../ner/index.js';
import { mentionsStage } from './mentions/mentions.js';
import { namesStage } from './names/names.js';
import { petrarchEventsStage } from './petrarch/stage.js';
import { quantitiesStage } from './quantities/quantities.js';
import { sentencesStage } from './sentences/sentences.js';
import type { Layer } from '../document/document.js';
import type { Stage } from './stage.js';
import { timesStage } from './times/times.js';

export interface StageOptions {
  /** The name tagger; null leaves names to the mention rules alone. */
  tagger: Tagger | null;
  /** A user's PETRARCH dictionaries (in the knowledge) code the events instead of Dyad's patterns. */
  dictionary?: boolean;
}

/** clean → sentences → names → mentions → coreference → actors → times → quantities → events. */
export function defaultStages(options: StageOptions): Stage[] {
  return [cleanStage, sentencesStage, namesStage(options.tagger), mentionsStage, corefStage, actorsStage, timesStage, quantitiesStage, options.dictionary ? petrarchEventsStage : eventsStage];
}

/** The default stages up to the one that provides `layer`: `stagesThrough('mentions', { tagger })` reads names and no further. */
export function stagesThrough(layer: Layer, options: StageOptions): Stage[] {
  const stages = defaultStages(options);
  return stages.slice(0, stages.findIndex((s) => s.provides.includes(layer)) + 1);
}
