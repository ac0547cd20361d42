/**
 * Synthetic Parley bundles for the benchmark: any number of entities, about
 * three relations per entity, every entity type, realistic labels, aliases,
 * dates and evidence quotes — generated deterministically from a seed, so
 * nothing large is ever committed. Relations respect the vocabulary
 * (src/model/vocabulary.ts): each relation type only joins the entity types
 * it allows, so a generated bundle validates with zero problems.
 *
 * Pure: no Node or DOM imports (the harness writes the text to a file).
 */
import { MONTHS } from '../src/data/dates';
import { seededRandom } from '../src/cy/random';
import {
  AGREEMENT_KINDS,
  ENTITY_TYPES,
  MEETING_KINDS,
  DEFAULT_VOCABULARY,
  isEntityType,
  type EntityType,
  type RelationTypeId,
} from '../src/model';

export const DEFAULT_SEED = 20_240_917;

export interface SyntheticOptions {
  /** Number of entities (at least 7: one of each type). */
  entities: number;
  seed?: number;
  /** Average relations per entity (default 3). */
  relationsPerEntity?: number;
}

type DateSpec = { precision: 'day' | 'month' | 'year' | 'unknown'; value?: string; note?: string };

export interface SyntheticEntity {
  id: string;
  type: EntityType;
  label: string;
  aliases: string[];
  description: string;
  kind?: string;
  date?: DateSpec;
  number?: number;
  note?: string;
}

export interface SyntheticRelation {
  id: string;
  type: RelationTypeId;
  source: string;
  target: string;
  date?: DateSpec;
  at?: string;
  by?: string[];
  on_behalf_of?: string[];
  qualifiers?: Record<string, string>;
  note?: string;
  evidence: { source: string; quote: string }[];
}

export interface SyntheticSource {
  id: string;
  title: string;
  publisher?: string;
  published?: string;
  language: string;
  file: string;
}

/** A bundle in Parley's own format (`parley-bundle`, version 1). */
export interface SyntheticBundle {
  format: 'parley-bundle';
  version: 1;
  title: string;
  sources: SyntheticSource[];
  entities: SyntheticEntity[];
  relations: SyntheticRelation[];
}

/** Share of each entity type (countries are capped: the world has only so many). */
const TYPE_SHARE: Record<EntityType, number> = {
  person: 0.24,
  meeting: 0.2,
  agreement: 0.12,
  topic: 0.2,
  organization: 0.12,
  country: 0.03,
  place: 0.09,
};
const MAX_COUNTRIES = 200;
/** Entities per community: relations mostly stay inside one, as real dossiers do. */
const COMMUNITY_SIZE = 40;
const LOCAL_SHARE = 0.85;
const PREFERENTIAL_SHARE = 0.3;

const RELATION_WEIGHT: Record<RelationTypeId, number> = {
  co_chaired: 3,
  attended: 8,
  met_with: 6,
  held_in: 5,
  hosted: 3,
  part_of: 4,
  located_in: 3,
  follows: 3,
  holds_role: 6,
  discussed: 10,
  agreed: 6,
  reaffirmed: 4,
  supports: 4,
  committed_to: 3,
  values: 2,
  welcomed: 3,
  praised: 2,
  called_for: 3,
  thanked: 1,
  greeted: 1,
  invited: 1,
  visited: 2,
  implements: 2,
  reviewed: 2,
  signed: 3,
  established: 2,
  marks: 1,
  concerns: 4,
  member_of: 3,
  related_to: 1,
  // Added with the 2026-12 corrections; weight 0 keeps the generated bundles as they were.
  after: 0,
  cooperates_with: 0,
  celebrates: 0,
};

// --- word lists -------------------------------------------------------------

const VN_FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Hà',
];
const VN_MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Kim', 'Thanh', 'Quốc', 'Hữu', 'Xuân', 'Ngọc'];
const VN_GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hùng',
  'Hương',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Ngọc',
  'Phong',
  'Phương',
  'Quang',
  'Sơn',
  'Thảo',
  'Trung',
  'Tuấn',
  'Việt',
  'Yến',
  'Khánh',
  'Thắng',
];
const EN_FIRST = [
  'Antony',
  'Jessica',
  'Bonnie',
  'Michael',
  'Sarah',
  'David',
  'Emily',
  'James',
  'Laura',
  'Robert',
  'Karen',
  'Daniel',
  'Rachel',
  'Thomas',
  'Alice',
  'Mark',
  'Hiroshi',
  'Yuki',
  'Priya',
  'Arjun',
  'Claire',
  'Pierre',
  'Ingrid',
  'Marta',
  'Siti',
  'Joko',
  'Somchai',
  'Maria',
  'Kwame',
  'Olga',
];
const EN_LAST = [
  'Blinken',
  'Lewis',
  'Jenkins',
  'Thompson',
  'Carter',
  'Walker',
  'Hughes',
  'Bennett',
  'Foster',
  'Graham',
  'Hayes',
  'Morgan',
  'Price',
  'Reed',
  'Sullivan',
  'Tanaka',
  'Sato',
  'Sharma',
  'Iyer',
  'Dubois',
  'Lefèvre',
  'Lindqvist',
  'Kowalska',
  'Rahman',
  'Widodo',
  'Srisai',
  'Santos',
  'Mensah',
  'Petrova',
  'O’Brien',
];
const ROLES = [
  'Deputy Minister of Foreign Affairs',
  'Ambassador',
  'Assistant Secretary of State',
  'Director-General',
  'Senior Colonel',
  'Spokesperson',
  'Under Secretary',
  'Chairman',
  'Deputy Prime Minister',
  'Permanent Secretary',
  'Special Envoy',
  'Chief of Staff',
];
const COUNTRIES = [
  'Vietnam',
  'United States',
  'Japan',
  'Republic of Korea',
  'China',
  'India',
  'Australia',
  'New Zealand',
  'Indonesia',
  'Philippines',
  'Thailand',
  'Malaysia',
  'Singapore',
  'Cambodia',
  'Laos',
  'Myanmar',
  'Brunei',
  'Timor-Leste',
  'France',
  'Germany',
  'United Kingdom',
  'Italy',
  'Spain',
  'Netherlands',
  'Belgium',
  'Sweden',
  'Norway',
  'Finland',
  'Denmark',
  'Poland',
  'Czech Republic',
  'Hungary',
  'Russia',
  'Ukraine',
  'Türkiye',
  'Israel',
  'Egypt',
  'Saudi Arabia',
  'United Arab Emirates',
  'Qatar',
  'Iran',
  'Pakistan',
  'Bangladesh',
  'Sri Lanka',
  'Nepal',
  'Mongolia',
  'Kazakhstan',
  'Canada',
  'Mexico',
  'Brazil',
  'Argentina',
  'Chile',
  'Peru',
  'Colombia',
  'Cuba',
  'South Africa',
  'Nigeria',
  'Kenya',
  'Ethiopia',
  'Morocco',
  'Algeria',
  'Ghana',
  'Côte d’Ivoire',
  'Senegal',
  'Tanzania',
  'Mozambique',
  'Angola',
  'Portugal',
  'Greece',
  'Austria',
  'Switzerland',
  'Ireland',
  'Romania',
  'Bulgaria',
  'Serbia',
  'Croatia',
  'Slovakia',
  'Slovenia',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Belarus',
  'Georgia',
  'Armenia',
  'Azerbaijan',
  'Uzbekistan',
  'Papua New Guinea',
  'Fiji',
  'Democratic People’s Republic of Korea',
];
const SYLLABLES = [
  'val',
  'dor',
  'ia',
  'mar',
  'ten',
  'lo',
  'sar',
  'kan',
  'ri',
  'ost',
  'bel',
  'an',
  'mor',
  'tis',
  'qua',
  'len',
  'vor',
  'ul',
  'ca',
  'nes',
];
const CITIES = [
  'Hanoi',
  'Ho Chi Minh City',
  'Da Nang',
  'Hai Phong',
  'Can Tho',
  'Huế',
  'Nha Trang',
  'Quảng Ninh',
  'Washington DC',
  'New York',
  'San Francisco',
  'Honolulu',
  'Tokyo',
  'Osaka',
  'Seoul',
  'Busan',
  'Beijing',
  'Shanghai',
  'Singapore',
  'Jakarta',
  'Manila',
  'Bangkok',
  'Kuala Lumpur',
  'Phnom Penh',
  'Vientiane',
  'Yangon',
  'New Delhi',
  'Mumbai',
  'Canberra',
  'Sydney',
  'Wellington',
  'Paris',
  'Berlin',
  'London',
  'Brussels',
  'Geneva',
  'Vienna',
  'Moscow',
  'Ottawa',
  'Mexico City',
  'Brasília',
  'Buenos Aires',
  'Pretoria',
  'Nairobi',
  'Cairo',
  'Riyadh',
  'Doha',
  'Dubai',
  'Istanbul',
  'Rome',
];
const PLACE_FORMS: [string, string][] = [
  ['{city}', 'city'],
  ['{city} International Airport', 'airport'],
  ['Port of {city}', 'port'],
  ['{city} Industrial Park', 'industrial park'],
  ['{city} Province', 'province'],
  ['Greater {city} region', 'region'],
];
const SEAS = [
  'East Sea',
  'Indian Ocean',
  'Pacific Ocean',
  'Mekong River',
  'Gulf of Thailand',
  'Strait of Malacca',
  'Korean Peninsula',
  'Indo-Pacific',
  'Asia-Pacific',
  'Mekong Delta',
  'Central Highlands',
];
const DOMAINS = [
  'Foreign Affairs',
  'National Defence',
  'Public Security',
  'Trade',
  'Industry and Trade',
  'Finance',
  'Planning and Investment',
  'Education and Training',
  'Health',
  'Science and Technology',
  'Natural Resources and Environment',
  'Agriculture',
  'Transport',
  'Justice',
  'Information and Communications',
  'Labour',
  'Culture',
  'Home Affairs',
  'Energy',
];
const ORG_FORMS: [string, string][] = [
  ['Ministry of {domain} ({country})', 'ministry'],
  ['{country} Department of {domain}', 'department'],
  ['{country} Agency for {domain}', 'agency'],
  ['{country} Council on {domain}', 'council'],
  ['National Assembly Committee on {domain} ({country})', 'legislature'],
  ['{country} Chamber of Commerce', 'business group'],
  ['{country}–{country2} Business Council', 'business group'],
  ['{country} Institute for {domain} Studies', 'think tank'],
];
const TOPIC_ADJ = [
  'Maritime',
  'Digital',
  'Regional',
  'Cyber',
  'Nuclear',
  'Energy',
  'Climate',
  'Trade',
  'Investment',
  'Education',
  'Health',
  'Humanitarian',
  'Defence',
  'Security',
  'Semiconductor',
  'Agricultural',
  'Financial',
  'Judicial',
  'Environmental',
  'Cultural',
  'Scientific',
  'Space',
  'Supply-chain',
  'Labour',
  'Infrastructure',
];
const TOPIC_NOUN = [
  'cooperation',
  'security',
  'resilience',
  'transition',
  'governance',
  'exchanges',
  'partnership',
  'capacity building',
  'standards',
  'dialogue',
  'reform',
  'connectivity',
  'innovation',
  'assistance',
  'training',
];
const TOPIC_SCOPE = [
  '',
  ' in the Mekong sub-region',
  ' for small and medium enterprises',
  ' in the East Sea',
  ' under the UN Charter',
  ' between provinces and states',
  ' for young people',
  ' in the Indo-Pacific',
  ' after the pandemic',
  ' through public–private partnership',
  ' on war legacy issues',
];
const SERIES = [
  'Political, Security and Defence Dialogue',
  'Foreign Ministers’ Dialogue',
  'Defence Policy Dialogue',
  'Human Rights Dialogue',
  'Economic Dialogue',
  'Trade and Investment Council',
  'Joint Committee on Science and Technology',
  'Strategic Dialogue',
  'Consultations on Maritime Affairs',
  'Deputy Ministerial Consultation',
];
const AGREEMENT_FORMS: Record<(typeof AGREEMENT_KINDS)[number], string> = {
  joint_statement: '{a}–{b} Joint Statement on {topic}',
  memorandum: 'Memorandum of Understanding on {topic} between {a} and {b}',
  joint_vision_statement: '{a}–{b} Joint Vision Statement',
  convention: 'Convention on {topic}',
  charter: 'Charter of the {a}–{b} partnership',
  declaration: 'Declaration on {topic}',
  code_of_conduct: 'Code of Conduct on {topic}',
  partnership_framework: '{a}–{b} Comprehensive Partnership framework',
  anniversary: '{n}th anniversary of {a}–{b} diplomatic relations',
  commitment: 'Commitment to {topic}',
  other: '{a}–{b} Action Plan on {topic}',
};
const PUBLISHERS = [
  'VietnamPlus',
  'Vietnam News Agency',
  'Ministry of Foreign Affairs',
  'US Department of State',
  'Nhân Dân',
  'Tuổi Trẻ',
  'Asia Wire',
  'The Diplomat Review',
];
const CLAUSES = [
  '',
  ', according to the joint press release',
  ' on the sidelines of the talks',
  ', the two sides said',
  ' during the plenary session',
  ', as stated in the closing remarks',
  ' at the press conference that followed',
  ', officials confirmed',
];

// --- helpers ----------------------------------------------------------------

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  float(): number {
    return this.next();
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('bench/synthetic: pick from an empty list');
    return item;
  }
  weighted<T>(items: readonly T[], weight: (t: T) => number): T {
    let total = 0;
    for (const t of items) total += weight(t);
    let r = this.next() * total;
    for (const t of items) {
      r -= weight(t);
      if (r < 0) return t;
    }
    return this.pick(items);
  }
}

/** Lowercase ASCII slug, diacritics folded, at most `max` characters, valid as a Parley id. */
export function slugify(s: string, max = 40): string {
  const slug = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'x';
  const cut = slug.slice(0, max);
  const i = cut.lastIndexOf('-');
  return (i > 8 ? cut.slice(0, i) : cut).replace(/-+$/g, '') || 'x';
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/Đ/g, 'D');
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => values[k] ?? k);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function randomDate(rng: Rng, precision: 'day' | 'month' | 'year'): string {
  const y = 1995 + rng.int(30);
  if (precision === 'year') return String(y);
  const m = pad(1 + rng.int(12), 2);
  if (precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${pad(1 + rng.int(28), 2)}`;
}

function formatDate(d: DateSpec): string {
  if (!d.value) return 'on an unknown date';
  const [y, m, day] = d.value.split('-').map(Number);
  if (m === undefined) return `in ${y}`;
  const month = MONTHS[m - 1] ?? '';
  return day === undefined ? `in ${month} ${y}` : `on ${day} ${month} ${y}`;
}

function countsFor(n: number): Record<EntityType, number> {
  if (!Number.isInteger(n) || n < ENTITY_TYPES.length) {
    throw new Error(`bench/synthetic: need at least ${ENTITY_TYPES.length} entities, got ${n}`);
  }
  const counts = {} as Record<EntityType, number>;
  let used = 0;
  for (const t of ENTITY_TYPES) {
    let c = Math.max(1, Math.floor(n * TYPE_SHARE[t]));
    if (t === 'country') c = Math.min(c, MAX_COUNTRIES);
    counts[t] = c;
    used += c;
  }
  // What rounding (and the country cap) left over goes to people and topics.
  let rest = n - used;
  while (rest > 0) {
    counts[rest % 2 ? 'person' : 'topic']++;
    rest--;
  }
  while (rest < 0) {
    const t = ENTITY_TYPES.reduce((a, b) => (counts[a] >= counts[b] ? a : b));
    counts[t]--;
    rest++;
  }
  return counts;
}

// --- the generator ----------------------------------------------------------

/**
 * A bundle of `entities` entities and about `relationsPerEntity` relations
 * per entity. The same options always give the same bundle (and the same
 * JSON text from {@link bundleText}).
 */
export function generateBundle(options: SyntheticOptions): SyntheticBundle {
  const n = options.entities;
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = new Rng(seed ^ Math.imul(n, 0x9e3779b1));
  const counts = countsFor(n);
  const communities = Math.max(1, Math.round(n / COMMUNITY_SIZE));

  // Sources: one per 25 entities, at least three.
  const sources: SyntheticSource[] = [];
  const sourceCount = Math.max(3, Math.ceil(n / 25));
  for (let i = 0; i < sourceCount; i++) {
    const publisher = rng.pick(PUBLISHERS);
    const subject = `${rng.pick(TOPIC_ADJ)} ${rng.pick(TOPIC_NOUN)}`;
    const title = `${rng.pick(COUNTRIES)} and ${rng.pick(COUNTRIES)} discuss ${subject.toLowerCase()}`;
    const src: SyntheticSource = {
      id: `s${pad(i, 5)}-${slugify(title, 32)}`,
      title,
      language: rng.chance(0.9) ? 'en' : 'vi',
      file: `${pad(i, 5)}_${(rng.int(0xffffffff) >>> 0).toString(16).padStart(8, '0')}.txt`,
    };
    if (rng.chance(0.8)) src.publisher = publisher;
    if (rng.chance(0.85)) src.published = randomDate(rng, rng.chance(0.8) ? 'day' : 'month');
    sources.push(src);
  }

  const countryNames: string[] = [];
  for (let i = 0; i < counts.country; i++) {
    if (i < COUNTRIES.length) countryNames.push(COUNTRIES[i] as string);
    else {
      const parts = 2 + rng.int(2);
      let name = '';
      for (let p = 0; p < parts; p++) name += rng.pick(SYLLABLES);
      countryNames.push(`Republic of ${name[0]?.toUpperCase()}${name.slice(1)}`);
    }
  }
  const anyCountry = () => (rng.chance(0.7) ? rng.pick(countryNames) : rng.pick(COUNTRIES));
  const twoCountries = (): [string, string] => {
    const a = anyCountry();
    let b = anyCountry();
    for (let i = 0; i < 4 && b === a; i++) b = anyCountry();
    return [a, b === a ? (a === 'Vietnam' ? 'United States' : 'Vietnam') : b];
  };

  const used = new Set<string>();
  const unique = (make: () => string): string => {
    let label = make();
    for (let i = 0; i < 6 && used.has(label); i++) label = make();
    if (used.has(label)) {
      const base = label;
      for (let k = 2; used.has(label); k++) label = `${base} (${k})`;
    }
    used.add(label);
    return label;
  };

  const entities: SyntheticEntity[] = [];
  const community: number[] = [];
  const add = (e: Omit<SyntheticEntity, 'id'>) => {
    const id = `${slugify(e.label, 36)}-${entities.length}`;
    entities.push({ id, ...e });
    community.push(rng.int(communities));
  };

  for (let i = 0; i < counts.person; i++) {
    const vietnamese = rng.chance(0.5);
    let given = '';
    let family = '';
    const label = unique(() => {
      if (vietnamese) {
        family = rng.pick(VN_FAMILY);
        given = rng.pick(VN_GIVEN);
        return `${family} ${rng.pick(VN_MIDDLE)} ${given}`;
      }
      given = rng.pick(EN_FIRST);
      family = rng.pick(EN_LAST);
      return `${given} ${family}`;
    });
    const aliases = [vietnamese ? given : family];
    if (fold(label) !== label && rng.chance(0.6)) aliases.push(fold(label));
    const role = rng.pick(ROLES);
    add({
      type: 'person',
      label,
      aliases,
      description: `${role} of ${anyCountry()}, quoted in reports on ${rng.pick(SERIES).toLowerCase()} rounds.`,
      ...(rng.chance(0.05) ? { note: 'The sources give different titles for this person.' } : {}),
    });
  }

  for (let i = 0; i < counts.meeting; i++) {
    const numbered = rng.chance(0.65);
    const precision = rng.weighted(['day', 'month', 'year', 'unknown'] as const, (p) =>
      p === 'day' ? 60 : p === 'month' ? 20 : p === 'year' ? 15 : 5,
    );
    const date: DateSpec =
      precision === 'unknown'
        ? { precision, note: 'The sources do not say when it took place.' }
        : { precision, value: randomDate(rng, precision) };
    const year = date.value?.slice(0, 4) ?? 'date unknown';
    const [a, b] = twoCountries();
    const series = rng.pick(SERIES);
    let number: number | undefined;
    let kind: (typeof MEETING_KINDS)[number] = 'other';
    const label = unique(() => {
      if (numbered) {
        number = 1 + rng.int(30);
        kind = rng.chance(0.8) ? 'dialogue' : 'mechanism';
        return `${ordinal(number)} ${a}–${b} ${series} (${year})`;
      }
      kind = rng.pick(MEETING_KINDS.filter((k) => k !== 'dialogue' && k !== 'mechanism'));
      switch (kind) {
        case 'visit':
          return `State visit of the ${a} leader to ${b} (${year})`;
        case 'phone_talks':
          return `Phone talks between the ${a} and ${b} foreign ministers (${year})`;
        case 'summit':
          return `${a}–${b} summit on ${rng.pick(TOPIC_ADJ).toLowerCase()} ${rng.pick(TOPIC_NOUN)} (${year})`;
        case 'sideline_meeting':
          return `${a}–${b} meeting on the sidelines of the ${rng.pick(SERIES)} (${year})`;
        case 'upgrade':
          return `Upgrade of ${a}–${b} relations (${year})`;
        case 'planned':
          return `Planned ${a}–${b} ${rng.pick(SERIES)}`;
        default:
          return `${a}–${b} talks in ${rng.pick(CITIES)} (${year})`;
      }
    });
    add({
      type: 'meeting',
      label,
      aliases: numbered ? [`${ordinal(number ?? 1)} ${series.toLowerCase()}`] : [],
      description: `A ${kind.replace('_', ' ')} between ${a} and ${b}; the synthetic reports cover its agenda and outcomes.`,
      kind,
      date,
      ...(numbered && number !== undefined ? { number } : {}),
    });
  }

  for (let i = 0; i < counts.agreement; i++) {
    const kind = rng.pick(AGREEMENT_KINDS);
    const [a, b] = twoCountries();
    const dated = rng.chance(0.7);
    const date: DateSpec | undefined = dated
      ? { precision: rng.chance(0.6) ? 'day' : 'year', value: '' }
      : undefined;
    if (date) date.value = randomDate(rng, date.precision as 'day' | 'year');
    const label = unique(() => {
      const base = fill(AGREEMENT_FORMS[kind], {
        a,
        b,
        n: String(5 * (1 + rng.int(15))),
        topic: `${rng.pick(TOPIC_ADJ).toLowerCase()} ${rng.pick(TOPIC_NOUN)}`,
      });
      return date?.value ? `${base} (${date.value.slice(0, 4)})` : base;
    });
    add({
      type: 'agreement',
      label,
      aliases: rng.chance(0.5)
        ? [label.replace(/\s*\(\d{4}\)$/, '').split(' on ')[0] ?? label]
        : [],
      description: `A ${kind.replace(/_/g, ' ')} between ${a} and ${b}.`,
      kind,
      ...(date ? { date } : {}),
    });
  }

  for (let i = 0; i < counts.topic; i++) {
    const label = unique(
      () =>
        `${rng.pick(TOPIC_ADJ)} ${rng.pick(TOPIC_NOUN)}${rng.chance(0.6) ? '' : rng.pick(TOPIC_SCOPE)}`,
    );
    add({
      type: 'topic',
      label,
      aliases: rng.chance(0.3) ? [label.toLowerCase()] : [],
      description: `An area of cooperation raised in the synthetic reports: ${label.toLowerCase()}.`,
    });
  }

  for (let i = 0; i < counts.organization; i++) {
    let kind = '';
    const label = unique(() => {
      const [form, k] = rng.pick(ORG_FORMS);
      kind = k;
      return fill(form, {
        domain: rng.pick(DOMAINS),
        country: anyCountry(),
        country2: anyCountry(),
      });
    });
    const initials = label
      .split(/[\s–()]+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('');
    add({
      type: 'organization',
      label,
      aliases: initials.length >= 2 && rng.chance(0.6) ? [initials] : [],
      description: `A ${kind} that appears in the synthetic reports.`,
      ...(rng.chance(0.9) ? { kind } : {}),
    });
  }

  for (let i = 0; i < counts.country; i++) {
    const label = unique(() => countryNames[i] ?? `Country ${i}`);
    add({
      type: 'country',
      label,
      aliases: label.includes(' ')
        ? [
            label
              .split(' ')
              .map((w) => w[0])
              .join(''),
          ]
        : [],
      description: `${label}, a party to several of the synthetic dialogues.`,
    });
  }

  for (let i = 0; i < counts.place; i++) {
    let kind = '';
    const label = unique(() => {
      if (rng.chance(0.08)) {
        kind = 'region';
        return rng.pick(SEAS);
      }
      const [form, k] = rng.pick(PLACE_FORMS);
      kind = k;
      return fill(form, { city: rng.pick(CITIES) });
    });
    add({
      type: 'place',
      label,
      aliases: fold(label) !== label ? [fold(label)] : [],
      description: `A ${kind} mentioned as a venue or subject in the synthetic reports.`,
      kind,
    });
  }

  // Indexes for picking endpoints: by type, by community and type, and a
  // list of endpoint occurrences per type for preferential attachment.
  const byType = new Map<EntityType, number[]>(ENTITY_TYPES.map((t) => [t, []]));
  const byCommunity = new Map<string, number[]>();
  const hits = new Map<EntityType, number[]>(ENTITY_TYPES.map((t) => [t, []]));
  entities.forEach((e, i) => {
    byType.get(e.type)!.push(i);
    const key = `${community[i]}:${e.type}`;
    let list = byCommunity.get(key);
    if (!list) byCommunity.set(key, (list = []));
    list.push(i);
  });

  const chooseSource = (types: readonly EntityType[]): number => {
    const type = rng.weighted(types, (t) => counts[t]);
    const pref = hits.get(type)!;
    if (pref.length > 0 && rng.chance(PREFERENTIAL_SHARE)) return rng.pick(pref);
    return rng.pick(byType.get(type)!);
  };
  const chooseTarget = (types: readonly EntityType[], near: number): number => {
    const type = rng.weighted(types, (t) => counts[t]);
    const local = byCommunity.get(`${community[near]}:${type}`);
    if (local && local.length > 0 && rng.chance(LOCAL_SHARE)) return rng.pick(local);
    const pref = hits.get(type)!;
    if (pref.length > 0 && rng.chance(PREFERENTIAL_SHARE)) return rng.pick(pref);
    return rng.pick(byType.get(type)!);
  };

  // Statements follow the convention (graph-data/README.md): a meeting, the side(s), the speaker.
  const countryIds = (byType.get('country') ?? []).map((i) => entities[i]!.id);
  const sideIds = [
    ...countryIds,
    ...(byType.get('organization') ?? []).map((i) => entities[i]!.id),
  ];
  const meetingIds = (byType.get('meeting') ?? []).map((i) => entities[i]!.id);
  const statementFields = (
    type: RelationTypeId,
    src: SyntheticEntity,
    ti: number,
  ): Pick<SyntheticRelation, 'at' | 'by' | 'on_behalf_of'> => {
    if (type === 'co_chaired' || type === 'attended')
      return countryIds.length ? { on_behalf_of: [rng.pick(countryIds)] } : {};
    if (!DEFAULT_VOCABULARY.isStatementType(type) || !meetingIds.length || !countryIds.length)
      return {};
    const at =
      src.type === 'meeting'
        ? src.id
        : entities[ti]!.type === 'meeting' && rng.chance(0.5)
          ? entities[ti]!.id
          : rng.pick(meetingIds);
    if (src.type === 'meeting') {
      const a = rng.pick(countryIds);
      const b = sideIds.find((c) => c !== a);
      return { at, on_behalf_of: b ? [a, b] : [a] };
    }
    if (src.type === 'person') return { at, by: [src.id], on_behalf_of: [rng.pick(countryIds)] };
    return { at, on_behalf_of: [src.id] };
  };

  const relations: SyntheticRelation[] = [];
  const relationIds = new Set<string>();
  const wanted = Math.round(n * (options.relationsPerEntity ?? 3));
  const specs = DEFAULT_VOCABULARY.relationTypes;
  for (let attempts = 0; relations.length < wanted && attempts < wanted * 20; attempts++) {
    const spec = rng.weighted(specs, (s) => RELATION_WEIGHT[s.id] ?? 0);
    // Parley's own vocabulary names built-in types only.
    const si = chooseSource(spec.source.filter(isEntityType));
    const ti = chooseTarget(spec.target.filter(isEntityType), si);
    if (si === ti) continue;
    const src = entities[si]!;
    const tgt = entities[ti]!;
    let id = `${src.id}.${spec.id}.${tgt.id}`;
    for (let k = 2; relationIds.has(id); k++) id = `${src.id}.${spec.id}.${tgt.id}.${k}`;
    relationIds.add(id);
    hits.get(src.type)!.push(si);
    hits.get(tgt.type)!.push(ti);

    let date: DateSpec | undefined;
    if (rng.chance(0.3)) {
      const precision = rng.chance(0.5) ? 'day' : 'year';
      date = { precision, value: randomDate(rng, precision) };
    }
    let qualifiers: Record<string, string> | undefined;
    if (spec.id === 'holds_role') qualifiers = { title: rng.pick(ROLES) };
    else if (spec.id === 'thanked') qualifiers = { for: 'hosting the delegation' };
    const sideFields = statementFields(spec.id, src, ti);
    const note = rng.chance(0.04) ? 'Only one source reports this; the others are silent.' : '';
    const evidence: SyntheticRelation['evidence'] = [];
    const quotes = rng.chance(0.8) ? 1 : 2;
    for (let q = 0; q < quotes; q++) {
      const when = date ? ` ${formatDate(date)}` : '';
      const quote = `${src.label} ${spec.label} ${tgt.label}${when}${rng.pick(CLAUSES)}.`;
      evidence.push({
        source: rng.pick(sources).id,
        quote: quote.length <= 320 ? quote : `${quote.slice(0, 318).trimEnd()}…`,
      });
    }
    relations.push({
      id,
      type: spec.id,
      source: src.id,
      target: tgt.id,
      ...(date ? { date } : {}),
      ...sideFields,
      ...(qualifiers ? { qualifiers } : {}),
      ...(note ? { note } : {}),
      evidence,
    });
  }

  return {
    format: 'parley-bundle',
    version: 1,
    title: `Synthetic benchmark dataset: ${n} entities (seed ${seed})`,
    sources,
    entities,
    relations,
  };
}

/** The bundle as the JSON text a person would open (compact: big bundles are big). */
export function bundleText(bundle: SyntheticBundle): string {
  return JSON.stringify(bundle);
}
