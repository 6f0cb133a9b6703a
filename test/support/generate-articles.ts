// Deterministic wire-style test articles from our own templates: seeded, varied, about 10% syndicated copies with small edits.
import { writeFileSync } from 'node:fs';

/** One generated story; `copyOf` is the id of the story it is a syndicated copy of, or null. */
export interface GeneratedArticle {
  id: string;
  text: string;
  published: string;
  source: string;
  url: string;
  copyOf: string | null;
}

interface Official {
  title: string;
  name: string;
}

interface Country {
  name: string;
  adjective: string;
  capital: string;
  officials: Official[];
}

/** Invented office-holders; the countries, demonyms and capitals are ones the knowledge files know. */
const COUNTRIES: Country[] = [
  { name: 'Kenya', adjective: 'Kenyan', capital: 'Nairobi', officials: [{ title: 'President', name: 'Daniel Kiptoo' }, { title: 'Foreign Minister', name: 'Grace Wanjiru' }, { title: 'Trade Minister', name: 'Peter Otieno' }] },
  { name: 'Ethiopia', adjective: 'Ethiopian', capital: 'Addis Ababa', officials: [{ title: 'Prime Minister', name: 'Dawit Alemu' }, { title: 'Foreign Minister', name: 'Abebe Tessema' }, { title: 'Finance Minister', name: 'Hirut Bekele' }] },
  { name: 'Nigeria', adjective: 'Nigerian', capital: 'Abuja', officials: [{ title: 'President', name: 'Emeka Okafor' }, { title: 'Foreign Minister', name: 'Ngozi Adeyemi' }, { title: 'Defence Minister', name: 'Ibrahim Lawal' }] },
  { name: 'Ghana', adjective: 'Ghanaian', capital: 'Accra', officials: [{ title: 'President', name: 'Kwame Asante' }, { title: 'Foreign Minister', name: 'Akosua Mensah' }, { title: 'Trade Minister', name: 'Yaw Boateng' }] },
  { name: 'Egypt', adjective: 'Egyptian', capital: 'Cairo', officials: [{ title: 'President', name: 'Tarek Mansour' }, { title: 'Foreign Minister', name: 'Hisham Fawzy' }, { title: 'Defence Minister', name: 'Amr Saleh' }] },
  { name: 'Turkey', adjective: 'Turkish', capital: 'Ankara', officials: [{ title: 'President', name: 'Kemal Aydin' }, { title: 'Foreign Minister', name: 'Selin Arslan' }, { title: 'Defence Minister', name: 'Murat Kaya' }] },
  { name: 'Greece', adjective: 'Greek', capital: 'Athens', officials: [{ title: 'Prime Minister', name: 'Nikos Petrou' }, { title: 'Foreign Minister', name: 'Eleni Markou' }, { title: 'Defence Minister', name: 'Yannis Doukas' }] },
  { name: 'Japan', adjective: 'Japanese', capital: 'Tokyo', officials: [{ title: 'Prime Minister', name: 'Haruto Morita' }, { title: 'Foreign Minister', name: 'Yuko Sakamoto' }, { title: 'Trade Minister', name: 'Kenji Hayashi' }] },
  { name: 'Vietnam', adjective: 'Vietnamese', capital: 'Hanoi', officials: [{ title: 'Prime Minister', name: 'Tran Van Minh' }, { title: 'Foreign Minister', name: 'Nguyen Thi Lan' }, { title: 'Trade Minister', name: 'Le Quang Huy' }] },
  { name: 'the Philippines', adjective: 'Philippine', capital: 'Manila', officials: [{ title: 'President', name: 'Ramon Villanueva' }, { title: 'Foreign Secretary', name: 'Maria Santos' }, { title: 'Defence Secretary', name: 'Jose Bautista' }] },
  { name: 'Indonesia', adjective: 'Indonesian', capital: 'Jakarta', officials: [{ title: 'President', name: 'Bambang Wirawan' }, { title: 'Foreign Minister', name: 'Dewi Kartika' }, { title: 'Trade Minister', name: 'Agus Prasetyo' }] },
  { name: 'Brazil', adjective: 'Brazilian', capital: 'Brasilia', officials: [{ title: 'President', name: 'Renata Albuquerque' }, { title: 'Foreign Minister', name: 'Paulo Ribeiro' }, { title: 'Trade Minister', name: 'Lucas Moreira' }] },
  { name: 'Argentina', adjective: 'Argentine', capital: 'Buenos Aires', officials: [{ title: 'President', name: 'Martin Ferreyra' }, { title: 'Foreign Minister', name: 'Sofia Quiroga' }, { title: 'Economy Minister', name: 'Diego Paredes' }] },
  { name: 'India', adjective: 'Indian', capital: 'New Delhi', officials: [{ title: 'Prime Minister', name: 'Rajesh Malhotra' }, { title: 'External Affairs Minister', name: 'Anil Mehra' }, { title: 'Defence Minister', name: 'Arjun Rao' }] },
  { name: 'Bangladesh', adjective: 'Bangladeshi', capital: 'Dhaka', officials: [{ title: 'Prime Minister', name: 'Farida Rahman' }, { title: 'Foreign Minister', name: 'Tanvir Hossain' }, { title: 'Commerce Minister', name: 'Nasima Akter' }] },
  { name: 'Poland', adjective: 'Polish', capital: 'Warsaw', officials: [{ title: 'Prime Minister', name: 'Tomasz Zielinski' }, { title: 'Foreign Minister', name: 'Anna Nowicka' }, { title: 'Defence Minister', name: 'Piotr Wrobel' }] },
  { name: 'Germany', adjective: 'German', capital: 'Berlin', officials: [{ title: 'Chancellor', name: 'Markus Feldmann' }, { title: 'Foreign Minister', name: 'Katrin Vogel' }, { title: 'Economy Minister', name: 'Jonas Richter' }] },
  { name: 'Morocco', adjective: 'Moroccan', capital: 'Rabat', officials: [{ title: 'Prime Minister', name: 'Karim Tazi' }, { title: 'Foreign Minister', name: 'Youssef Bennani' }, { title: 'Trade Minister', name: 'Salma Idrissi' }] },
];

/** The year the stories are published in. */
const YEAR = 2025;
const WIRE = 'Dyad Wire';
const OUTLETS = ['Coastal Post', 'Highland Herald', 'Daily Meridian', 'Evening Ledger', 'Lakeside Times', 'Northern Courier'];
const REPORTERS = ['Amina Otieno', 'Paul Grant', 'Leila Haddad', 'Tomas Lindqvist', 'Priya Nair', 'Carlos Mendes', 'Hana Kobayashi', 'Samuel Adu'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PROJECTS = [
  'a railway linking the two capitals', 'a power line across the border', 'the expansion of a deep-water port', 'a fertiliser plant',
  'a gas pipeline', 'a network of grain silos', 'a solar farm near the border', 'a vaccine factory', 'a fibre-optic cable',
  'new coast guard vessels', 'a dam and irrigation scheme', 'a highway bridge over the border river',
];
/** What went wrong, in a sentence and in a headline: "the seizure of a cargo ship", "ship seizure". */
const GRIEVANCES: Array<[full: string, short: string]> = [
  ['the detention of two fishing crews', 'detained fishermen'], ['a shooting at a border post that killed a farmer', 'border shooting'],
  ['the expulsion of migrant workers', 'expulsions'], ['a dispute over water from a shared river', 'river water'],
  ['the seizure of a cargo ship', 'ship seizure'], ['the arrest of an opposition journalist', 'journalist arrest'],
  ['a ban on imports of poultry and eggs', 'poultry ban'], ['drone flights over a military base', 'drone flights'],
  ['the jailing of a dual national', 'jailed citizen'], ['a cyber attack on the central bank', 'bank hack'],
  ['new tariffs on steel and cement', 'steel tariffs'], ['the closure of a land crossing', 'border closure'],
];

type Rng = () => number;

/** mulberry32: a small seeded PRNG, so the same seed gives the same articles everywhere. */
function seededRandom(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const between = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));

/** Everything a template may name; one per original story. */
interface Story {
  a: Country;
  b: Country;
  leader: Official; // of a
  counterpart: Official; // of b
  when: string; // "on Tuesday", "on March 3", "last week"
  amount: string; // "$250 million"
  project: string;
  grievance: string;
  grievanceShort: string; // for headlines
  count: number; // 12–480, which templates turn into sizes, durations and years
  nextMonth: string;
}

type Template = (s: Story) => string;

const who = (c: Country, o: Official): string => `${c.adjective} ${o.title} ${o.name}`;
const surname = (o: Official): string => o.name.split(' ').at(-1)!;
const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Per event kind: headlines, lead sentences (each codes an event between a and b), details and quotes. */
interface Kind {
  headlines: Template[];
  leads: Template[];
  details: Template[];
  quotes: Template[];
}

const KINDS: Kind[] = [
  {
    headlines: [(s) => `${cap(s.a.name)}, ${s.b.name} hold talks on ${s.project.replace(/^(a|an|the) /, '')}`, (s) => `${s.a.adjective} and ${s.b.adjective} officials meet as ties warm`],
    leads: [
      (s) => `${who(s.a, s.leader)} held talks with ${who(s.b, s.counterpart)} in ${s.a.capital} ${s.when}, focusing on ${s.project} and on trade across their shared markets.`,
      (s) => `${who(s.a, s.leader)} met ${who(s.b, s.counterpart)} in ${s.a.capital} ${s.when} to discuss financing for ${s.project}.`,
    ],
    details: [
      (s) => `The meeting lasted about ${s.count % 50 + 10} minutes longer than planned, according to a member of the ${s.a.adjective} delegation.`,
      (s) => `Officials from both sides said a working group would draw up a timetable for ${s.project} before the end of ${s.nextMonth}.`,
      (s) => `${surname(s.counterpart)} also met business leaders and toured an industrial zone on the outskirts of ${s.a.capital}.`,
    ],
    quotes: [
      (s) => `"We have agreed to move from words to projects," ${surname(s.leader)} told reporters after the meeting.`,
      (s) => `"Our neighbours should see us as partners, not rivals," ${surname(s.counterpart)} said at a joint news conference.`,
    ],
  },
  {
    headlines: [(s) => `${s.a.adjective} ${s.leader.title.toLowerCase()} phones ${s.b.adjective} counterpart over ${s.grievanceShort}`, (s) => `${cap(s.a.name)} and ${s.b.name} leaders speak by phone`],
    leads: [
      (s) => `${who(s.a, s.leader)} spoke by phone with ${who(s.b, s.counterpart)} ${s.when} about ${s.grievance}, the ${s.a.adjective} government said in a statement.`,
      (s) => `${who(s.a, s.leader)} held a telephone call with ${who(s.b, s.counterpart)} ${s.when}, the first contact between the two governments since ${s.grievance}.`,
    ],
    details: [
      (s) => `The call lasted around ${s.count} minutes, a spokesperson in ${s.a.capital} said, without giving further details.`,
      (s) => `The two sides agreed to keep channels open and to ask their deputies to meet in ${s.nextMonth}.`,
      (s) => `An aide said ${surname(s.leader)} raised ${s.grievance} and asked for a full account of what had happened.`,
    ],
    quotes: [
      (s) => `"It was a frank conversation, and frankness is what this moment needs," ${surname(s.leader)} wrote on social media afterwards.`,
      (s) => `"We want calm, and we said so clearly," a ${s.b.adjective} official said of the call.`,
    ],
  },
  {
    headlines: [(s) => `${s.a.adjective} ${s.leader.title.toLowerCase()} visits ${s.b.name} seeking funds for ${s.project.replace(/^(a|an|the) /, '')}`, (s) => `${surname(s.leader)} in ${s.b.capital} on first visit`],
    leads: [
      (s) => `${who(s.a, s.leader)} arrived in ${s.b.capital} ${s.when} for a ${['two', 'three', 'four'][s.count % 3]}-day visit aimed at securing support for ${s.project}.`,
      (s) => `${who(s.a, s.leader)} visited ${s.b.name} ${s.when}, the first trip there by a senior ${s.a.adjective} official in ${s.count % 9 + 2} years.`,
    ],
    details: [
      (s) => `${surname(s.leader)} was greeted at the airport by ${who(s.b, s.counterpart)} and a military honour guard.`,
      (s) => `The programme includes a visit to a university and a business forum attended by about ${s.count * 10} executives.`,
      (s) => `The visit had been postponed twice, most recently in ${s.nextMonth} of last year, because of ${s.grievance}.`,
    ],
    quotes: [
      (s) => `"I came here to listen as much as to talk," ${surname(s.leader)} said on arrival.`,
      (s) => `"Visits like this one remind us how much we have in common," ${surname(s.counterpart)} said at a state dinner.`,
    ],
  },
  {
    headlines: [(s) => `${cap(s.a.name)}, ${s.b.name} sign ${s.amount} deal for ${s.project.replace(/^(a|an|the) /, '')}`, (s) => `${s.b.adjective} and ${s.a.adjective} officials ink ${s.amount} accord`],
    leads: [
      (s) => `${cap(s.a.name)} and ${s.b.name} signed a ${s.amount} agreement ${s.when} to build ${s.project}, officials said.`,
      (s) => `${who(s.a, s.leader)} signed a memorandum of understanding with ${who(s.b, s.counterpart)} ${s.when} covering ${s.project}, worth ${s.amount}.`,
    ],
    details: [
      (s) => `Under the deal, ${s.b.name} will provide land and permits while ${s.a.name} arranges most of the ${s.amount} in financing.`,
      (s) => `Construction is due to start in ${s.nextMonth} and to take about ${s.count % 4 + 2} years, according to the signed text.`,
      (s) => `Opposition lawmakers in ${s.b.capital} questioned whether the terms of the ${s.amount} package had been made public in full.`,
    ],
    quotes: [
      (s) => `"This is the largest single project our two countries have ever undertaken together," ${surname(s.leader)} said at the signing.`,
      (s) => `"The money matters, but the jobs matter more," ${surname(s.counterpart)} told a news conference.`,
    ],
  },
  {
    headlines: [(s) => `${cap(s.a.name)} imposes sanctions on ${s.b.name} over ${s.grievanceShort}`, (s) => `${s.a.adjective} sanctions target ${s.b.adjective} officials`],
    leads: [
      (s) => `${cap(s.a.name)} imposed sanctions on ${s.b.name} ${s.when} over ${s.grievance}, freezing assets worth ${s.amount}.`,
      (s) => `The ${s.a.adjective} government imposed sanctions on ${s.count % 20 + 3} ${s.b.adjective} officials ${s.when} in response to ${s.grievance}.`,
    ],
    details: [
      (s) => `The measures bar the named officials from travelling to ${s.a.name} and freeze any property they hold there, the finance ministry said.`,
      (s) => `${s.b.capital} called the sanctions illegal and said it would respond, without saying how.`,
      (s) => `Exports from ${s.a.name} to ${s.b.name} are not affected for now, officials said, though further steps were not ruled out.`,
    ],
    quotes: [
      (s) => `"There must be a price for ${s.grievance}," ${surname(s.leader)} told parliament.`,
      (s) => `"These measures punish ordinary people and solve nothing," ${surname(s.counterpart)} said in ${s.b.capital}.`,
    ],
  },
  {
    headlines: [(s) => `Protesters rally outside ${s.b.adjective} embassy in ${s.a.capital}`, (s) => `Anger in ${s.a.name} over ${s.grievanceShort} spills onto streets`],
    leads: [
      (s) => `Hundreds of people protested outside the ${s.b.adjective} embassy in ${s.a.capital} ${s.when} against ${s.grievance}, chanting slogans and waving flags.`,
      (s) => `Thousands of ${s.a.adjective} students protested against ${s.b.name} ${s.when}, marching through central ${s.a.capital} over ${s.grievance}.`,
    ],
    details: [
      (s) => `Police said about ${(s.count * 20).toLocaleString('en-US')} people took part and that the protest ended peacefully by late afternoon.`,
      (s) => `Some demonstrators burned a ${s.b.adjective} flag before riot police moved them back from the embassy gates.`,
      (s) => `Organisers said they would return every week until ${s.b.capital} offered an apology.`,
    ],
    quotes: [
      (s) => `"We are here because our government has been too quiet," one protester, a ${s.count % 30 + 19}-year-old teacher, said.`,
      (s) => `"The right to protest is respected, but our diplomats must be safe," ${surname(s.counterpart)} said.`,
    ],
  },
  {
    headlines: [(s) => `${cap(s.a.name)} accuses ${s.b.name} over ${s.grievanceShort}`, (s) => `${s.a.adjective} ${s.leader.title.toLowerCase()} says ${s.b.adjective} agents behind incident`],
    leads: [
      (s) => `${who(s.a, s.leader)} accused ${s.b.name} ${s.when} of being behind ${s.grievance}, and demanded an explanation.`,
      (s) => `${who(s.a, s.leader)} accused ${s.b.adjective} security services ${s.when} of involvement in ${s.grievance}.`,
    ],
    details: [
      (s) => `${s.b.capital} denied the accusation and said ${s.a.name} had produced no evidence.`,
      (s) => `The ${s.a.adjective} foreign ministry said it had handed a note of protest to the ${s.b.adjective} ambassador.`,
      (s) => `The claim came ${s.count % 5 + 2} days after a parliamentary committee in ${s.a.capital} opened an inquiry into ${s.grievance}.`,
    ],
    quotes: [
      (s) => `"We know who did this, and so do they," ${surname(s.leader)} told state television.`,
      (s) => `"These are baseless claims made for a domestic audience," a ${s.b.adjective} spokesperson said.`,
    ],
  },
  {
    headlines: [(s) => `${cap(s.a.name)} condemns ${s.b.name} over ${s.grievanceShort}`, (s) => `${s.a.adjective} government denounces ${s.b.adjective} move`],
    leads: [
      (s) => `${cap(s.a.name)} condemned ${s.b.name} ${s.when} over ${s.grievance}, calling it a breach of international law.`,
      (s) => `${who(s.a, s.leader)} condemned ${s.b.name} ${s.when} for ${s.grievance} and summoned its ambassador.`,
    ],
    details: [
      (s) => `The statement was the strongest from ${s.a.capital} since relations were restored ${s.count % 12 + 2} years ago.`,
      (s) => `${s.b.adjective} officials said the criticism was based on a misunderstanding and offered to share information.`,
      (s) => `Regional diplomats said the row could delay ${s.project}, which both sides had backed.`,
    ],
    quotes: [
      (s) => `"What happened is unacceptable and will not be forgotten," ${surname(s.leader)} said.`,
      (s) => `"We regret the tone of this statement," ${surname(s.counterpart)} replied in a post on social media.`,
    ],
  },
  {
    headlines: [(s) => `${cap(s.a.name)} sends more troops to ${s.b.adjective} border`, (s) => `${s.a.adjective} forces build up near ${s.b.name} as tension rises`],
    leads: [
      (s) => `${cap(s.a.name)} deployed ${(s.count * 100).toLocaleString('en-US')} troops near the ${s.b.adjective} border ${s.when}, days after ${s.grievance}.`,
      (s) => `${cap(s.a.name)} deployed armoured units near the ${s.b.adjective} frontier ${s.when} following ${s.grievance}.`,
    ],
    details: [
      (s) => `${who(s.a, s.leader)} said the deployment was defensive and would last as long as needed.`,
      (s) => `Satellite images published by a private company showed armoured vehicles about ${s.count % 40 + 10} km from the frontier.`,
      (s) => `${s.b.capital} said it was watching the movements closely and had put its own units on alert.`,
    ],
    quotes: [
      (s) => `"We will not be caught unprepared again," ${surname(s.leader)} told soldiers at a base near the border.`,
      (s) => `"This build-up only makes a mistake more likely," ${surname(s.counterpart)} warned.`,
    ],
  },
  {
    headlines: [(s) => `${cap(s.a.name)} pledges ${s.amount} to ${s.b.name}`, (s) => `${s.a.adjective} aid package for ${s.b.name} to fund ${s.project.replace(/^(a|an|the) /, '')}`],
    leads: [
      (s) => `${cap(s.a.name)} pledged ${s.amount} in aid to ${s.b.name} ${s.when}, including money for ${s.project}.`,
      (s) => `${who(s.a, s.leader)} pledged ${s.amount} in aid to ${s.b.name} ${s.when} during a donor conference in ${s.a.capital}.`,
    ],
    details: [
      (s) => `About a third of the money will go to emergency food and medicine, the rest to ${s.project}.`,
      (s) => `${who(s.b, s.counterpart)} thanked ${s.a.name} and said the first payments were expected in ${s.nextMonth}.`,
      (s) => `Aid groups said the pledge fell short of the ${s.count % 8 + 2} billion dollars the United Nations says is needed.`,
    ],
    quotes: [
      (s) => `"Friends are measured by what they do in hard times," ${surname(s.leader)} said.`,
      (s) => `"Every dollar will be accounted for," ${surname(s.counterpart)} promised.`,
    ],
  },
];

/** Background and closing sentences any story may carry. */
const BACKGROUND: Template[] = [
  (s) => `Trade between ${s.a.name} and ${s.b.name} reached about ${s.count % 9 + 1}.${s.count % 10} billion dollars last year, according to official figures.`,
  (s) => `The two countries set up diplomatic relations in ${YEAR - 40 - (s.count % 20)} and have held regular consultations since ${YEAR - 10}.`,
  (s) => `Relations were strained in ${YEAR - 2}, when ${s.grievance} led both sides to recall their ambassadors for several months.`,
  (s) => `Analysts in ${s.a.capital} said the government wanted to show voters it could deliver results abroad before elections due in ${YEAR + 1}.`,
  (s) => `${cap(s.b.name)} is among the ten largest buyers of ${s.a.adjective} goods, mainly machinery, textiles and farm produce.`,
  (s) => `Officials in ${s.b.capital} did not immediately respond to a request for comment on ${s.grievance}.`,
  (s) => `Business groups in both countries have lobbied for years for ${s.project}, saying it would cut transport costs by up to ${s.count % 30 + 10} percent.`,
];
const CLOSINGS: Template[] = [
  (s) => `The two sides are expected to meet again in ${s.b.capital} in ${s.nextMonth}.`,
  (s) => `A follow-up meeting of officials is planned for ${s.nextMonth}, the ${s.a.adjective} foreign ministry said.`,
  (s) => `${surname(s.counterpart)} is due to travel to ${s.a.capital} later this year, according to diplomats.`,
  () => `Neither government gave a date for the next round of contacts.`,
];
const SIGN_OFFS = [
  (rng: Rng) => `Reporting by ${pick(rng, REPORTERS)}; Editing by ${pick(rng, REPORTERS)}`,
  (rng: Rng) => `(Reporting by ${pick(rng, REPORTERS)}; writing by ${pick(rng, REPORTERS)})`,
  () => `This story was first published by ${WIRE}.`,
];

const DAY = 86_400_000;
const YEAR_START = Date.UTC(YEAR, 0, 1);
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** `count` different items of a list, in random order. */
function pickDistinct<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const rest = [...list];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rng() * (rest.length - i));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return rest.slice(0, count);
}

/** When the lead says the event happened, never after `published`: "on Tuesday", "on March 3" or "last week". */
function eventWhen(rng: Rng, published: number): string {
  const style = rng();
  if (style < 0.55) return `on ${WEEKDAYS[new Date(published - between(rng, 1, 6) * DAY).getUTCDay()]}`;
  if (style < 0.85) {
    const day = new Date(published - between(rng, 0, 10) * DAY);
    return `on ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
  }
  return 'last week';
}

const amount = (rng: Rng): string => (rng() < 0.75 ? `$${between(rng, 3, 180) * 5} million` : `$${between(rng, 1, 9)}.${between(rng, 1, 9)} billion`);

/** An original story with what a copy needs to tweak it. */
interface Original {
  article: GeneratedArticle;
  headline: string;
}

/** A new story: two countries, an event kind, a date in 2025, and sentences drawn from the kind's templates. */
function writeOriginal(rng: Rng, id: string): Original {
  const [a, b] = pickDistinct(rng, COUNTRIES, 2) as [Country, Country];
  const published = YEAR_START + between(rng, 0, 364) * DAY;
  const grievance = pick(rng, GRIEVANCES);
  const month = new Date(published).getUTCMonth();
  const story: Story = {
    a,
    b,
    leader: pick(rng, a.officials),
    counterpart: pick(rng, b.officials),
    when: eventWhen(rng, published),
    amount: amount(rng),
    project: pick(rng, PROJECTS),
    grievance: grievance[0],
    grievanceShort: grievance[1],
    count: between(rng, 12, 480),
    nextMonth: MONTHS[(month + 1) % 12]!,
  };
  const kind = pick(rng, KINDS);
  const headline = pick(rng, kind.headlines)(story);
  const dateline = `${a.capital.toUpperCase()}, ${MONTHS[month]} ${new Date(published).getUTCDate()} (${WIRE}) – `;
  const [detail1, detail2, detail3] = pickDistinct(rng, kind.details, 3) as [Template, Template, Template];
  const [quote1, quote2] = pickDistinct(rng, kind.quotes, 2) as [Template, Template];
  const [background1, background2, background3] = pickDistinct(rng, BACKGROUND, 3) as [Template, Template, Template];
  const paragraphs = [
    dateline + pick(rng, kind.leads)(story),
    `${detail1(story)} ${quote1(story)}`,
    `${detail2(story)} ${quote2(story)}`,
    `${detail3(story)} ${background1(story)} ${background2(story)}`,
    `${background3(story)} ${pick(rng, CLOSINGS)(story)}`,
  ];
  const date = isoDate(published);
  const article = {
    id,
    text: [headline, ...paragraphs].join('\n\n'),
    published: date,
    source: WIRE,
    url: `https://dyadwire.example/${date.replaceAll('-', '/')}/${slug(headline)}-${id}`,
    copyOf: null,
  };
  return { article, headline };
}

/** How an outlet retitles a wire story it runs: "UPDATE 1-Kenya, Ethiopia hold talks …". */
const HEADLINE_TWEAKS = [(headline: string) => `UPDATE 1-${headline}`, (headline: string) => `${headline}, officials say`, (headline: string) => `${headline} - report`];

/** A syndicated copy: another outlet, maybe a day later, with a retitled headline, a sign-off line, or both. */
function writeCopy(rng: Rng, original: Original, id: string): GeneratedArticle {
  const edit = between(rng, 0, 2); // 0: headline, 1: sign-off, 2: both
  const headline = edit === 1 ? original.headline : pick(rng, HEADLINE_TWEAKS)(original.headline);
  let text = headline + original.article.text.slice(original.headline.length);
  if (edit !== 0) text += `\n\n${pick(rng, SIGN_OFFS)(rng)}`;
  const source = pick(rng, OUTLETS);
  const published = isoDate(Date.parse(original.article.published) + between(rng, 0, 1) * DAY);
  return { id, text, published, source, url: `https://${slug(source)}.example/${published.replaceAll('-', '/')}/${slug(headline)}`, copyOf: original.article.id };
}

/**
 * Deterministic wire-style articles for tests and benchmarks: one diplomatic or conflict event
 * between two countries each (talks, phone calls, visits, signed deals with amounts, sanctions,
 * protests, accusations, condemnations, troop deployments, aid pledges), with a headline, a
 * dateline, quotes and background in five paragraphs, published across 2025. A tenth of them
 * (rounded down) are syndicated copies of an earlier original (`copyOf`); the originals are not
 * near duplicates of each other. The same `count` and `seed` always give the same articles.
 * @example generateArticles(100).filter((article) => article.copyOf === null).length // 90
 */
export function generateArticles(count: number, seed = 1): GeneratedArticle[] {
  const rng = seededRandom(seed);
  const copyAt = new Set(pickDistinct(rng, Array.from({ length: Math.max(0, count - 1) }, (_, i) => i + 1), Math.floor(count / 10)));
  const originals: Original[] = [];
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const id = `gen-${String(i + 1).padStart(4, '0')}`;
    if (copyAt.has(i)) {
      articles.push(writeCopy(rng, pick(rng, originals), id));
    } else {
      const original = writeOriginal(rng, id);
      originals.push(original);
      articles.push(original.article);
    }
  }
  return articles;
}

/**
 * Writes articles as JSONL, one `{id, text, published, url, source}` object a line, for `dyad` and readJsonl.
 * @example writeArticlesJsonl(generateArticles(1000), '/tmp/articles.jsonl')
 */
export function writeArticlesJsonl(articles: readonly GeneratedArticle[], path: string): void {
  const lines = articles.map(({ id, text, published, url, source }) => JSON.stringify({ id, text, published, url, source }));
  writeFileSync(path, lines.length === 0 ? '' : `${lines.join('\n')}\n`);
}
