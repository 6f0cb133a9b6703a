// Tests for the actors stage: each entity's country and sector from its title, organisation, setting or dateline.
import { describe, expect, it } from 'vitest';
import { createDocument, type Actor, type Document } from '../../document/document.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { buildPipeline } from '../stage.js';
import { cleanStage } from '../clean/clean.js';
import { corefStage } from '../coref/coref.js';
import { mentionsStage } from '../mentions/mentions.js';
import { loadTagger } from '../../ner/index.js';
import { namesStage } from '../names/names.js';
import { sentencesStage } from '../sentences/sentences.js';
import { actorsStage } from './actors.js';

const kb = loadKnowledge();
const pipeline = buildPipeline([cleanStage, sentencesStage, namesStage(loadTagger({ knowledge: kb })), mentionsStage, corefStage, actorsStage], kb);

function run(text: string, published: string | null = null): Document {
  return pipeline.run(createDocument({ id: 't', text, published }));
}

/** The actor of the entity of the first mention quoting `quoted`. */
function actorOf(doc: Document, quoted: string): Actor {
  const text = doc.clean!.text;
  const m = doc.mentions!.find((x) => text.slice(x.start, x.end) === quoted);
  expect(m, `mention quoting ${JSON.stringify(quoted)}`).toBeDefined();
  return doc.actors![doc.coref![m!.id]!]!;
}

const code = (a: Actor) => ({ country: a.country, sector: a.sector, countrySource: a.countrySource });

describe('actors: country from the title', () => {
  it('takes the country named in the title: "US Secretary of State" → USA GOV', () => {
    const doc = run('US Secretary of State Jonathan Pryce spoke on Monday.');
    expect(code(actorOf(doc, 'Jonathan Pryce'))).toEqual({ country: 'USA', sector: 'GOV', countrySource: 'title' });
  });

  it('takes the country of a demonym before the title: "Kenyan Foreign Minister" → KEN GOV', () => {
    const doc = run('Kenyan Foreign Minister Joseph Mwangi spoke on Monday.');
    expect(code(actorOf(doc, 'Joseph Mwangi'))).toEqual({ country: 'KEN', sector: 'GOV', countrySource: 'title' });
  });

  it('takes the country of a known organisation in the chain: "Centcom Commander Gen" → USA MIL', () => {
    const doc = run('Centcom Commander Gen Paul R Whitcombe spoke on Monday.');
    expect(code(actorOf(doc, 'Paul R Whitcombe'))).toEqual({ country: 'USA', sector: 'MIL', countrySource: 'title' });
    expect(code(actorOf(doc, 'Centcom'))).toEqual({ country: 'USA', sector: 'MIL', countrySource: 'organisation' });
  });

  it('carries the title country to the later surname and role-noun mentions of the same person', () => {
    const doc = run('US Secretary of State Jonathan Pryce met traders. Later, Pryce left. The US official said talks went well.');
    expect(actorOf(doc, 'Pryce')).toBe(actorOf(doc, 'Jonathan Pryce'));
    expect(actorOf(doc, 'The US official')).toBe(actorOf(doc, 'Jonathan Pryce'));
  });

  it('takes country and sector from a role noun alone: "the Ugandan official" → UGA GOV', () => {
    const doc = run('Officials said the Ugandan official left.');
    expect(code(actorOf(doc, 'the Ugandan official'))).toEqual({ country: 'UGA', sector: 'GOV', countrySource: 'title' });
  });
});

describe('actors: people the knowledge lists', () => {
  it('codes a listed person by the office held on the publication date: Medvedev president in 2010, prime minister in 2015', () => {
    for (const date of ['2010-03-01', '2015-03-01']) expect(code(actorOf(run('Medvedev spoke on Monday.', date), 'Medvedev'))).toEqual({ country: 'RUS', sector: 'GOV', countrySource: 'dictionary' });
  });

  it('keeps the title\'s sector for a person named before their first office: "President Trump" dated 2016 is USA GOV', () => {
    expect(code(actorOf(run('President Trump spoke on Monday.', '2016-06-01'), 'Trump'))).toEqual({ country: 'USA', sector: 'GOV', countrySource: 'dictionary' });
    expect(code(actorOf(run('Trump spoke on Monday.', '2016-06-01'), 'Trump'))).toEqual({ country: 'USA', sector: null, countrySource: 'dictionary' });
  });

  it('codes a former office-holder as elite (ELI) between terms: "Netanyahu" in 2007', () => {
    expect(code(actorOf(run('Netanyahu spoke on Monday.', '2007-03-01'), 'Netanyahu'))).toEqual({ country: 'ISR', sector: 'ELI', countrySource: 'dictionary' });
  });
});

describe('actors: country from the setting', () => {
  it('gives a person met abroad the country travelled to, while the traveller keeps his own', () => {
    const doc = run('ISLAMABAD: Field Marshal Karim Qadri met the press. He returned to the US in May for a dinner with Admiral Grace Holloway.');
    expect(code(actorOf(doc, 'Grace Holloway'))).toEqual({ country: 'USA', sector: 'MIL', countrySource: 'setting' });
    expect(code(actorOf(doc, 'Karim Qadri'))).toEqual({ country: 'PAK', sector: 'MIL', countrySource: 'dateline' });
  });

  it('does not give the traveller named in the sentence the country he travels to', () => {
    const doc = run('Field Marshal Karim Qadri returned to the US on Friday to meet Admiral Grace Holloway.');
    expect(actorOf(doc, 'Karim Qadri').country).toBeNull();
    expect(code(actorOf(doc, 'Grace Holloway'))).toEqual({ country: 'USA', sector: 'MIL', countrySource: 'setting' });
  });

  it('gives the setting to a person named after "where" in the travel sentence', () => {
    const doc = run('ISLAMABAD: Field Marshal Karim Qadri flew to Kenya on Monday, where Brigadier Tom Otieno greeted him.');
    expect(code(actorOf(doc, 'Tom Otieno'))).toEqual({ country: 'KEN', sector: 'MIL', countrySource: 'setting' });
    expect(actorOf(doc, 'Karim Qadri').country).toBe('PAK');
  });

  it('prefers a title country over the setting', () => {
    const doc = run('He returned to the US in May to meet Kenyan Foreign Minister Joseph Mwangi.');
    expect(code(actorOf(doc, 'Joseph Mwangi'))).toEqual({ country: 'KEN', sector: 'GOV', countrySource: 'title' });
  });
});

describe('actors: country from the dateline', () => {
  const doc = run('ISLAMABAD: Interior Minister Bilal Khattak met Gen Sameer Awan and the Frontier Roads Authority. The Crescent Textiles Group said Lena Orr would visit.');

  it.each([
    ['Bilal Khattak', 'GOV'],
    ['Sameer Awan', 'MIL'],
  ])('gives the government or military person %j the dateline country', (quoted, sector) => {
    expect(code(actorOf(doc, quoted))).toEqual({ country: 'PAK', sector, countrySource: 'dateline' });
  });

  it('gives a state organisation the dateline country', () => {
    expect(code(actorOf(doc, 'Frontier Roads Authority'))).toEqual({ country: 'PAK', sector: 'GOV', countrySource: 'dateline' });
  });

  it('leaves a business organisation without a country word at null, dateline or not', () => {
    expect(code(actorOf(doc, 'Crescent Textiles Group'))).toEqual({ country: null, sector: 'BUS', countrySource: null });
  });

  it('leaves a person with no title and no sector at null', () => {
    expect(code(actorOf(doc, 'Lena Orr'))).toEqual({ country: null, sector: null, countrySource: null });
  });

  it('reads the dateline country from "PLACE, Country —" too', () => {
    const d = run('NAIROBI, Kenya \u2014 Brigadier Tom Otieno spoke on Monday.');
    expect(code(actorOf(d, 'Tom Otieno'))).toEqual({ country: 'KEN', sector: 'MIL', countrySource: 'dateline' });
  });

  it('reads the dateline on the line after a headline, and keeps the headline as text', () => {
    const d = run('ACCRA MINISTER MEETS TRADERS\n\nACCRA, March 2 - Interior Minister Kofi Asare met traders on Monday.');
    expect(code(actorOf(d, 'Kofi Asare'))).toEqual({ country: 'GHA', sector: 'GOV', countrySource: 'dateline' });
    expect(d.sentences![0]!.start).toBe(0);
  });

  it('gives enemy forces no country, neither the dateline\'s nor the story\'s', () => {
    const d = run('ACCRA, March 2 - Ghanaian troops destroyed 12 enemy tanks near the border, police arrested 20 protesters.');
    expect(code(actorOf(d, 'tanks'))).toEqual({ country: null, sector: 'MIL', countrySource: null });
    expect(code(actorOf(d, 'protesters'))).toMatchObject({ country: 'GHA', countrySource: 'dateline' });
  });

  it('gives no dateline country to a government person when there is no dateline', () => {
    const d = run('Interior Minister Bilal Khattak spoke on Monday.');
    expect(code(actorOf(d, 'Bilal Khattak'))).toEqual({ country: null, sector: 'GOV', countrySource: null });
  });
});

describe('actors: organisations and places', () => {
  it('reads "United States <Name> Metals" as a US business', () => {
    const doc = run('The ministry signed a deal with United States Copperline Metals on Monday.');
    expect(code(actorOf(doc, 'United States Copperline Metals'))).toEqual({ country: 'USA', sector: 'BUS', countrySource: 'organisation' });
  });

  it('gives a country its own code with no sector', () => {
    const doc = run('Kenya signed the pact. Nairobi said Kenyan traders were pleased.');
    expect(code(actorOf(doc, 'Nairobi'))).toEqual({ country: 'KEN', sector: null, countrySource: 'name' });
  });

  it('gives a country pair entity no single country', () => {
    const doc = run('Officials said Kenya-Uganda ties had improved.');
    expect(code(actorOf(doc, 'Kenya-Uganda'))).toEqual({ country: null, sector: null, countrySource: null });
  });

  it('gives a known international organisation its sector and no country', () => {
    const doc = run('ISLAMABAD: The International Monetary Fund said talks went well.');
    expect(code(actorOf(doc, 'International Monetary Fund'))).toEqual({ country: null, sector: 'IGO', countrySource: null });
  });
});

describe('actors: unnamed groups', () => {
  it('takes the country of the place after a group: "Rebels in Mali" → MLI REB', () => {
    const doc = run('Rebels in Mali attacked an army convoy on Sunday.');
    expect(code(actorOf(doc, 'Rebels'))).toMatchObject({ country: 'MLI', sector: 'REB' });
  });

  it('takes the country of a capital after a group: "Demonstrators in Nairobi" → KEN CVL', () => {
    const doc = run('Demonstrators in Nairobi blocked the main highway.');
    expect(code(actorOf(doc, 'Demonstrators'))).toMatchObject({ country: 'KEN', sector: 'CVL' });
  });

  it('takes the country of a place after "from" and its describing words: "dissidents from military-run Myanmar" → MMR OPP', () => {
    expect(code(actorOf(run('Thai police detained two dissidents from military-run Myanmar at the border.'), 'dissidents'))).toMatchObject({ country: 'MMR', sector: 'OPP' });
    expect(code(actorOf(run('Rebels in northern Mali attacked an army convoy.'), 'Rebels'))).toMatchObject({ country: 'MLI', sector: 'REB' });
  });

  it('takes a country word among the describing words: "commanders in the Ugandan army" → UGA MIL', () => {
    expect(code(actorOf(run('Kenya barred three commanders in the Ugandan army from entering the country.'), 'commanders'))).toMatchObject({ country: 'UGA', sector: 'MIL' });
    expect(code(actorOf(run('Rioters in the Malian capital burned two police posts.'), 'Rioters'))).toMatchObject({ country: 'MLI', sector: 'CVL' });
  });

  it('does not take a country word that starts a compound: "rebels in Ethiopian-held territory" are not Ethiopian', () => {
    expect(code(actorOf(run('Rebels in Ethiopian-held territory shelled a market.'), 'Rebels'))).toMatchObject({ country: null, sector: 'REB' });
  });

  it('reads "rebel forces" and "armed groups" as rebels, and a people the knowledge does not hold as part of the group', () => {
    expect(code(actorOf(run('Rebel forces seized the airport on Sunday.'), 'Rebel forces'))).toMatchObject({ sector: 'REB' });
    expect(code(actorOf(run('Armed groups blocked the road to the mine.'), 'Armed groups'))).toMatchObject({ sector: 'REB' });
    expect(code(actorOf(run('Kurdish fighters ambushed a convoy on Sunday.'), 'Kurdish fighters'))).toMatchObject({ sector: 'REB' });
  });

  it('gives each people in a list the group named after the last: "Kenyan and Somali officials" are both sides\' officials', () => {
    const doc = run('Kenyan, Ugandan and Somali officials met in Kampala on Monday.');
    expect(code(actorOf(doc, 'Kenyan'))).toMatchObject({ country: 'KEN', sector: 'GOV' });
    expect(code(actorOf(doc, 'Ugandan'))).toMatchObject({ country: 'UGA', sector: 'GOV' });
    expect(code(actorOf(doc, 'Somali officials'))).toMatchObject({ country: 'SOM', sector: 'GOV' });
    // Not across a group of their own: "Kenyan troops and Somali militants".
    expect(code(actorOf(run('Kenyan troops and Somali militants clashed near the border.'), 'Kenyan troops'))).toMatchObject({ country: 'KEN', sector: 'MIL' });
  });

  it('gives "pro-Russia rebels" no country: they are not Russian', () => {
    expect(code(actorOf(run('Pro-Russia rebels shelled the airport on Sunday.'), 'rebels'))).toMatchObject({ country: null, sector: 'REB' });
  });

  it('takes the demonym before a group: "Somali militants" → SOM REB', () => {
    const doc = run('Somali militants seized two trucks near the border.');
    expect(code(actorOf(doc, 'Somali militants'))).toMatchObject({ country: 'SOM', sector: 'REB' });
  });
});
