// Tests for building and running the pipeline: the order check, and a failing stage as a message that stops only what needs it.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/document.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { buildPipeline, type Stage } from './stage.js';
import { defaultStages } from './stages.js';

const kb = {} as Knowledge;
const stage = (name: string, needs: Stage['needs'], provides: Stage['provides'], run: Stage['run'] = () => {}): Stage => ({ name, needs, provides, run });

describe('pipeline', () => {
  it('refuses an order where a stage needs a layer no earlier stage provides, naming both', () => {
    expect(() => buildPipeline([stage('b.v1', ['tokens'], ['mentions']), stage('a.v1', [], ['tokens'])], kb)).toThrow(/stage "b.v1" needs layer "tokens"/);
  });

  it('accepts the default stages in their order', () => {
    expect(() => buildPipeline(defaultStages({ tagger: null }), kb)).not.toThrow();
  });

  it('turns a throwing stage into a message and skips only the stages that need its layer', () => {
    const ran: string[] = [];
    const pipeline = buildPipeline(
      [
        stage('clean.v1', [], ['clean'], () => { throw new Error('boom'); }),
        stage('times.v1', [], ['times'], () => void ran.push('times')),
        stage('sentences.v1', ['clean'], ['sentences'], () => void ran.push('sentences')),
      ],
      kb,
    );
    const doc = pipeline.run(createDocument({ id: 'x', text: 'Some text.' }));
    expect(ran).toEqual(['times']);
    expect(doc.messages).toEqual([{ stage: 'clean.v1', ruleId: 'stage-failed', reason: 'boom' }]);
    expect(doc.versions).toEqual(['times.v1']);
  });
});
