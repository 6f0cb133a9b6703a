// Tests for the coreference stage: surnames and honorifics, role nouns, pronouns, country-pair phrases and acronyms joined to their entity.
import { describe, expect, it } from 'vitest';
import { createDocument, type Document, type Entity } from '../../document/document.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { buildPipeline } from '../stage.js';
import { cleanStage } from '../clean/clean.js';
import { mentionsStage } from '../mentions/mentions.js';
import { loadTagger } from '../../ner/index.js';
import { namesStage } from '../names/names.js';
import { sentencesStage } from '../sentences/sentences.js';
import { corefStage } from './coref.js';

const kb = loadKnowledge();
const pipeline = buildPipeline([cleanStage, sentencesStage, namesStage(loadTagger({ knowledge: kb })), mentionsStage, corefStage], kb);

function run(text: string): Document {
  return pipeline.run(createDocument({ id: 't', text }));
}

/** The entity of the `nth` mention quoting `quoted` (first by default), checking the quote. */
function entityOf(doc: Document, quoted: string, nth = 0): Entity {
  const text = doc.clean!.text;
  const m = doc.mentions!.filter((x) => text.slice(x.start, x.end) === quoted)[nth];
  expect(m, `mention quoting ${JSON.stringify(quoted)}`).toBeDefined();
  const id = doc.coref![m!.id];
  expect(id, `${JSON.stringify(quoted)} is linked`).toBeDefined();
  return doc.entities!.find((e) => e.id === id)!;
}

describe('coref: names', () => {
  it('joins a bare surname and "Mr <Surname>" to the full name', () => {
    const doc = run('Finance Minister Amina Odhiambo met traders. Odhiambo later left. Mr Odhiambo returned on Friday.');
    const e = entityOf(doc, 'Amina Odhiambo');
    expect(entityOf(doc, 'Odhiambo')).toBe(e);
    expect(entityOf(doc, 'Mr Odhiambo')).toBe(e);
    expect(e).toMatchObject({ type: 'PERSON', name: 'Amina Odhiambo', roles: ['Finance Minister'] });
    expect(e.mentions).toHaveLength(3);
  });

  it('keeps two people with different surnames apart', () => {
    const doc = run('Finance Minister Amina Odhiambo met Senator Mark Ellison. Mr Ellison left.');
    expect(entityOf(doc, 'Mr Ellison')).toBe(entityOf(doc, 'Mark Ellison'));
    expect(entityOf(doc, 'Mr Ellison')).not.toBe(entityOf(doc, 'Amina Odhiambo'));
  });

  it('joins a country, its capital and its demonym in one entity named after the country', () => {
    const doc = run('Kenya signed the pact. Nairobi said Kenyan traders were pleased.');
    const e = entityOf(doc, 'Kenya');
    expect(entityOf(doc, 'Nairobi')).toBe(e);
    expect(entityOf(doc, 'Kenyan')).toBe(e);
    expect(e.name).toBe('Kenya');
  });
});

describe('coref: role nouns', () => {
  it('resolves "the army chief" to the person holding that office, not the latest soldier', () => {
    const doc = run('Chief of Army Staff (COAS) Field Marshal Karim Qadri met Gen Sameer Awan. The army chief said the visit went well.');
    expect(entityOf(doc, 'The army chief')).toBe(entityOf(doc, 'Karim Qadri'));
  });

  it('resolves "the COAS" to the person whose title carried that acronym', () => {
    const doc = run('Chief of Army Staff (COAS) Field Marshal Karim Qadri toured the border. Officials said the COAS was pleased.');
    expect(entityOf(doc, 'the COAS')).toBe(entityOf(doc, 'Karim Qadri'));
  });

  it('resolves "the US official" to the latest US government person, skipping a later official of another country', () => {
    const doc = run('US Secretary of State Jonathan Pryce met Kenyan Foreign Minister Joseph Mwangi. The US official praised Kenya.');
    expect(entityOf(doc, 'The US official')).toBe(entityOf(doc, 'Jonathan Pryce'));
  });

  it('resolves "the Kenyan minister" to the latest Kenyan government person', () => {
    const doc = run('Kenyan Foreign Minister Joseph Mwangi met Ugandan Defence Minister Ruth Nakato. The Kenyan minister said talks went well.');
    expect(entityOf(doc, 'The Kenyan minister')).toBe(entityOf(doc, 'Joseph Mwangi'));
  });

  it('makes a new person, named by the role, when no one earlier fits', () => {
    const doc = run('Officials said the naval chief would attend.');
    const e = entityOf(doc, 'the naval chief');
    expect(e).toMatchObject({ type: 'PERSON', name: 'naval chief', roles: ['Chief of Naval Staff'] });
  });
});

describe('coref: pronouns', () => {
  it("resolves a pronoun to the previous sentence's first person, not its latest", () => {
    const doc = run('Finance Minister Amina Odhiambo met Senator Mark Ellison in Nairobi. She said trade would grow.');
    expect(entityOf(doc, 'She')).toBe(entityOf(doc, 'Amina Odhiambo'));
  });

  it('resolves a pronoun to a person named earlier in its own sentence first', () => {
    const doc = run('Finance Minister Amina Odhiambo met traders. Senator Mark Ellison said he agreed.');
    expect(entityOf(doc, 'he')).toBe(entityOf(doc, 'Mark Ellison'));
  });

  it('reaches back over a sentence with no person', () => {
    const doc = run('Finance Minister Amina Odhiambo spoke. Kenya agreed. She left on Friday.');
    expect(entityOf(doc, 'She')).toBe(entityOf(doc, 'Amina Odhiambo'));
  });

  it('leaves a pronoun with no person before it unlinked', () => {
    const doc = run('He said Kenya would sign.');
    const he = doc.mentions!.find((m) => m.form === 'pronoun')!;
    expect(doc.coref![he.id]).toBeUndefined();
  });
});

describe('coref: country pairs', () => {
  const doc = run('Kenya hosted Ugandan officials. Kenya and Ethiopia discussed trade, and both sides agreed to meet. Kenya and Uganda spoke again. The two countries agreed.');

  it('resolves "both sides" to the pair written out earlier in the same sentence', () => {
    const e = entityOf(doc, 'both sides');
    expect(e.type).toBe('GPE');
    expect([...e.members!].sort()).toEqual(['ETH', 'KEN']);
  });

  it("resolves a pair phrase with no pair in its sentence to the article's main dyad", () => {
    const e = entityOf(doc, 'The two countries');
    expect([...e.members!].sort()).toEqual(['KEN', 'UGA']);
    expect(e.name).toContain('Kenya');
    expect(e.name).toContain('Uganda');
  });

  it('joins "X-Y ties" and a later "both sides" in one pair entity', () => {
    const d = run('Officials said Kenya-Uganda ties had improved. Both sides want more trade.');
    const e = entityOf(d, 'Kenya-Uganda');
    expect(e.members).toEqual(['KEN', 'UGA']);
    expect(entityOf(d, 'Both sides')).toBe(e);
  });

  it('leaves "both sides" unlinked in an article naming fewer than two countries', () => {
    const d = run('Kenya said both sides wanted peace.');
    const m = d.mentions!.find((x) => x.form === 'pair')!;
    expect(d.coref![m.id]).toBeUndefined();
  });
});

describe('coref: acronyms', () => {
  it("joins an acronym, in brackets and later alone, to its long form's entity", () => {
    const doc = run('The Lakeside Power Company (LPC) won a contract. The LPC said work would start soon.');
    const e = entityOf(doc, 'Lakeside Power Company');
    expect(entityOf(doc, 'LPC', 0)).toBe(e);
    expect(entityOf(doc, 'LPC', 1)).toBe(e);
    expect(e).toMatchObject({ type: 'ORG', name: 'Lakeside Power Company' });
    expect(e.mentions).toHaveLength(3);
  });
});
