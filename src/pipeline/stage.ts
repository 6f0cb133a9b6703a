// A pipeline stage and the pipeline that runs stages in an order checked once, when it is built.
import { DyadError } from '../errors.js';
import type { Document, Layer } from '../document/document.js';
import type { Knowledge } from '../knowledge/knowledge.js';

/**
 * One step of the pipeline: a pure function of the document and the knowledge (no I/O, no
 * globals) that adds the layers it `provides` and reads only the layers it `needs`.
 */
export interface Stage {
  /** Name with version, recorded on every document it touches: `"events.cameo-patterns.v1"`. */
  name: string;
  needs: Layer[];
  provides: Layer[];
  run(doc: Document, kb: Knowledge): void;
}

export interface Pipeline {
  stages: readonly Stage[];
  /** Runs every stage on `doc`. A stage that throws leaves a positioned message and the rest still run where they can. */
  run(doc: Document): Document;
}

/** Checks that every stage's needs are provided by an earlier stage, then returns the runnable pipeline. */
export function buildPipeline(stages: readonly Stage[], kb: Knowledge): Pipeline {
  const provided = new Set<Layer>();
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!provided.has(need)) {
        throw new DyadError('PIPELINE_ORDER', `stage "${stage.name}" needs layer "${need}", which no earlier stage provides; move it after the stage that provides "${need}"`);
      }
    }
    for (const p of stage.provides) provided.add(p);
  }
  return {
    stages,
    run(doc) {
      const failed = new Set<Layer>();
      for (const stage of stages) {
        if (stage.needs.some((n) => failed.has(n))) {
          for (const p of stage.provides) failed.add(p);
          continue;
        }
        try {
          stage.run(doc, kb);
          doc.versions.push(stage.name);
        } catch (err) {
          for (const p of stage.provides) failed.add(p);
          doc.messages.push({ stage: stage.name, ruleId: 'stage-failed', reason: err instanceof Error ? err.message : String(err) });
        }
      }
      return doc;
    },
  };
}
