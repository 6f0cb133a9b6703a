// Tests for the mentions stage: title chains, honorifics, acronyms, countries and demonyms, country pairs, role nouns, pronouns, and what the name tagger decides.
import { describe, expect, it } from 'vitest';
import { createDocument, type Document, type Mention, type NameSpan } from '../../document/document.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { buildPipeline, type Stage } from '../stage.js';
import { cleanStage } from '../clean/clean.js';
import { sentencesStage } from '../sentences/sentences.js';
import { mentionsStage } from './mentions.js';
import { loadTagger } from '../../ner/index.js';
import { namesStage } from '../names/names.js';

const kb = loadKnowledge();
const pipeline = buildPipeline([cleanStage, sentencesStage, namesStage(loadTagger({ knowledge: kb })), mentionsStage], kb);
const rulesOnly = buildPipeline([cleanStage, sentencesStage, namesStage(null), mentionsStage], kb);

/** Runs clean → sentences → names → mentions; every mention lies inside its sentence. */
function run(text: string, through = pipeline): Document {
  const doc = through.run(createDocument({ id: 't', text }));
  for (const m of doc.mentions!) {
    const s = doc.sentences![m.sentence]!;
    expect(m.start).toBeGreaterThanOrEqual(s.start);
    expect(m.end).toBeLessThanOrEqual(s.end);
  }
  return doc;
}

const quote = (doc: Document, s: { start: number; end: number }) => doc.clean!.text.slice(s.start, s.end);

/** The one mention quoting `quoted`. */
function mention(doc: Document, quoted: string): Mention {
  const found = doc.mentions!.filter((m) => quote(doc, m) === quoted);
  expect(found, `one mention quoting ${JSON.stringify(quoted)}`).toHaveLength(1);
  return found[0]!;
}

describe('mentions: title chains', () => {
  it('parses "Deputy Prime Minister and Foreign Minister <name>" into two GOV roles', () => {
    const doc = run('Deputy Prime Minister and Foreign Minister Tariq Hamdani spoke on Monday.');
    const m = mention(doc, 'Tariq Hamdani');
    expect(m).toMatchObject({ type: 'PERSON', form: 'name' });
    expect(m.titles.map((t) => [quote(doc, t), t.role, t.sector])).toEqual([
      ['Deputy Prime Minister', 'Deputy Prime Minister', 'GOV'],
      ['Foreign Minister', 'Foreign Minister', 'GOV'],
    ]);
  });

  it('reads the country of "US Secretary of State <name>" into the title and adds a GPE mention for "US"', () => {
    const doc = run('US Secretary of State Jonathan Pryce arrived in Oslo.');
    const m = mention(doc, 'Jonathan Pryce');
    expect(m.titles.map((t) => [quote(doc, t), t.role, t.sector, t.country])).toEqual([['Secretary of State', 'Secretary of State', 'GOV', 'USA']]);
    expect(mention(doc, 'US')).toMatchObject({ type: 'GPE', country: 'USA' });
    expect(mention(doc, 'Oslo')).toMatchObject({ type: 'GPE', country: 'NOR' });
  });

  it('parses "Chief of Army Staff (COAS) Field Marshal <name>" with the acronym on its title', () => {
    const doc = run('Chief of Army Staff (COAS) Field Marshal Karim Qadri toured the border.');
    const m = mention(doc, 'Karim Qadri');
    expect(m.titles.map((t) => [quote(doc, t), t.role, t.sector, t.acronym])).toEqual([
      ['Chief of Army Staff', 'Chief of Army Staff', 'MIL', 'COAS'],
      ['Field Marshal', 'Field Marshal', 'MIL', undefined],
    ]);
  });

  it('parses "<Org> Commander Gen <First> E <Last>": the organisation as ORG, its country on both titles, the initial in the name', () => {
    const doc = run('Centcom Commander Gen Paul R Whitcombe flew to Doha.');
    expect(mention(doc, 'Centcom')).toMatchObject({ type: 'ORG', country: 'USA', sector: 'MIL' });
    const m = mention(doc, 'Paul R Whitcombe');
    expect(m.titles.map((t) => [quote(doc, t), t.role, t.sector, t.country])).toEqual([
      ['Commander', 'Commander', 'MIL', 'USA'],
      ['Gen', 'General', 'MIL', 'USA'],
    ]);
  });

  it('reads "President of <Country> <name>" with the country on the title', () => {
    const doc = run('President of France Claire Duval met Senator Mark Ellison.');
    expect(mention(doc, 'Claire Duval').titles.map((t) => [t.role, t.country])).toEqual([['President', 'FRA']]);
    expect(mention(doc, 'France')).toMatchObject({ type: 'GPE', country: 'FRA' });
    expect(mention(doc, 'Mark Ellison').titles.map((t) => [t.role, t.sector])).toEqual([['Senator', 'LEG']]);
  });

  it('reads a known office-holder written in lower case after a title: "President obama"', () => {
    const doc = run('President obama spoke to reporters in Ohio.');
    expect(mention(doc, 'obama')).toMatchObject({ type: 'PERSON' });
    expect(mention(doc, 'obama').titles.map((t) => t.role)).toEqual(['President']);
  });

  it('makes no person of a lower-case word after a title that no known office-holder bears', () => {
    const doc = run('President spoke to reporters in Ohio.');
    expect(doc.mentions!.filter((m) => m.type === 'PERSON' && m.form === 'name')).toEqual([]);
  });

  it('makes no person of a title chain with no name after it', () => {
    const doc = run('Prime Minister said the talks would go on.');
    expect(doc.mentions!.filter((m) => m.type === 'PERSON')).toEqual([]);
  });
});

describe('mentions: honorifics and surnames', () => {
  it('reads "Mr <Surname>" and "Ms <Surname>" as honorific mentions that start at the honorific', () => {
    const doc = run('Finance Minister Amina Odhiambo spoke first. Mr Odhiambo then left, and Ms Odhiambo returned.');
    expect(mention(doc, 'Mr Odhiambo')).toMatchObject({ type: 'PERSON', form: 'honorific', sentence: 1 });
    expect(mention(doc, 'Ms Odhiambo')).toMatchObject({ type: 'PERSON', form: 'honorific', sentence: 1 });
  });

  it('reads a bare surname seen before in a full name as a person', () => {
    const doc = run('Finance Minister Amina Odhiambo spoke first. Later, Odhiambo left.');
    expect(mention(doc, 'Odhiambo')).toMatchObject({ type: 'PERSON', form: 'name', sentence: 1 });
  });
});

describe('mentions: acronyms', () => {
  it('links "<Org Name> (ABC)" both ways and a later "ABC" to the long form', () => {
    const doc = run('The Northern Grid Authority (NGA) opened bids. Later, NGA officials said the bids closed.');
    const long = mention(doc, 'Northern Grid Authority');
    expect(long).toMatchObject({ type: 'ORG', form: 'name', sector: 'GOV' });
    const [first, later] = doc.mentions!.filter((m) => quote(doc, m) === 'NGA');
    expect(first).toMatchObject({ type: 'ORG', form: 'acronym', expands: long.id, sentence: 0 });
    expect(long.acronym).toBe(first!.id);
    expect(later).toMatchObject({ type: 'ORG', form: 'acronym', expands: long.id, sentence: 1, sector: 'GOV' });
  });

  it('reads the acronym of a title as that title before a later surname ("COAS Qadri")', () => {
    const doc = run('Chief of Army Staff (COAS) Field Marshal Karim Qadri toured the border. Officials said COAS Qadri was pleased.');
    const later = mention(doc, 'Qadri');
    expect(later).toMatchObject({ type: 'PERSON', sentence: 1 });
    expect(later.titles.map((t) => [quote(doc, t), t.role])).toEqual([['COAS', 'Chief of Army Staff']]);
  });
});

describe('mentions: countries, capitals, demonyms', () => {
  it('reads a country typed with stray capitals ("uGANDA") as the country, but not a word all in lower case ("turkey")', () => {
    const doc = run('Aid was sent to uGANDA, and the turkey was roasted.');
    expect(doc.mentions!.map((m) => [quote(doc, m), m.type, m.country])).toEqual([['uGANDA', 'GPE', 'UGA']]);
  });

  const doc = run('Kenya and Uganda signed a pact in Kampala. Kenyan and Ugandan traders welcomed it. Nairobi said Pakistani firms would join.');

  it.each([
    ['Kenya', 'GPE', 'KEN'],
    ['Uganda', 'GPE', 'UGA'],
    ['Kampala', 'GPE', 'UGA'],
    ['Nairobi', 'GPE', 'KEN'],
    ['Kenyan', 'NORP', 'KEN'],
    ['Ugandan', 'NORP', 'UGA'],
    ['Pakistani', 'NORP', 'PAK'],
  ])('types %j as %s with ISO alpha-3 %s', (quoted, type, country) => {
    const m = doc.mentions!.find((x) => quote(doc, x) === quoted)!;
    expect(m).toMatchObject({ type, form: 'name', country });
  });
});

describe('mentions: states as places of their country', () => {
  it('reads a US state as a place in the USA ("New Mexico" is not Mexico)', () => {
    const doc = run('Flooding closed highways across New Mexico and Oklahoma, and the governor of North Carolina sent help.');
    for (const quoted of ['New Mexico', 'Oklahoma', 'North Carolina']) expect(mention(doc, quoted)).toMatchObject({ type: 'GPE', form: 'name', country: 'USA' });
  });

  it('leaves a state name that opens a longer name to that name', () => {
    const doc = run('Virginia Halloran chaired the committee hearing on Tuesday.');
    expect(doc.mentions!.some((m) => quote(doc, m) === 'Virginia')).toBe(false);
  });
});

describe('mentions: country pairs', () => {
  const doc = run('Officials said Kenya-Uganda ties had improved. Both sides want more trade, and the two countries will meet. The two neighbouring nations agreed.');

  it('reads "X-Y ties" as one pair mention with two members', () => {
    const m = mention(doc, 'Kenya-Uganda');
    expect(m).toMatchObject({ type: 'GPE', form: 'pair', members: ['KEN', 'UGA'] });
    expect(doc.mentions!.some((x) => quote(doc, x) === 'Kenya')).toBe(false);
  });

  it.each(['Both sides', 'the two countries', 'The two neighbouring nations'])('reads %j as a pair phrase without members', (quoted) => {
    const m = mention(doc, quoted);
    expect(m).toMatchObject({ type: 'GPE', form: 'pair' });
    expect(m.members).toBeUndefined();
  });
});

describe('mentions: role nouns and pronouns', () => {
  it('reads "the army chief" as a MIL role naming the Chief of Army Staff', () => {
    const doc = run('Officials said the army chief would travel.');
    expect(mention(doc, 'the army chief')).toMatchObject({ type: 'PERSON', form: 'role', role: 'Chief of Army Staff', sector: 'MIL', country: null });
  });

  it('reads the Paris Club as an intergovernmental creditors\' group, not as Paris', () => {
    const doc = run('Ghana welcomed a Paris Club proposal to freeze its loan repayments.');
    expect(mention(doc, 'Paris Club')).toMatchObject({ type: 'ORG', sector: 'IGO', country: null });
    expect(doc.mentions!.some((x) => x.country === 'FRA')).toBe(false);
  });

  it('reads a sea or strait named after a country as the region, not the country ("the Indian Ocean", "the Taiwan Strait")', () => {
    const doc = run('Ghanaian ships joined the relief effort in the Indian Ocean before sailing through the Taiwan Strait.');
    expect(mention(doc, 'Indian Ocean')).toMatchObject({ type: 'LOC', country: null });
    expect(mention(doc, 'Taiwan Strait')).toMatchObject({ type: 'LOC', country: null });
    expect(doc.mentions!.some((x) => x.country === 'IND' || x.country === 'TWN')).toBe(false);
  });

  it('reads a rank that describes a noun as no one ("the major cocoa traders", "the general election"), and the rank alone as a role', () => {
    const doc = run('Bosses of the major cocoa traders gathered before the general election. The general said troops would stay.');
    expect(doc.mentions!.filter((x) => x.form === 'role').map((x) => quote(doc, x))).toEqual(['The general']);
  });

  it('reads "the US official" as a GOV role with the country USA', () => {
    const doc = run('Officials said the US official would travel.');
    expect(mention(doc, 'the US official')).toMatchObject({ type: 'PERSON', form: 'role', role: 'Official', sector: 'GOV', country: 'USA' });
  });

  it('reads "the Kenyan envoy" as an Ambassador of Kenya', () => {
    const doc = run('Officials said the Kenyan envoy would travel.');
    expect(mention(doc, 'the Kenyan envoy')).toMatchObject({ form: 'role', role: 'Ambassador', country: 'KEN' });
  });

  it('reads an office a country owns as a role of that country: "Ghana\'s foreign minister", "Ghana\'s President said"', () => {
    const doc = run("Ghana's foreign minister arrived in Lome, and Ghana's President said talks would follow.");
    expect(mention(doc, 'foreign minister')).toMatchObject({ type: 'PERSON', form: 'role', role: 'Foreign Minister', sector: 'GOV', country: 'GHA' });
    expect(mention(doc, 'President')).toMatchObject({ type: 'PERSON', form: 'role', role: 'President', sector: 'GOV', country: 'GHA' });
  });

  it('reads "his Togolese counterpart" as an office of Togo, but leaves "his envoy" and a chain with no country ("Prime Minister said") alone', () => {
    const doc = run('The Ghanaian minister met his Togolese counterpart. Prime Minister said his envoy would travel.');
    expect(mention(doc, 'his Togolese counterpart')).toMatchObject({ type: 'PERSON', form: 'role', country: 'TGO', sector: 'GOV' });
    expect(doc.mentions!.filter((m) => m.sentence === 1).map((m) => [quote(doc, m), m.form])).toEqual([['his', 'pronoun']]);
  });

  it('does not read "the President" as a role noun when a name follows: it is the name\'s title', () => {
    const doc = run('Officials said the President Ada Kimani would travel.');
    expect(doc.mentions!.some((m) => m.form === 'role')).toBe(false);
    expect(mention(doc, 'Ada Kimani').titles.map((t) => [quote(doc, t), t.role])).toEqual([['President', 'President']]);
  });

  it('reads he, she, his and her as person pronouns', () => {
    const doc = run('He said she would go, and his aide met her staff.');
    expect(doc.mentions!.map((m) => [quote(doc, m), m.type, m.form])).toEqual([
      ['He', 'PERSON', 'pronoun'],
      ['she', 'PERSON', 'pronoun'],
      ['his', 'PERSON', 'pronoun'],
      ['her', 'PERSON', 'pronoun'],
    ]);
  });
});

describe('mentions: groups with describing words after their country', () => {
  it('reads "Ghanaian cocoa exporters" as Ghana\'s businesses, and "Togolese riot police" as Togo\'s police', () => {
    const doc = run('Ghanaian cocoa exporters blamed Togolese riot police for the delays.');
    expect(doc.mentions!.filter((m) => m.form === 'group').map((m) => [quote(doc, m), m.country, m.sector])).toEqual([
      ['Ghanaian cocoa exporters', 'GHA', 'BUS'],
      ['Togolese riot police', 'TGO', 'COP'],
    ]);
  });
});

describe('mentions: ministries with several portfolios', () => {
  it('keeps "and" and the portfolios after it in a ministry\'s name, but not another organisation after "and"', () => {
    const doc = run("Ghana's Ministry of Trade and Industry and the Bank of Ghana and Ecobank met the Department of Health and Social Welfare.");
    expect(doc.mentions!.filter((m) => m.type === 'ORG').map((m) => quote(doc, m))).toEqual(['Ministry of Trade and Industry', 'Bank of Ghana', 'Ecobank', 'Department of Health and Social Welfare']);
  });
});

describe('mentions: the rules and the name tagger together', () => {
  const typed = (doc: Document) => doc.mentions!.filter((m) => m.form === 'name').map((m) => [quote(doc, m), m.type]);

  it('lets the tagger name what knowledge does not hold: a one-word surname, a company', () => {
    const text = 'Shares in Halvorsen Logistics fell after Kupfer told reporters in Nairobi that the deal had failed.';
    expect(typed(run(text))).toEqual([
      ['Halvorsen Logistics', 'ORG'],
      ['Kupfer', 'PERSON'],
      ['Nairobi', 'GPE'],
    ]);
    // Alone, the rules know "Logistics" heads organisations but cannot type one unknown word.
    expect(typed(run(text, rulesOnly))).toEqual([
      ['Halvorsen Logistics', 'ORG'],
      ['Nairobi', 'GPE'],
    ]);
    // And they guess that an unknown run of two capitalised words is a person.
    expect(typed(run('Talks resumed after Halvorsen Kupfer arrived.', rulesOnly))).toEqual([['Halvorsen Kupfer', 'PERSON']]);
  });

  it('keeps knowledge first: titles, countries and known organisations stay as the rules read them', () => {
    const doc = run('Kenyan Foreign Minister Amina Odhiambo met officials of the African Union in Addis Ababa.');
    expect(mention(doc, 'Amina Odhiambo').titles.map((t) => t.role)).toEqual(['Foreign Minister']);
    expect(mention(doc, 'Kenyan')).toMatchObject({ type: 'NORP', country: 'KEN' });
    expect(mention(doc, 'African Union')).toMatchObject({ type: 'ORG' });
  });

  it('reads a name that opens with a word that seldom opens one: "New Caledonia"', () => {
    expect(typed(run('The minister flew on to New Caledonia on Friday.'))).toContainEqual(['New Caledonia', 'GPE']);
  });

  /** A names stage that reports the given names (type and words, each found after the one before), to test how the rules weigh what the tagger says. */
  const saying = (said: [NameSpan['type'], string][]): Stage => ({
    name: 'names.test',
    needs: ['tokens', 'sentences'],
    provides: ['names'],
    run(doc) {
      const texts = doc.tokens!.map((t) => t.text);
      let from = 0;
      const spans = said.map(([type, words]): NameSpan => {
        const w = words.split(' ');
        const first = texts.findIndex((_, i) => i >= from && w.every((x, k) => texts[i + k] === x));
        from = first + w.length;
        return { type, firstToken: first, endToken: from };
      });
      doc.names = { tagger: 'test', spans };
    },
  });
  const told = (said: [NameSpan['type'], string][], text: string) => typed(run(text, buildPipeline([cleanStage, sentencesStage, saying(said), mentionsStage], kb)));

  it('keeps a place a place when an organisation\'s head word ends it, if the tagger reads it as one', () => {
    const text = 'Fighting resumed on the Left Bank near Kherson.';
    expect(told([['LOC', 'Left Bank']], text)).toContainEqual(['Left Bank', 'LOC']);
    expect(told([['ORG', 'Left Bank']], text)).toContainEqual(['Left Bank', 'ORG']);
  });

  it('reads an organisation that opens with a country\'s name as the tagger does, but not a country pair', () => {
    expect(told([['ORG', 'Kenya Power']], 'Kenya Power raised tariffs.')).toEqual([['Kenya Power', 'ORG']]);
    expect(told([], 'Kenya Power raised tariffs.')).toEqual([['Kenya', 'GPE']]);
    expect(run('Kenya-Uganda ties improved.').mentions!.map((m) => m.form)).toContain('pair');
  });

  it('lets the tagger overrule a surname read earlier when it reads the word as something else', () => {
    const text = 'Aslan Chechnya spoke. Troops later left Chechnya.';
    const mentions = run(text, buildPipeline([cleanStage, sentencesStage, saying([['PER', 'Aslan Chechnya'], ['LOC', 'Chechnya']]), mentionsStage], kb)).mentions!;
    expect(mentions.filter((m) => m.sentence === 1).map((m) => m.type)).not.toContain('PERSON');
  });

  it('reads a US state as the tagger does when the context makes it a team, and as a place otherwise', () => {
    const text = 'Oregon 4 Nebraska 2 in the late game.';
    expect(told([['ORG', 'Oregon'], ['ORG', 'Nebraska']], text)).toEqual([['Oregon', 'ORG'], ['Nebraska', 'ORG']]);
    expect(told([['LOC', 'Oregon']], 'Wildfires spread across Oregon.')).toEqual([['Oregon', 'GPE']]);
    expect(told([], 'Wildfires spread across Oregon.')).toEqual([['Oregon', 'GPE']]);
  });

  it('records the tagger\'s MISC names with their own type', () => {
    expect(typed(run('The World Cup final drew a record audience across Europe.'))).toContainEqual(['World Cup', 'MISC']);
  });
});
