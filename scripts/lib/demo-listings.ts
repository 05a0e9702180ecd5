/**
 * Clearly fictional demo listings: the example organizations, job postings and training programs
 * the portal shows before (and beside) real ones, and that the build benchmark uses at scale.
 *
 * Everything here is pure and deterministic: a seeded PRNG (mulberry32), no I/O, no clock. Dates are
 * placed relative to `options.today`. Every organization is named "Example …" and marked
 * `example: true`; every listing says it is a demonstration, and every link and address is on
 * example.org. Objects are built with their keys in the order the schema shapes in
 * `content/schema.ts` declare them, and optional fields are left out rather than set to null.
 *
 * Filter coverage: regions, worker types, employment types, languages and pay units are assigned
 * by rotation and least-used choice rather than at random, so a small set (the 36 jobs and 18
 * trainings of `content/`) already contains every value of every filter. Output is prefix-stable:
 * the first N items of a larger run are the N items of a smaller run with the same seed and day.
 */
import type { JobPosting, LocalizedText, Organization, TimeZone, TrainingProgram, TrainingSession, Weekday } from '../../content/schema.ts'
import { bulletList, richText } from './lexical.ts'

export const DEMO_DEFAULTS = {
  seed: 20261125,
  today: '2026-11-25',
  jobCount: 36,
  trainingCount: 18,
} as const

export interface DemoOptions {
  /** PRNG seed; the same seed and day give the same output. */
  seed?: number
  /** `YYYY-MM-DD`: posted, closing and session dates are placed around this day. */
  today?: string
}

// ---------------------------------------------------------------------------------------------
// Fixed taxonomy slugs (the taxonomy files themselves are written elsewhere).

export const DEMO_WORKER_TYPES = [
  'community-health-worker',
  'promotor-de-salud',
  'peer-support-specialist',
  'peer-wellness-specialist',
  'doula',
  'patient-navigator',
  'personal-health-navigator',
  'community-health-representative',
  'tribal-traditional-health-worker',
] as const

export const DEMO_LANGUAGES = [
  'english',
  'spanish',
  'vietnamese',
  'chinese',
  'tagalog',
  'russian',
  'hmong',
  'arabic',
  'korean',
  'american-sign-language',
] as const

export const DEMO_CORE_ROLES = [
  'cultural-mediation',
  'culturally-appropriate-health-education',
  'care-coordination-and-system-navigation',
  'coaching-and-social-support',
  'advocacy',
  'capacity-building',
  'direct-service',
  'assessments',
  'outreach',
  'evaluation-and-research',
] as const

type Lang = (typeof DEMO_LANGUAGES)[number]
type WorkerTypeSlug = (typeof DEMO_WORKER_TYPES)[number]
type CoreRoleSlug = (typeof DEMO_CORE_ROLES)[number]
type L = { en: string; es: string }

interface City {
  city: string
  county?: string
  /** Where the city alone names no ZIP area (Queens), or to show a ZIP-placed listing. */
  zip?: string
  /** "in the Bronx" rather than "in Bronx". */
  en?: string
  es?: string
}

interface RegionInfo {
  slug: string
  state: string
  kind: 'county' | 'statewide' | 'national'
  /** "in Sonoma County" / "en el condado de Sonoma", for organization descriptions. */
  in: L
  /** Where a job in this region is, when no city is named ("across California"). */
  across?: L
  cities: City[]
  tz: L
  /** 0 = lower-cost area, 2 = high-cost area; nudges pay up. */
  payTier: 0 | 1 | 2
  /** Languages commonly needed there, least common first (see `pickLanguage`). */
  languages: Lang[]
  areaCode: string
}

const PACIFIC: L = { en: 'Pacific time', es: 'hora del Pacífico' }
const EASTERN: L = { en: 'Eastern time', es: 'hora del Este' }

const REGIONS: RegionInfo[] = [
  {
    slug: 'sonoma-county',
    state: 'CA',
    kind: 'county',
    in: { en: 'in Sonoma County', es: 'en el condado de Sonoma' },
    cities: [
      { city: 'Santa Rosa', county: 'Sonoma County', zip: '95404' },
      { city: 'Petaluma', county: 'Sonoma County' },
      { city: 'Healdsburg', county: 'Sonoma County' },
    ],
    tz: PACIFIC,
    payTier: 1,
    languages: ['spanish', 'english'],
    areaCode: '707',
  },
  {
    slug: 'solano-county',
    state: 'CA',
    kind: 'county',
    in: { en: 'in Solano County', es: 'en el condado de Solano' },
    cities: [
      { city: 'Vallejo', county: 'Solano County' },
      { city: 'Fairfield', county: 'Solano County' },
      { city: 'Vacaville', county: 'Solano County' },
    ],
    tz: PACIFIC,
    payTier: 1,
    languages: ['tagalog', 'spanish', 'english'],
    areaCode: '707',
  },
  {
    slug: 'napa-county',
    state: 'CA',
    kind: 'county',
    in: { en: 'in Napa County', es: 'en el condado de Napa' },
    cities: [
      { city: 'Napa', county: 'Napa County' },
      { city: 'American Canyon', county: 'Napa County' },
      { city: 'Calistoga', county: 'Napa County' },
    ],
    tz: PACIFIC,
    payTier: 1,
    languages: ['spanish', 'english'],
    areaCode: '707',
  },
  {
    slug: 'marin-county',
    state: 'CA',
    kind: 'county',
    in: { en: 'in Marin County', es: 'en el condado de Marín' },
    cities: [
      { city: 'San Rafael', county: 'Marin County' },
      { city: 'Novato', county: 'Marin County' },
    ],
    tz: PACIFIC,
    payTier: 2,
    languages: ['spanish', 'english'],
    areaCode: '415',
  },
  {
    slug: 'los-angeles-county',
    state: 'CA',
    kind: 'county',
    in: { en: 'in Los Angeles County', es: 'en el condado de Los Ángeles' },
    cities: [
      { city: 'Los Angeles', county: 'Los Angeles County', es: 'en Los Ángeles' },
      { city: 'Long Beach', county: 'Los Angeles County' },
      { city: 'Pomona', county: 'Los Angeles County' },
      { city: 'El Monte', county: 'Los Angeles County' },
    ],
    tz: PACIFIC,
    payTier: 2,
    languages: ['korean', 'arabic', 'tagalog', 'chinese', 'vietnamese', 'spanish', 'english'],
    areaCode: '213',
  },
  {
    slug: 'fresno-county',
    state: 'CA',
    kind: 'county',
    in: { en: 'in Fresno County', es: 'en el condado de Fresno' },
    cities: [
      { city: 'Fresno', county: 'Fresno County' },
      { city: 'Clovis', county: 'Fresno County' },
      { city: 'Reedley', county: 'Fresno County' },
      { city: 'Sanger', county: 'Fresno County' },
    ],
    tz: PACIFIC,
    payTier: 0,
    languages: ['hmong', 'spanish', 'english'],
    areaCode: '559',
  },
  {
    slug: 'california-statewide',
    state: 'CA',
    kind: 'statewide',
    in: { en: 'in California', es: 'en California' },
    across: { en: 'across California', es: 'en todo California' },
    cities: [{ city: 'Sacramento' }],
    tz: PACIFIC,
    payTier: 1,
    languages: ['hmong', 'russian', 'vietnamese', 'chinese', 'spanish', 'english'],
    areaCode: '916',
  },
  {
    slug: 'multnomah-county',
    state: 'OR',
    kind: 'county',
    in: { en: 'in Multnomah County', es: 'en el condado de Multnomah' },
    cities: [
      { city: 'Portland', county: 'Multnomah County' },
      { city: 'Gresham', county: 'Multnomah County' },
    ],
    tz: PACIFIC,
    payTier: 1,
    languages: ['russian', 'vietnamese', 'arabic', 'chinese', 'spanish', 'english'],
    areaCode: '503',
  },
  {
    slug: 'lane-county',
    state: 'OR',
    kind: 'county',
    in: { en: 'in Lane County', es: 'en el condado de Lane' },
    cities: [
      { city: 'Eugene', county: 'Lane County', zip: '97401' },
      { city: 'Springfield', county: 'Lane County' },
    ],
    tz: PACIFIC,
    payTier: 0,
    languages: ['spanish', 'english'],
    areaCode: '541',
  },
  {
    slug: 'oregon-statewide',
    state: 'OR',
    kind: 'statewide',
    in: { en: 'in Oregon', es: 'en Oregón' },
    across: { en: 'across Oregon', es: 'en todo Oregón' },
    cities: [{ city: 'Salem' }],
    tz: PACIFIC,
    payTier: 0,
    languages: ['russian', 'spanish', 'english'],
    areaCode: '503',
  },
  {
    slug: 'new-york-city',
    state: 'NY',
    kind: 'county',
    in: { en: 'in New York City', es: 'en la ciudad de Nueva York' },
    cities: [
      { city: 'Bronx', county: 'Bronx County', en: 'in the Bronx', es: 'en el Bronx' },
      { city: 'Brooklyn', county: 'Kings County' },
      { city: 'Queens', county: 'Queens County', zip: '11432' },
      { city: 'New York', county: 'New York County', en: 'in Manhattan', es: 'en Manhattan' },
    ],
    tz: EASTERN,
    payTier: 2,
    languages: ['korean', 'arabic', 'russian', 'chinese', 'spanish', 'english'],
    areaCode: '718',
  },
  {
    slug: 'massachusetts-statewide',
    state: 'MA',
    kind: 'statewide',
    in: { en: 'in Massachusetts', es: 'en Massachusetts' },
    cities: [
      { city: 'Boston', county: 'Suffolk County' },
      { city: 'Worcester', county: 'Worcester County' },
      { city: 'Springfield', county: 'Hampden County' },
      { city: 'Lowell', county: 'Middlesex County' },
      { city: 'Lawrence', county: 'Essex County' },
    ],
    tz: EASTERN,
    payTier: 2,
    languages: ['vietnamese', 'chinese', 'spanish', 'english'],
    areaCode: '617',
  },
  {
    slug: 'national-remote',
    state: 'US',
    kind: 'national',
    in: { en: 'nationwide', es: 'en todo el país' },
    across: { en: 'remotely from anywhere in the United States', es: 'de forma remota desde cualquier lugar de Estados Unidos' },
    cities: [],
    tz: EASTERN,
    payTier: 1,
    languages: ['american-sign-language', 'vietnamese', 'korean', 'spanish', 'english'],
    areaCode: '800',
  },
]

export const DEMO_REGIONS = REGIONS.map((r) => r.slug)
const regionBySlug = new Map(REGIONS.map((r) => [r.slug, r]))

const STATE_NAMES: Record<string, L> = {
  CA: { en: 'California', es: 'California' },
  OR: { en: 'Oregon', es: 'Oregón' },
  NY: { en: 'New York', es: 'Nueva York' },
  MA: { en: 'Massachusetts', es: 'Massachusetts' },
}

interface LangInfo {
  en: string
  /** Bare name in Spanish: "vietnamita". */
  es: string
  /** "Speaking Vietnamese is a plus" in Spanish. */
  plusEs: string
  /** Spanish clause for "must speak English and …". */
  requiredEs: string
  /** Weight in the least-used choice: a higher weight is chosen more often. */
  weight: number
}

const spoken = (en: string, es: string, weight = 1): LangInfo => ({
  en,
  es,
  plusEs: `Hablar ${es} es una ventaja.`,
  requiredEs: `Es necesario hablar inglés y ${es}.`,
  weight,
})

const LANGUAGE_INFO: Record<Lang, LangInfo> = {
  english: spoken('English', 'inglés', 2),
  spanish: spoken('Spanish', 'español', 5),
  vietnamese: spoken('Vietnamese', 'vietnamita'),
  chinese: spoken('Chinese (Cantonese or Mandarin)', 'chino (cantonés o mandarín)'),
  tagalog: spoken('Tagalog', 'tagalo'),
  russian: spoken('Russian', 'ruso'),
  hmong: spoken('Hmong', 'hmong'),
  arabic: spoken('Arabic', 'árabe'),
  korean: spoken('Korean', 'coreano'),
  'american-sign-language': {
    en: 'American Sign Language (ASL)',
    es: 'lengua de señas americana (ASL)',
    plusEs: 'Saber lengua de señas americana (ASL) es una ventaja.',
    requiredEs: 'Es necesario hablar inglés y saber lengua de señas americana (ASL).',
    weight: 1,
  },
}

// ---------------------------------------------------------------------------------------------
// Organizations

interface OrgInfo {
  slug: string
  name: string
  kind: Organization['kind']
  region: string
  /** Hires CHWs (schools only train). */
  employer: boolean
  /** Preferred employer for tribal roles. */
  tribal?: boolean
}

const ORGS: OrgInfo[] = [
  { slug: 'example-valley-community-clinic', name: 'Example Valley Community Clinic', kind: 'clinic', region: 'sonoma-county', employer: true },
  { slug: 'example-river-delta-health-center', name: 'Example River Delta Health Center', kind: 'clinic', region: 'solano-county', employer: true },
  {
    slug: 'example-hillside-public-health-department',
    name: 'Example Hillside Public Health Department',
    kind: 'public-health',
    region: 'napa-county',
    employer: true,
  },
  { slug: 'example-bayview-health-system', name: 'Example Bayview Health System', kind: 'health-system', region: 'marin-county', employer: true },
  { slug: 'example-metro-medical-center', name: 'Example Metro Medical Center', kind: 'health-system', region: 'los-angeles-county', employer: true },
  {
    slug: 'example-central-valley-promotores-network',
    name: 'Example Central Valley Promotores Network',
    kind: 'cbo',
    region: 'fresno-county',
    employer: true,
  },
  { slug: 'example-golden-state-health-plan', name: 'Example Golden State Health Plan', kind: 'health-plan', region: 'california-statewide', employer: true },
  { slug: 'example-redwood-community-college', name: 'Example Redwood Community College', kind: 'school', region: 'sonoma-county', employer: false },
  { slug: 'example-rose-city-community-alliance', name: 'Example Rose City Community Alliance', kind: 'cbo', region: 'multnomah-county', employer: true },
  {
    slug: 'example-riverbend-public-health-department',
    name: 'Example Riverbend Public Health Department',
    kind: 'public-health',
    region: 'lane-county',
    employer: true,
  },
  { slug: 'example-cascade-health-plan', name: 'Example Cascade Health Plan', kind: 'health-plan', region: 'oregon-statewide', employer: true },
  {
    slug: 'example-tribal-health-consortium',
    name: 'Example Tribal Health Consortium',
    kind: 'clinic',
    region: 'oregon-statewide',
    employer: true,
    tribal: true,
  },
  {
    slug: 'example-five-boroughs-neighborhood-health-collective',
    name: 'Example Five Boroughs Neighborhood Health Collective',
    kind: 'cbo',
    region: 'new-york-city',
    employer: true,
  },
  {
    slug: 'example-commonwealth-community-health-center',
    name: 'Example Commonwealth Community Health Center',
    kind: 'clinic',
    region: 'massachusetts-statewide',
    employer: true,
  },
  { slug: 'example-care-connect-health-plan', name: 'Example Care Connect Health Plan', kind: 'health-plan', region: 'national-remote', employer: true },
  { slug: 'example-health-workforce-institute', name: 'Example Health Workforce Institute', kind: 'school', region: 'national-remote', employer: false },
]

/** Per region: employers based there, and statewide employers of the same state (tribal ones apart). */
const EMPLOYERS = new Map(
  REGIONS.map((region) => {
    const local = ORGS.filter((o) => o.employer && !o.tribal && o.region === region.slug)
    const statewide = ORGS.filter((o) => {
      const home = regionBySlug.get(o.region)!
      return o.employer && o.region !== region.slug && region.kind !== 'national' && home.kind === 'statewide' && home.state === region.state
    })
    const tribal = ORGS.filter((o) => o.tribal && (o.region === region.slug || statewide.includes(o)))
    return [region.slug, { local, statewide: statewide.filter((o) => !o.tribal), tribal }]
  }),
)

/** Per region: training providers based there, else statewide ones in the state, else national ones. */
const PROVIDERS = new Map(
  REGIONS.map((region) => {
    const local = ORGS.filter((o) => o.region === region.slug)
    const wider = ORGS.filter((o) => {
      const home = regionBySlug.get(o.region)!
      if (o.region === region.slug || region.kind === 'national') return false
      if (home.kind === 'statewide' && home.state === region.state) return true
      return home.kind === 'national' && region.kind === 'statewide'
    })
    return [region.slug, { local, wider }]
  }),
)

const KIND_PHRASES: Record<Organization['kind'], L> = {
  clinic: { en: 'a community clinic', es: 'una clínica comunitaria' },
  'health-system': { en: 'a hospital and health system', es: 'un hospital y sistema de salud' },
  'health-plan': { en: 'a health plan', es: 'un plan de salud' },
  cbo: { en: 'a community-based organization', es: 'una organización comunitaria' },
  'public-health': { en: 'a public health department', es: 'un departamento de salud pública' },
  school: { en: 'a college and training provider', es: 'una institución educativa que ofrece capacitaciones' },
  association: { en: 'a professional association', es: 'una asociación profesional' },
  other: { en: 'an organization', es: 'una organización' },
}

/** The fictional organizations that employ and train in the demo listings, sorted by slug. */
export function demoOrganizations(): Organization[] {
  return ORGS.map((o) => {
    const region = regionBySlug.get(o.region)!
    const kind = KIND_PHRASES[o.kind]
    const doc: Organization = {
      slug: o.slug,
      name: o.name,
      kind: o.kind,
      region: o.region,
      description: {
        en: `A fictional example organization used for demonstration on this portal; in the demo it plays ${kind.en} ${region.in.en}. It does not exist and is not affiliated with any real organization.`,
        es: `Organización ficticia de ejemplo que se usa para demostración en este portal; en la demostración hace el papel de ${kind.es} ${region.in.es}. No existe y no está afiliada con ninguna organización real.`,
      },
      example: true,
    }
    return doc
  }).sort((a, b) => compare(a.slug, b.slug))
}

/** Code-point order, the order every snapshot file is sorted in. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// ---------------------------------------------------------------------------------------------
// Randomness and dates

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Rng {
  readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  /** Inclusive on both ends. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    return out
  }
  /** `n` distinct items, in a random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n)
  }
}

const DAY_MS = 86_400_000

function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) throw new Error(`today must be YYYY-MM-DD, got ${JSON.stringify(iso)}`)
  const n = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS
  if (isoDay(n) !== iso) throw new Error(`today is not a calendar day: ${iso}`)
  return n
}

const isoDays = new Map<number, string>()

function isoDay(n: number): string {
  let day = isoDays.get(n)
  if (day === undefined) {
    day = new Date(n * DAY_MS).toISOString().slice(0, 10)
    isoDays.set(n, day)
  }
  return day
}

/** An instant on a given day, during U.S. working hours. */
function isoInstant(day: string, rng: Rng): string {
  const hour = String(rng.int(15, 23)).padStart(2, '0')
  const minute = String(rng.int(0, 11) * 5).padStart(2, '0')
  return `${day}T${hour}:${minute}:00.000Z`
}

function resolve(options: DemoOptions): { seed: number; today: number } {
  return { seed: options.seed ?? DEMO_DEFAULTS.seed, today: dayNumber(options.today ?? DEMO_DEFAULTS.today) }
}

const pad = (n: number) => String(n).padStart(4, '0')
const money = (n: number) => `$${String(n).replace(/\B(?=(\d{3})+$)/g, ',')}`
const loc = (value: L): LocalizedText => ({ en: value.en, es: value.es })

/**
 * Least-used choice: the candidate whose use so far, divided by its weight, is lowest; ties go to
 * the one offered in the fewest places (`scarcity`), then to the earlier candidate. Spreads rare
 * values (Hmong, ASL) early while keeping common ones common.
 */
function leastUsed<T>(candidates: readonly T[], used: Map<T, number>, weight: (t: T) => number = () => 1, scarcity: (t: T) => number = () => 0): T {
  let best = candidates[0]
  let bestScore = Infinity
  let bestScarcity = Infinity
  for (const c of candidates) {
    const score = (used.get(c) ?? 0) / weight(c)
    const rarity = scarcity(c)
    if (score < bestScore || (score === bestScore && rarity < bestScarcity)) {
      best = c
      bestScore = score
      bestScarcity = rarity
    }
  }
  used.set(best, (used.get(best) ?? 0) + 1)
  return best
}

/** In how many regions a language is commonly needed. */
const LANGUAGE_SCARCITY = new Map(DEMO_LANGUAGES.map((l) => [l, REGIONS.filter((r) => r.languages.includes(l)).length]))
const languageWeight = (l: Lang) => LANGUAGE_INFO[l].weight
const languageScarcity = (l: Lang) => LANGUAGE_SCARCITY.get(l)!

// ---------------------------------------------------------------------------------------------
// Job postings: roles and their focus areas

interface Focus {
  en: string
  es: string
  /** Infinitive phrase after "to" / "para". */
  goal: L
  duty: L
  /** Can be done remotely (no home visits or door-to-door work). */
  remote?: true
}

interface Role {
  title: L
  /** Inside a sentence, with the article: "a community health worker" / "un(a) …". */
  a: L
  /** Peers are hired for lived experience, never for a degree. */
  peer?: boolean
  tribal?: boolean
  focuses: Focus[]
}

const DIABETES: Focus = {
  remote: true,
  en: 'Diabetes Prevention',
  es: 'Prevención de la diabetes',
  goal: { en: 'help families prevent and manage diabetes', es: 'ayudar a las familias a prevenir y controlar la diabetes' },
  duty: {
    en: 'Lead diabetes prevention groups and follow up with participants between sessions',
    es: 'Dar grupos de prevención de la diabetes y dar seguimiento a los participantes entre sesiones',
  },
}
const BEHAVIORAL: Focus = {
  remote: true,
  en: 'Behavioral Health',
  es: 'Salud mental',
  goal: {
    en: 'support people living with mental health conditions in their recovery',
    es: 'apoyar a las personas que viven con condiciones de salud mental en su recuperación',
  },
  duty: { en: 'Co-facilitate peer support groups', es: 'Cofacilitar grupos de apoyo entre pares' },
}
const CARE_TRANSITIONS: Focus = {
  en: 'Care Transitions',
  es: 'Transición del hospital al hogar',
  goal: {
    en: 'support patients as they go home after a hospital stay',
    es: 'apoyar a los pacientes cuando regresan a casa después de estar en el hospital',
  },
  duty: {
    en: 'Visit patients in the week after they leave the hospital and help them follow their care plan',
    es: 'Visitar a los pacientes durante la semana después de salir del hospital y ayudarles a seguir su plan de cuidado',
  },
}

const ROLES: Record<WorkerTypeSlug, Role> = {
  'community-health-worker': {
    title: { en: 'Community Health Worker', es: 'Trabajador(a) comunitario(a) de salud' },
    a: { en: 'a community health worker', es: 'un(a) trabajador(a) comunitario(a) de salud' },
    focuses: [
      DIABETES,
      {
        remote: true,
        en: 'Housing and Food Access',
        es: 'Acceso a vivienda y alimentos',
        goal: {
          en: 'connect households to help with housing, food and utility bills',
          es: 'conectar a las familias con ayuda para la vivienda, la comida y los pagos de luz y gas',
        },
        duty: {
          en: 'Help households apply for rental, food and utility assistance',
          es: 'Ayudar a las familias a solicitar ayuda para la renta, la comida y los pagos de luz y gas',
        },
      },
      CARE_TRANSITIONS,
      {
        en: 'Asthma Home Visits',
        es: 'Visitas al hogar para el asma',
        goal: {
          en: 'help families reduce asthma triggers at home',
          es: 'ayudar a las familias a reducir en casa lo que provoca los ataques de asma',
        },
        duty: {
          en: 'Make home visits to find asthma triggers and teach families to use inhalers correctly',
          es: 'Hacer visitas al hogar para encontrar lo que provoca el asma y enseñar a las familias a usar bien los inhaladores',
        },
      },
    ],
  },
  'promotor-de-salud': {
    title: { en: 'Promotor(a) de Salud', es: 'Promotor(a) de salud' },
    a: { en: 'a promotor(a) de salud', es: 'un(a) promotor(a) de salud' },
    focuses: [
      {
        en: 'Farmworker Health',
        es: 'Salud de trabajadores del campo',
        goal: {
          en: 'bring health information and services to farmworker families',
          es: 'llevar información y servicios de salud a las familias de trabajadores del campo',
        },
        duty: {
          en: 'Visit farms, farmworker housing and community events to share health information',
          es: 'Visitar ranchos, viviendas de trabajadores del campo y eventos comunitarios para compartir información de salud',
        },
      },
      {
        en: 'Vaccines and Preventive Care',
        es: 'Vacunas y cuidado preventivo',
        goal: {
          en: 'help neighbors stay up to date on vaccines and checkups',
          es: 'ayudar a la comunidad a mantenerse al día con sus vacunas y chequeos',
        },
        duty: {
          en: 'Organize vaccine clinics and reminder calls with local partners',
          es: 'Organizar clínicas de vacunación y llamadas de recordatorio con socios locales',
        },
      },
      {
        en: 'Nutrition and Physical Activity',
        es: 'Nutrición y actividad física',
        goal: {
          en: 'lead nutrition and physical activity programs for families',
          es: 'dirigir programas de nutrición y actividad física para las familias',
        },
        duty: { en: 'Lead cooking demonstrations and walking groups', es: 'Dirigir demostraciones de cocina y grupos de caminata' },
      },
      DIABETES,
    ],
  },
  'peer-support-specialist': {
    title: { en: 'Peer Support Specialist', es: 'Especialista en apoyo entre pares' },
    a: { en: 'a peer support specialist', es: 'un(a) especialista en apoyo entre pares' },
    peer: true,
    focuses: [
      BEHAVIORAL,
      {
        en: 'Substance Use Recovery',
        es: 'Recuperación del consumo de sustancias',
        goal: {
          en: 'walk alongside people in recovery from substance use',
          es: 'acompañar a las personas en su recuperación del consumo de sustancias',
        },
        duty: {
          en: 'Meet people in the emergency department or in treatment and support their next steps in recovery',
          es: 'Reunirse con personas en la sala de emergencias o en tratamiento y apoyarlas en sus siguientes pasos de recuperación',
        },
      },
      {
        en: 'Reentry Support',
        es: 'Apoyo para la reintegración',
        goal: {
          en: 'support people coming home from incarceration',
          es: 'apoyar a las personas que regresan a la comunidad después de estar encarceladas',
        },
        duty: {
          en: 'Help people leaving jail or prison get an ID, health coverage and appointments',
          es: 'Ayudar a las personas que salen de la cárcel o de prisión a obtener una identificación, seguro médico y citas',
        },
      },
    ],
  },
  'peer-wellness-specialist': {
    title: { en: 'Peer Wellness Specialist', es: 'Especialista en bienestar entre pares' },
    a: { en: 'a peer wellness specialist', es: 'un(a) especialista en bienestar entre pares' },
    peer: true,
    focuses: [
      {
        en: 'Youth and Family Support',
        es: 'Apoyo a jóvenes y familias',
        goal: {
          en: 'support young people and families who use mental health services',
          es: 'apoyar a jóvenes y familias que reciben servicios de salud mental',
        },
        duty: {
          en: 'Support youth and caregivers at care planning meetings',
          es: 'Acompañar a jóvenes y a sus cuidadores en las reuniones para planear su atención',
        },
      },
      {
        en: 'Wellness Coaching',
        es: 'Acompañamiento para el bienestar',
        goal: {
          en: 'coach people living with mental health or substance use conditions toward their own wellness goals',
          es: 'acompañar a personas con condiciones de salud mental o de consumo de sustancias hacia sus propias metas de bienestar',
        },
        duty: {
          en: 'Co-lead wellness groups on sleep, food and stress',
          es: 'Codirigir grupos de bienestar sobre el sueño, la alimentación y el estrés',
        },
      },
      BEHAVIORAL,
    ],
  },
  doula: {
    title: { en: 'Community Doula', es: 'Doula comunitaria' },
    a: { en: 'a community doula', es: 'una doula comunitaria' },
    focuses: [
      {
        en: 'Birth and Postpartum Support',
        es: 'Acompañamiento en el parto y el posparto',
        goal: {
          en: 'support families through pregnancy, birth and the months after',
          es: 'acompañar a las familias durante el embarazo, el parto y los meses después',
        },
        duty: {
          en: 'Attend births and give continuous support during labor',
          es: 'Acompañar partos y dar apoyo continuo durante el trabajo de parto',
        },
      },
      {
        en: 'Perinatal Health Equity',
        es: 'Equidad en la salud perinatal',
        goal: {
          en: 'help close gaps in maternal health for Black, Indigenous and Latina families',
          es: 'ayudar a cerrar las brechas de salud materna que afectan a las familias afroamericanas, indígenas y latinas',
        },
        duty: {
          en: "Advocate for the birthing person's wishes with the care team",
          es: 'Abogar por los deseos de la persona que da a luz ante el equipo médico',
        },
      },
    ],
  },
  'patient-navigator': {
    title: { en: 'Patient Navigator', es: 'Navegador(a) de pacientes' },
    a: { en: 'a patient navigator', es: 'un(a) navegador(a) de pacientes' },
    focuses: [
      {
        remote: true,
        en: 'Cancer Screening',
        es: 'Detección temprana del cáncer',
        goal: {
          en: 'help patients get cancer screenings and follow-up care',
          es: 'ayudar a los pacientes a hacerse pruebas de detección del cáncer y a recibir atención de seguimiento',
        },
        duty: {
          en: 'Call patients who are due for screenings and help them solve problems such as transportation',
          es: 'Llamar a los pacientes que necesitan sus pruebas de detección y ayudarles a resolver obstáculos como el transporte',
        },
      },
      {
        en: 'Emergency Department',
        es: 'Sala de emergencias',
        goal: {
          en: 'connect people who often use the emergency department to primary care and community support',
          es: 'conectar a las personas que van seguido a la sala de emergencias con atención primaria y apoyo comunitario',
        },
        duty: {
          en: 'Meet patients in the emergency department and set up primary care follow-up',
          es: 'Reunirse con pacientes en la sala de emergencias y programar citas de seguimiento con su médico de cabecera',
        },
      },
      {
        remote: true,
        en: 'Specialty Care',
        es: 'Atención especializada',
        goal: { en: 'guide patients through specialty referrals', es: 'guiar a los pacientes en sus referencias a especialistas' },
        duty: {
          en: 'Track specialty referrals and help patients get to their appointments',
          es: 'Dar seguimiento a las referencias a especialistas y ayudar a los pacientes a llegar a sus citas',
        },
      },
      CARE_TRANSITIONS,
    ],
  },
  'personal-health-navigator': {
    title: { en: 'Personal Health Navigator', es: 'Navegador(a) personal de salud' },
    a: { en: 'a personal health navigator', es: 'un(a) navegador(a) personal de salud' },
    focuses: [
      {
        remote: true,
        en: 'Chronic Conditions',
        es: 'Enfermedades crónicas',
        goal: {
          en: 'help members manage chronic conditions such as diabetes and heart disease',
          es: 'ayudar a los afiliados a controlar enfermedades crónicas como la diabetes y las enfermedades del corazón',
        },
        duty: {
          en: 'Help members prepare questions for their doctor and understand their medications',
          es: 'Ayudar a los afiliados a preparar preguntas para su médico y a entender sus medicamentos',
        },
      },
      {
        remote: true,
        en: 'Member Support',
        es: 'Apoyo a afiliados',
        goal: { en: 'help health plan members use their benefits', es: 'ayudar a los afiliados del plan de salud a usar sus beneficios' },
        duty: {
          en: 'Explain benefits, find in-network providers and arrange rides to appointments',
          es: 'Explicar los beneficios, buscar proveedores de la red y coordinar transporte a las citas',
        },
      },
    ],
  },
  'community-health-representative': {
    title: { en: 'Community Health Representative (CHR)', es: 'Representante comunitario(a) de salud (CHR)' },
    a: { en: 'a community health representative (CHR)', es: 'un(a) representante comunitario(a) de salud (CHR)' },
    tribal: true,
    focuses: [
      {
        en: 'Home Visits',
        es: 'Visitas al hogar',
        goal: {
          en: 'visit elders and families at home and connect them to tribal health services',
          es: 'visitar en casa a personas mayores y familias y conectarlas con los servicios de salud tribales',
        },
        duty: {
          en: 'Check blood pressure and blood sugar during home visits and report to the clinic team',
          es: 'Tomar la presión arterial y el nivel de azúcar en la sangre durante las visitas y reportarlo al equipo de la clínica',
        },
      },
      {
        en: 'Diabetes Care',
        es: 'Atención de la diabetes',
        goal: { en: 'support community members living with diabetes', es: 'apoyar a miembros de la comunidad que viven con diabetes' },
        duty: {
          en: 'Deliver medications and supplies and help people keep their appointments',
          es: 'Entregar medicamentos y materiales y ayudar a las personas a cumplir con sus citas',
        },
      },
    ],
  },
  'tribal-traditional-health-worker': {
    title: { en: 'Tribal Traditional Health Worker', es: 'Trabajador(a) tradicional de salud tribal' },
    a: { en: 'a tribal traditional health worker', es: 'un(a) trabajador(a) tradicional de salud tribal' },
    tribal: true,
    focuses: [
      {
        en: 'Family Wellness',
        es: 'Bienestar familiar',
        goal: {
          en: 'support family wellness in ways grounded in community culture and values',
          es: 'apoyar el bienestar familiar de maneras basadas en la cultura y los valores de la comunidad',
        },
        duty: {
          en: 'Connect families with cultural activities, elders and tribal services',
          es: 'Conectar a las familias con actividades culturales, con los mayores de la comunidad y con servicios tribales',
        },
      },
      {
        en: 'Elder Support',
        es: 'Apoyo a personas mayores',
        goal: {
          en: 'help elders stay healthy and connected at home',
          es: 'ayudar a las personas mayores a mantenerse sanas y acompañadas en casa',
        },
        duty: {
          en: 'Visit elders at home and coordinate rides, meals and care',
          es: 'Visitar a las personas mayores en casa y coordinar transporte, comidas y cuidados',
        },
      },
    ],
  },
}

/**
 * Which worker types each state hires in the demo, state-specific types first so that they are
 * used early. Oregon's Traditional Health Worker types stay in Oregon.
 */
const WORKER_TYPES_BY_STATE: Record<string, WorkerTypeSlug[]> = {
  CA: ['promotor-de-salud', 'community-health-worker', 'patient-navigator', 'doula', 'community-health-worker', 'peer-support-specialist'],
  OR: [
    'peer-wellness-specialist',
    'tribal-traditional-health-worker',
    'personal-health-navigator',
    'community-health-representative',
    'community-health-worker',
    'doula',
    'peer-support-specialist',
  ],
  NY: ['community-health-worker', 'peer-support-specialist', 'patient-navigator', 'doula'],
  MA: ['community-health-worker', 'patient-navigator', 'peer-support-specialist', 'doula'],
  US: ['community-health-worker', 'patient-navigator', 'peer-support-specialist'],
}

/** Employment types, full-time first and most often: one rotation of twelve jobs. */
const EMPLOYMENT_ROTATION: JobPosting['employmentType'][] = [
  'full-time',
  'full-time',
  'part-time',
  'full-time',
  'contract',
  'full-time',
  'per-diem',
  'full-time',
  'temporary',
  'part-time',
  'full-time',
  'internship',
]

const GENERIC_DUTIES: (L & { inPerson?: true })[] = [
  {
    en: 'Do outreach at community events, clinics and door to door',
    es: 'Hacer alcance comunitario en eventos, clínicas y de puerta en puerta',
    inPerson: true,
  },
  {
    en: 'Help people enroll in health coverage and in benefits such as food assistance',
    es: 'Ayudar a las personas a inscribirse en un seguro médico y en beneficios como la ayuda para alimentos',
  },
  {
    en: 'Go with clients to medical appointments and help them understand next steps',
    es: 'Acompañar a los clientes a sus citas médicas y ayudarles a entender los próximos pasos',
    inPerson: true,
  },
  {
    en: 'Lead culturally appropriate health education sessions in the community',
    es: 'Dar pláticas de educación para la salud culturalmente apropiadas en la comunidad',
  },
  {
    en: 'Complete social needs screenings and connect people to local resources',
    es: 'Hacer evaluaciones de necesidades sociales y conectar a las personas con recursos locales',
  },
  {
    en: 'Document visits and referrals in the electronic health record',
    es: 'Documentar visitas y referencias en el expediente médico electrónico',
  },
  {
    en: 'Serve as a cultural bridge between patients and the care team',
    es: 'Servir de puente cultural entre los pacientes y el equipo de atención médica',
  },
  {
    en: "Advocate for clients' needs with providers, landlords and agencies",
    es: 'Abogar por las necesidades de los clientes ante proveedores, dueños de vivienda y agencias',
  },
  {
    en: 'Coach and support clients toward their own health goals',
    es: 'Acompañar y apoyar a los clientes para que logren sus propias metas de salud',
  },
  {
    en: 'Follow up by phone, text message and home visits',
    es: 'Dar seguimiento por teléfono, mensajes de texto y visitas al hogar',
    inPerson: true,
  },
  {
    en: 'Take part in team meetings, supervision and ongoing training',
    es: 'Participar en reuniones de equipo, supervisión y capacitaciones continuas',
  },
  {
    en: 'Help collect program data and community feedback for evaluation',
    es: 'Ayudar a recopilar datos del programa y opiniones de la comunidad para la evaluación',
  },
]

const REMOTE_DUTIES: L[] = [
  ...GENERIC_DUTIES.filter((d) => !d.inPerson),
  {
    en: 'Check in with members by phone and video from a private home workspace',
    es: 'Hacer llamadas y videollamadas de seguimiento con los afiliados desde un espacio privado en casa',
  },
  {
    en: 'Find community resources near each member, wherever they live',
    es: 'Buscar recursos comunitarios cerca de cada afiliado, dondequiera que viva',
  },
]

const PEER_DUTY: L = {
  en: 'Share your own lived experience of recovery to build hope and trust',
  es: 'Compartir su propia experiencia vivida de recuperación para generar esperanza y confianza',
}

const OTHER_REQUIREMENTS: L[] = [
  { en: "Valid driver's license and reliable transportation", es: 'Licencia de manejo vigente y transporte confiable' },
  { en: 'High school diploma or GED', es: 'Diploma de preparatoria (high school) o GED' },
  {
    en: 'Complete a CHW core skills training within six months of hire (paid time)',
    es: 'Completar una capacitación de habilidades básicas para CHW en los primeros seis meses (en horario pagado)',
  },
  {
    en: 'Comfortable using a smartphone, email and a computer',
    es: 'Saber usar un teléfono inteligente, el correo electrónico y una computadora',
  },
  {
    en: 'Available some evenings and weekends for community events',
    es: 'Disponibilidad para trabajar algunas tardes y fines de semana en eventos comunitarios',
  },
  {
    en: 'Lives in or has strong ties to the community served',
    es: 'Vivir en la comunidad que se atiende o tener lazos fuertes con ella',
  },
]

const DEGREE_REQUIREMENT: L = {
  en: "Associate or bachelor's degree in public health, social work or a related field",
  es: 'Título de asociado o licenciatura en salud pública, trabajo social o un campo relacionado',
}

function certificationRequirement(state: string): L {
  const name = STATE_NAMES[state]
  if (!name) {
    return {
      en: 'CHW certification from any state, or able to get it within 12 months',
      es: 'Certificación de CHW de cualquier estado, o poder obtenerla en un plazo de 12 meses',
    }
  }
  return {
    en: `${name.en} CHW certification, or able to get it within 12 months`,
    es: `Certificación de CHW de ${name.es}, o poder obtenerla en un plazo de 12 meses`,
  }
}

const OFFERS: L[] = [
  {
    en: 'A clear CHW career ladder with yearly pay reviews',
    es: 'Una escalera profesional clara para CHW con revisión salarial cada año',
  },
  {
    en: 'Weekly supervision from a supervisor with CHW experience',
    es: 'Supervisión semanal con un(a) supervisor(a) que tiene experiencia como CHW',
  },
  { en: 'Paid time for training and continuing education', es: 'Tiempo pagado para capacitación y educación continua' },
  {
    en: 'A voice for CHWs on the care team and in program decisions',
    es: 'Voz para los CHW en el equipo de atención y en las decisiones del programa',
  },
  { en: 'Mileage reimbursement and a work phone', es: 'Reembolso de millaje y un teléfono del trabajo' },
]

const LIVED_EXPERIENCE_OFFER: L = {
  en: 'Your lived experience counts as a qualification',
  es: 'Su experiencia vivida cuenta como una calificación',
}

function benefitsFor(type: JobPosting['employmentType'], bilingual: boolean, rng: Rng): L | undefined {
  switch (type) {
    case 'full-time': {
      const options: L[] = [
        {
          en: 'Medical, dental and vision insurance for you and your family; 12 paid holidays; paid time off; 403(b) retirement plan with employer match.',
          es: 'Seguro médico, dental y de la vista para usted y su familia; 12 días festivos pagados; tiempo libre pagado; plan de jubilación 403(b) con aportación del empleador.',
        },
        {
          en: 'Full health benefits, paid time off from day one, $1,000 a year for training, and mileage reimbursement.',
          es: 'Beneficios de salud completos, tiempo libre pagado desde el primer día, $1,000 al año para capacitación y reembolso de millaje.',
        },
      ]
      if (bilingual) {
        options.push({
          en: 'Medical, dental and vision insurance; pension plan; paid time off; bilingual pay differential.',
          es: 'Seguro médico, dental y de la vista; plan de pensión; tiempo libre pagado; pago adicional por ser bilingüe.',
        })
      }
      return rng.pick(options)
    }
    case 'part-time':
      return {
        en: 'Prorated medical and dental insurance, paid sick leave and paid training time.',
        es: 'Seguro médico y dental proporcional a sus horas, días de enfermedad pagados y tiempo de capacitación pagado.',
      }
    case 'contract':
      return rng.chance(0.5) ? undefined : { en: 'Mileage is reimbursed; no other benefits.', es: 'Se reembolsa el millaje; no incluye otros beneficios.' }
    case 'per-diem':
      return { en: 'Paid sick leave and mileage reimbursement.', es: 'Días de enfermedad pagados y reembolso de millaje.' }
    case 'temporary':
      return {
        en: 'Paid sick leave, mileage reimbursement and a work phone for the length of the project.',
        es: 'Días de enfermedad pagados, reembolso de millaje y un teléfono del trabajo mientras dure el proyecto.',
      }
    case 'internship':
      return {
        en: 'Paid internship with a CHW mentor and a schedule that works around your classes.',
        es: 'Práctica pagada con un(a) mentor(a) CHW y un horario que se adapta a sus clases.',
      }
  }
}

function payFor(unit: JobPosting['pay']['unit'], tier: number, type: JobPosting['employmentType'], rng: Rng): JobPosting['pay'] {
  if (unit === 'year') {
    const min = 42_000 + tier * 6_000 + rng.int(0, 8) * 1_000
    const max = Math.min(78_000, min + rng.int(4, 12) * 1_000)
    return { min, max, unit, currency: 'USD' }
  }
  if (unit === 'month') {
    const min = 3_600 + tier * 400 + rng.int(0, 6) * 100
    const max = Math.min(6_500, min + rng.int(3, 9) * 100)
    return { min, max, unit, currency: 'USD' }
  }
  if (type === 'internship') return { min: 20 + tier, unit, currency: 'USD' }
  const min = 20 + tier * 3 + rng.int(0, 8) * 0.5
  if (type === 'per-diem') return { min, unit, currency: 'USD' }
  const max = Math.min(38, min + rng.int(4, 14) * 0.5)
  return { min, max, unit, currency: 'USD' }
}

function languagesFor(lang: Lang, promotor: boolean, rng: Rng): { languages: JobPosting['languages']; required?: Lang; preferred?: Lang } {
  if (lang === 'english') {
    return rng.chance(0.5)
      ? { languages: { required: ['english'], preferred: ['spanish'] }, preferred: 'spanish' }
      : { languages: { required: ['english'], preferred: [] } }
  }
  if (lang === 'spanish' && promotor) {
    return { languages: { required: ['spanish'], preferred: ['english'] }, required: 'spanish' }
  }
  const requiredChance = lang === 'spanish' ? 0.7 : lang === 'american-sign-language' ? 0.3 : 0.6
  if (rng.chance(requiredChance)) return { languages: { required: ['english', lang], preferred: [] }, required: lang }
  const preferred: string[] = [lang]
  if (lang !== 'spanish' && rng.chance(0.3)) preferred.push('spanish')
  return { languages: { required: ['english'], preferred }, preferred: lang }
}

function languageSentence(required: Lang | undefined, preferred: Lang | undefined): L | undefined {
  if (required === 'spanish' && preferred === undefined) {
    return { en: 'Must speak English and Spanish.', es: LANGUAGE_INFO.spanish.requiredEs }
  }
  if (required) {
    const info = LANGUAGE_INFO[required]
    return { en: `Must speak English and ${info.en}.`, es: info.requiredEs }
  }
  if (preferred) {
    const info = LANGUAGE_INFO[preferred]
    return { en: `${info.en} is a plus.`, es: info.plusEs }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Job postings

/**
 * `count` fictional job postings, in generation order (sort by slug before writing). About one in
 * six is closed: alternately marked closed by staff, and past its closing date; the open ones alone
 * cover every filter value.
 */
export function generateJobPostings(count: number, options: DemoOptions = {}): JobPosting[] {
  const { seed, today } = resolve(options)
  const rng = new Rng(seed)
  const regionOrder = rng.shuffle(REGIONS)
  const stateCounters = new Map<string, number>()
  const focusCounters = new Map<string, number>()
  const employmentCounters = new Map<string, number>()
  const cityCounters = new Map<string, number>()
  const languageUse = new Map<Lang, number>()
  let onSiteCounter = 0
  const employerUse = new Map<OrgInfo, number>()
  let pendingClosures = 0
  let closures = 0
  const seenValues = new Set<string>()
  const jobs: JobPosting[] = []

  for (let i = 0; i < count; i++) {
    const region = regionOrder[i % regionOrder.length]
    const stateTypes = WORKER_TYPES_BY_STATE[region.state]
    const stateIndex = stateCounters.get(region.state) ?? 0
    stateCounters.set(region.state, stateIndex + 1)
    const workerType = stateTypes[stateIndex % stateTypes.length]
    const role = ROLES[workerType]
    const remote = region.kind === 'national'
    const focuses = remote ? role.focuses.filter((f) => f.remote) : role.focuses
    const focusKey = `${workerType}${remote ? ':remote' : ''}`
    const focusIndex = focusCounters.get(focusKey) ?? 0
    focusCounters.set(focusKey, focusIndex + 1)
    const focus = focuses[(focusIndex + (focusIndex >= focuses.length ? rng.int(0, 1) : 0)) % focuses.length]

    // Employer: usually one based in the region, otherwise a statewide one in the same state;
    // tribal roles go to the tribal health organization.
    const { local, statewide, tribal } = EMPLOYERS.get(region.slug)!
    const employer = role.tribal && tribal.length ? tribal[0] : leastUsed([...local, ...statewide], employerUse, (o) => (local.includes(o) ? 3 : 1))

    const rotation = Math.floor(i / EMPLOYMENT_ROTATION.length)
    const employmentType = EMPLOYMENT_ROTATION[(i + rotation * 5) % EMPLOYMENT_ROTATION.length]
    const employmentIndex = employmentCounters.get(employmentType) ?? 0
    employmentCounters.set(employmentType, employmentIndex + 1)
    const unit: JobPosting['pay']['unit'] =
      employmentType === 'full-time'
        ? employmentIndex % 2 === 0
          ? 'year'
          : 'hour'
        : employmentType === 'contract' && employmentIndex % 2 === 0
          ? 'month'
          : 'hour'

    let workMode: JobPosting['workMode']
    if (remote) workMode = 'remote'
    else workMode = onSiteCounter++ % 3 === 1 ? 'hybrid' : 'on-site'

    // Tribal roles: English here (tribal languages are not in the demo taxonomy).
    const lang: Lang = role.tribal ? 'english' : leastUsed(region.languages, languageUse, languageWeight, languageScarcity)
    const { languages, required, preferred } = languagesFor(lang, workerType === 'promotor-de-salud', rng)
    const bilingual = required !== undefined && required !== 'english'

    const workerTypes: string[] = [workerType]
    if (workerType === 'promotor-de-salud') workerTypes.push('community-health-worker')
    else if (workerType === 'community-health-worker' && lang === 'spanish' && region.state === 'CA') workerTypes.push('promotor-de-salud')
    else if (workerType === 'peer-wellness-specialist' && rng.chance(0.5)) workerTypes.push('peer-support-specialist')

    // Location
    let city: City | undefined
    if (region.cities.length) {
      const cityIndex = cityCounters.get(region.slug) ?? 0
      cityCounters.set(region.slug, cityIndex + 1)
      city = region.cities[cityIndex % region.cities.length]
    }
    const place: L = region.across ?? { en: city!.en ?? `in ${city!.city}`, es: city!.es ?? `en ${city!.city}` }
    const location: JobPosting['location'] = {
      ...(city && region.kind !== 'national' ? { city: city.city } : {}),
      ...(city?.county ? { county: city.county } : {}),
      state: region.state,
      ...(city?.zip && region.kind !== 'national' ? { zip: city.zip } : {}),
      region: region.slug,
    }

    // Requirements
    const peer = role.peer === true
    const intern = employmentType === 'internship'
    const degreeRequired = !peer && !role.tribal && !intern && (i < 2 ? i === 1 : rng.chance(0.6))
    const livedExperienceValued = peer || rng.chance(0.8)
    const certificationRequired = (peer && region.state === 'OR') || rng.chance(0.25)
    const other: L[] = []
    if (degreeRequired) other.push(DEGREE_REQUIREMENT)
    if (certificationRequired && other.length < 2 && rng.chance(0.6)) other.push(certificationRequirement(region.state))
    const extra = Math.max(0, rng.int(0, 2) - other.length)
    const pool = degreeRequired ? OTHER_REQUIREMENTS.filter((r) => !r.en.startsWith('High school')) : OTHER_REQUIREMENTS
    other.push(...rng.sample(pool, extra))

    // Duties: the focus duty, then general CHW work.
    const dutyCount = rng.int(3, 5)
    const duties: L[] = [focus.duty]
    if (peer) duties.push(PEER_DUTY)
    duties.push(...rng.sample(remote ? REMOTE_DUTIES : GENERIC_DUTIES, dutyCount - duties.length))

    // Text
    const bilingualPrefix = bilingual && workerType !== 'promotor-de-salud'
    const title: L = {
      en: `${bilingualPrefix ? 'Bilingual ' : ''}${role.title.en}${intern ? ' Intern' : ''} – ${focus.en}`,
      es: `${role.title.es}${bilingualPrefix ? ' bilingüe' : ''}${intern ? ' (práctica pagada)' : ''} – ${focus.es}`,
    }
    const langSentence = languageSentence(required, preferred)
    const summary: L = {
      en: `Example listing: ${employer.name} is hiring ${role.a.en}${intern ? ' intern' : ''} to ${focus.goal.en} ${place.en}.${langSentence ? ` ${langSentence.en}` : ''}`,
      es: `Anuncio de ejemplo: ${employer.name} busca ${role.a.es}${intern ? ' (práctica pagada)' : ''} para ${focus.goal.es} ${place.es}.${langSentence ? ` ${langSentence.es}` : ''}`,
    }
    const offers = rng.sample(OFFERS, rng.int(2, 3))
    if (livedExperienceValued) offers.push(LIVED_EXPERIENCE_OFFER)
    const team: L = peer
      ? { en: 'counselors, case managers and other peer specialists', es: 'consejeros, administradores de casos y otros especialistas de pares' }
      : { en: 'nurses, doctors, social workers and other CHWs', es: 'enfermeras, médicos, trabajadores sociales y otros CHW' }
    const description = {
      en: richText(
        `This is a demonstration posting. ${employer.name} is a fictional organization and this job does not exist; it only shows how job listings appear on this portal. Please do not apply.`,
        `In this role you will ${focus.goal.en} ${place.en}, as part of a team with ${team.en}.`,
        'What this employer offers:',
        bulletList(offers.map((o) => o.en)),
      ),
      es: richText(
        `Este es un anuncio de demostración. ${employer.name} es una organización ficticia y este empleo no existe; solo muestra cómo se ven los anuncios de empleo en este portal. Por favor, no envíe una solicitud.`,
        `En este puesto usted va a ${focus.goal.es} ${place.es}, como parte de un equipo con ${team.es}.`,
        'Lo que ofrece este empleador:',
        bulletList(offers.map((o) => o.es)),
      ),
    }

    // Dates: one job in six is closed, alternately by staff and by its closing date. A job that is
    // the first with some filter value stays open (its closing passes to the next job), so the
    // open jobs alone still cover every filter value.
    if (i % 6 === 3) pendingClosures++
    const values = [
      `r:${region.slug}`,
      `m:${workMode}`,
      `e:${employmentType}`,
      `u:${unit}`,
      `d:${degreeRequired}`,
      ...workerTypes.map((w) => `w:${w}`),
      ...languages.required.map((l) => `l:${l}`),
      ...languages.preferred.map((l) => `l:${l}`),
    ]
    const novel = values.some((v) => !seenValues.has(v))
    for (const v of values) seenValues.add(v)
    const closedSlot = pendingClosures > 0 && !novel
    if (closedSlot) pendingClosures--
    const staffClosed = closedSlot && closures++ % 2 === 0
    const expired = closedSlot && !staffClosed
    let posted: number
    let closing: number | undefined
    if (expired) {
      posted = today - rng.int(60, 150)
      closing = today - rng.int(3, 45)
    } else if (staffClosed) {
      posted = today - rng.int(20, 90)
      closing = rng.chance(0.5) ? today + rng.int(37, 309) : undefined
    } else {
      posted = today - rng.int(1, 75)
      closing = rng.chance(0.8) ? today + rng.int(37, 309) : undefined
    }
    const postedDate = isoDay(posted)
    const updatedDay = staffClosed ? isoDay(Math.min(today - 1, posted + rng.int(7, 30))) : postedDate

    const slug = `example-${workerType}-${region.slug}-${pad(i + 1)}`
    const orgKey = employer.slug.replace(/^example-/, '')
    const via = i % 3
    const url = via !== 1 ? `https://example.org/demo/jobs/${slug}` : undefined
    const email = via !== 0 ? `${orgKey}@example.org` : undefined
    const notReal =
      via === 0
        ? {
            en: 'This is a demo listing: the link does not lead to a real application.',
            es: 'Este es un anuncio de demostración: el enlace no lleva a una solicitud real.',
          }
        : via === 1
          ? {
              en: 'This is a demo listing: the email address does not reach anyone.',
              es: 'Este es un anuncio de demostración: el correo electrónico no le llega a nadie.',
            }
          : {
              en: 'This is a demo listing: neither the link nor the email address leads to a real application.',
              es: 'Este es un anuncio de demostración: ni el enlace ni el correo electrónico llevan a una solicitud real.',
            }
    const spanishWelcome = languages.required.includes('spanish') || languages.preferred.includes('spanish')
    const instructions: L = spanishWelcome
      ? { en: `${notReal.en} Applications in Spanish are welcome.`, es: `${notReal.es} Se aceptan solicitudes en español.` }
      : notReal
    const benefits = benefitsFor(employmentType, bilingual, rng)

    const job: JobPosting = {
      slug,
      title: loc(title),
      employer: employer.slug,
      workerTypes,
      summary: loc(summary),
      description,
      duties: duties.map(loc),
      requirements: {
        degreeRequired,
        livedExperienceValued,
        certificationRequired,
        other: other.map(loc),
      },
      languages,
      location,
      workMode,
      employmentType,
      pay: payFor(unit, region.payTier, employmentType, rng),
      ...(benefits ? { benefits: loc(benefits) } : {}),
      howToApply: {
        ...(url ? { url } : {}),
        ...(email ? { email } : {}),
        instructions: loc(instructions),
      },
      postedDate,
      ...(closing !== undefined ? { closingDate: isoDay(closing) } : {}),
      closed: staffClosed,
      example: true,
      updatedAt: isoInstant(updatedDay, rng),
    }
    jobs.push(job)
  }
  return jobs
}

// ---------------------------------------------------------------------------------------------
// Training programs

interface TrainingTemplate {
  slug: string
  title: L
  goal: L
  topics: L[]
  workerTypes: WorkerTypeSlug[]
  coreRoles: CoreRoleSlug[]
  hours: [number, number]
  /** States where the demo shows the program as approved for CHW certification. */
  certStates: string[]
  /** Only offered in these states. */
  states?: string[]
  /** Always cohort-based (certification courses). */
  cohortOnly?: boolean
  /** Taught only in these languages. */
  languages?: Lang[]
}

const TEMPLATES: TrainingTemplate[] = [
  {
    slug: 'chw-core-skills',
    title: { en: 'Community Health Worker Core Skills', es: 'Habilidades básicas para trabajadores comunitarios de salud' },
    goal: {
      en: 'build the core skills every community health worker uses',
      es: 'desarrollar las habilidades básicas que usa todo trabajador comunitario de salud',
    },
    topics: [
      { en: 'The ten CHW core roles and where they fit on a care team', es: 'Los diez roles básicos de los CHW y su lugar en el equipo de atención' },
      { en: 'Communication, active listening and motivational interviewing', es: 'Comunicación, escucha activa y entrevista motivacional' },
      { en: 'Connecting people to health and social services', es: 'Cómo conectar a las personas con servicios de salud y servicios sociales' },
      { en: 'Professional boundaries, ethics and self-care', es: 'Límites profesionales, ética y autocuidado' },
    ],
    workerTypes: ['community-health-worker', 'promotor-de-salud'],
    coreRoles: [
      'cultural-mediation',
      'culturally-appropriate-health-education',
      'care-coordination-and-system-navigation',
      'coaching-and-social-support',
      'advocacy',
      'outreach',
    ],
    hours: [80, 160],
    certStates: ['CA', 'OR', 'MA', 'NY'],
    cohortOnly: true,
  },
  {
    slug: 'promotores-foundations',
    title: { en: 'Promotores de Salud Foundations', es: 'Fundamentos para promotores de salud' },
    goal: { en: 'strengthen your work as a promotor(a) in your community', es: 'fortalecer su trabajo como promotor(a) en su comunidad' },
    topics: [
      { en: 'The history and model of promotores de salud', es: 'La historia y el modelo de promotores de salud' },
      { en: 'Planning and leading a community health talk', es: 'Cómo planear y dar una plática de salud en la comunidad' },
      { en: 'Popular education methods', es: 'Métodos de educación popular' },
      { en: 'Local resources for families', es: 'Recursos locales para las familias' },
    ],
    workerTypes: ['promotor-de-salud', 'community-health-worker'],
    coreRoles: ['culturally-appropriate-health-education', 'outreach', 'cultural-mediation', 'capacity-building'],
    hours: [24, 48],
    certStates: [],
    states: ['CA', 'OR'],
    languages: ['spanish'],
  },
  {
    slug: 'peer-support-specialist-training',
    title: { en: 'Peer Support Specialist Training', es: 'Capacitación para especialistas en apoyo entre pares' },
    goal: { en: 'prepare for work as a peer support specialist', es: 'prepararse para trabajar como especialista en apoyo entre pares' },
    topics: [
      { en: 'Sharing your recovery story with purpose', es: 'Cómo compartir su historia de recuperación con un propósito' },
      { en: 'Recovery-oriented, trauma-informed support', es: 'Apoyo orientado a la recuperación e informado sobre el trauma' },
      { en: 'Recognizing a crisis and planning for safety', es: 'Cómo reconocer una crisis y hacer un plan de seguridad' },
      { en: 'Ethics and boundaries in peer work', es: 'Ética y límites en el apoyo entre pares' },
    ],
    workerTypes: ['peer-support-specialist', 'peer-wellness-specialist'],
    coreRoles: ['coaching-and-social-support', 'advocacy', 'direct-service'],
    hours: [40, 80],
    certStates: ['OR'],
    cohortOnly: true,
  },
  {
    slug: 'community-doula-training',
    title: { en: 'Community Doula Training', es: 'Capacitación para doulas comunitarias' },
    goal: {
      en: 'learn to support families through pregnancy, birth and postpartum',
      es: 'aprender a acompañar a las familias durante el embarazo, el parto y el posparto',
    },
    topics: [
      { en: 'Physical and emotional support during labor and birth', es: 'Apoyo físico y emocional durante el trabajo de parto y el parto' },
      { en: 'Postpartum support and breastfeeding basics', es: 'Apoyo en el posparto y lo básico de la lactancia' },
      { en: 'Advocacy and respectful maternity care', es: 'Abogacía y atención materna respetuosa' },
      { en: 'Billing for doula services', es: 'Facturación de servicios de doula' },
    ],
    workerTypes: ['doula'],
    coreRoles: ['direct-service', 'coaching-and-social-support', 'culturally-appropriate-health-education', 'advocacy'],
    hours: [40, 90],
    certStates: ['OR'],
    cohortOnly: true,
  },
  {
    slug: 'motivational-interviewing',
    title: { en: 'Motivational Interviewing for CHWs', es: 'Entrevista motivacional para CHW' },
    goal: {
      en: 'practice conversations that help people make changes on their own terms',
      es: 'practicar conversaciones que ayudan a las personas a hacer cambios a su manera',
    },
    topics: [
      { en: 'Open questions, affirmations and reflections', es: 'Preguntas abiertas, afirmaciones y reflexiones' },
      { en: 'Hearing and strengthening change talk', es: 'Cómo escuchar y reforzar el lenguaje de cambio' },
      { en: 'Role plays with feedback from experienced CHWs', es: 'Juegos de roles con comentarios de CHW con experiencia' },
    ],
    workerTypes: ['community-health-worker', 'promotor-de-salud', 'peer-support-specialist', 'patient-navigator'],
    coreRoles: ['coaching-and-social-support', 'direct-service'],
    hours: [6, 16],
    certStates: [],
  },
  {
    slug: 'trauma-informed-care',
    title: { en: 'Trauma-Informed Care in Community Work', es: 'Atención informada sobre el trauma en el trabajo comunitario' },
    goal: {
      en: 'understand how trauma affects health and how to respond with care',
      es: 'entender cómo el trauma afecta la salud y cómo responder con cuidado',
    },
    topics: [
      { en: 'How trauma and chronic stress affect the body', es: 'Cómo el trauma y el estrés crónico afectan el cuerpo' },
      { en: 'Creating safety and trust in every visit', es: 'Cómo crear seguridad y confianza en cada visita' },
      { en: 'Caring for yourself and preventing burnout', es: 'Cómo cuidarse y prevenir el desgaste' },
    ],
    workerTypes: ['community-health-worker', 'peer-support-specialist', 'peer-wellness-specialist', 'doula'],
    coreRoles: ['direct-service', 'coaching-and-social-support', 'cultural-mediation'],
    hours: [8, 20],
    certStates: [],
  },
  {
    slug: 'chronic-disease-self-management',
    title: { en: 'Chronic Disease Self-Management Workshop Leader', es: 'Líder de talleres de automanejo de enfermedades crónicas' },
    goal: {
      en: 'lead workshops that help people live well with chronic conditions',
      es: 'dirigir talleres que ayudan a las personas a vivir bien con enfermedades crónicas',
    },
    topics: [
      { en: 'Action planning and problem solving', es: 'Planes de acción y solución de problemas' },
      { en: 'Leading a six-week workshop step by step', es: 'Cómo dirigir un taller de seis semanas paso a paso' },
      { en: 'Healthy eating, physical activity and medications', es: 'Alimentación saludable, actividad física y medicamentos' },
    ],
    workerTypes: ['community-health-worker', 'promotor-de-salud', 'community-health-representative'],
    coreRoles: ['culturally-appropriate-health-education', 'coaching-and-social-support'],
    hours: [16, 30],
    certStates: [],
  },
  {
    slug: 'benefits-navigation',
    title: { en: 'Health Coverage and Benefits Navigation', es: 'Orientación sobre seguro médico y beneficios' },
    goal: {
      en: 'help families enroll in and use health coverage and public benefits',
      es: 'ayudar a las familias a inscribirse y usar su seguro médico y los beneficios públicos',
    },
    topics: [
      { en: 'Who qualifies for public health coverage', es: 'Quién califica para el seguro médico público' },
      { en: 'Food, housing and income benefits', es: 'Beneficios de alimentos, vivienda e ingresos' },
      { en: 'Renewals, appeals and common problems', es: 'Renovaciones, apelaciones y problemas comunes' },
    ],
    workerTypes: ['community-health-worker', 'patient-navigator', 'personal-health-navigator', 'promotor-de-salud'],
    coreRoles: ['care-coordination-and-system-navigation', 'advocacy', 'assessments'],
    hours: [12, 24],
    certStates: [],
  },
  {
    slug: 'oral-health-for-chws',
    title: { en: 'Oral Health for Community Health Workers', es: 'Salud bucal para trabajadores comunitarios de salud' },
    goal: {
      en: 'teach families how to prevent cavities and find dental care',
      es: 'enseñar a las familias cómo prevenir las caries y encontrar atención dental',
    },
    topics: [
      { en: 'Oral health from pregnancy to old age', es: 'La salud bucal desde el embarazo hasta la vejez' },
      { en: 'Fluoride varnish and sealants: what families should know', es: 'Barniz de flúor y selladores: lo que las familias deben saber' },
      { en: 'Finding low-cost dental care', es: 'Cómo encontrar atención dental de bajo costo' },
    ],
    workerTypes: ['community-health-worker', 'promotor-de-salud', 'community-health-representative'],
    coreRoles: ['culturally-appropriate-health-education', 'outreach'],
    hours: [4, 10],
    certStates: [],
  },
  {
    slug: 'documentation-and-billing',
    title: { en: 'Documentation and Billing for CHW Services', es: 'Documentación y facturación de servicios de CHW' },
    goal: {
      en: 'document your work so that CHW services can be billed and sustained',
      es: 'documentar su trabajo para que los servicios de CHW se puedan facturar y mantener',
    },
    topics: [
      { en: 'Writing clear, respectful visit notes', es: 'Cómo escribir notas de visita claras y respetuosas' },
      { en: 'How CHW services are billed', es: 'Cómo se facturan los servicios de CHW' },
      { en: 'Privacy and consent', es: 'Privacidad y consentimiento' },
    ],
    workerTypes: ['community-health-worker', 'promotor-de-salud', 'patient-navigator', 'peer-support-specialist'],
    coreRoles: ['direct-service', 'care-coordination-and-system-navigation'],
    hours: [6, 12],
    certStates: [],
  },
  {
    slug: 'behavioral-health-basics',
    title: { en: 'Behavioral Health Basics for Community Workers', es: 'Conceptos básicos de salud mental para trabajadores comunitarios' },
    goal: {
      en: 'recognize signs of mental health and substance use conditions and connect people to care',
      es: 'reconocer señales de problemas de salud mental y de consumo de sustancias y conectar a las personas con atención',
    },
    topics: [
      { en: 'Depression, anxiety and substance use: the basics', es: 'Depresión, ansiedad y consumo de sustancias: lo básico' },
      { en: 'Screening conversations and warm handoffs', es: 'Conversaciones de evaluación y referencias acompañadas' },
      { en: 'Responding to a crisis', es: 'Cómo responder ante una crisis' },
    ],
    workerTypes: ['community-health-worker', 'peer-support-specialist', 'peer-wellness-specialist', 'promotor-de-salud'],
    coreRoles: ['assessments', 'direct-service', 'care-coordination-and-system-navigation'],
    hours: [8, 16],
    certStates: [],
  },
  {
    slug: 'supervising-chws',
    title: { en: 'Supervising Community Health Workers', es: 'Supervisión de trabajadores comunitarios de salud' },
    goal: {
      en: 'support and supervise CHW teams well',
      es: 'apoyar y supervisar bien a los equipos de CHW',
    },
    topics: [
      { en: 'What CHWs need from a supervisor', es: 'Lo que los CHW necesitan de un(a) supervisor(a)' },
      { en: 'Reflective supervision and caseload planning', es: 'Supervisión reflexiva y planificación de casos' },
      { en: 'Career ladders and fair pay for CHWs', es: 'Escaleras profesionales y pago justo para los CHW' },
    ],
    workerTypes: ['community-health-worker', 'promotor-de-salud', 'peer-support-specialist', 'patient-navigator'],
    coreRoles: ['capacity-building', 'coaching-and-social-support'],
    hours: [12, 24],
    certStates: [],
  },
  {
    slug: 'thw-continuing-education',
    title: { en: 'Traditional Health Worker Continuing Education', es: 'Educación continua para trabajadores tradicionales de salud' },
    goal: {
      en: 'earn continuing education hours for your Traditional Health Worker certification',
      es: 'obtener horas de educación continua para su certificación como trabajador(a) tradicional de salud',
    },
    topics: [
      { en: 'Updates for Traditional Health Workers', es: 'Novedades para trabajadores tradicionales de salud' },
      { en: 'Culturally specific and tribal approaches to wellness', es: 'Enfoques culturales y tribales del bienestar' },
      { en: 'Advocacy for the THW workforce', es: 'Abogacía para la fuerza laboral de THW' },
    ],
    workerTypes: [
      'community-health-worker',
      'peer-support-specialist',
      'peer-wellness-specialist',
      'doula',
      'personal-health-navigator',
      'tribal-traditional-health-worker',
    ],
    coreRoles: ['capacity-building', 'cultural-mediation', 'advocacy'],
    hours: [10, 20],
    certStates: ['OR'],
    states: ['OR'],
  },
  {
    slug: 'patient-navigation-fundamentals',
    title: { en: 'Patient Navigation Fundamentals', es: 'Fundamentos de navegación de pacientes' },
    goal: {
      en: 'guide patients through the health care system from referral to follow-up',
      es: 'guiar a los pacientes por el sistema de salud desde la referencia hasta el seguimiento',
    },
    topics: [
      { en: 'How clinics, hospitals and health plans fit together', es: 'Cómo se relacionan las clínicas, los hospitales y los planes de salud' },
      { en: 'Finding and removing barriers to care', es: 'Cómo identificar y eliminar obstáculos para recibir atención' },
      { en: 'Tracking referrals and closing the loop', es: 'Dar seguimiento a las referencias hasta el final' },
    ],
    workerTypes: ['patient-navigator', 'personal-health-navigator', 'community-health-worker'],
    coreRoles: ['care-coordination-and-system-navigation', 'assessments'],
    hours: [20, 40],
    certStates: [],
  },
  {
    slug: 'community-based-participatory-research',
    title: { en: 'Community-Based Participatory Research for CHWs', es: 'Investigación participativa basada en la comunidad para CHW' },
    goal: {
      en: 'take part in research and evaluation as a full partner',
      es: 'participar en la investigación y la evaluación como socio(a) en igualdad de condiciones',
    },
    topics: [
      { en: 'Research ethics and consent', es: 'Ética de la investigación y consentimiento' },
      { en: 'Collecting surveys and stories', es: 'Cómo recopilar encuestas e historias' },
      { en: 'Sharing results with the community', es: 'Cómo compartir los resultados con la comunidad' },
    ],
    workerTypes: ['community-health-worker', 'promotor-de-salud', 'community-health-representative'],
    coreRoles: ['evaluation-and-research', 'capacity-building'],
    hours: [12, 30],
    certStates: [],
  },
  {
    slug: 'advocacy-and-policy-leadership',
    title: { en: 'Advocacy and Policy Leadership for CHWs', es: 'Liderazgo en abogacía y políticas públicas para CHW' },
    goal: {
      en: 'speak up for your community and your profession with decision-makers',
      es: 'alzar la voz por su comunidad y su profesión ante quienes toman decisiones',
    },
    topics: [
      { en: 'How local and state policy is made', es: 'Cómo se hacen las políticas locales y estatales' },
      { en: 'Telling your story to decision-makers', es: 'Cómo contar su historia a quienes toman decisiones' },
      { en: 'Organizing with other CHWs', es: 'Cómo organizarse con otros CHW' },
    ],
    workerTypes: ['community-health-worker', 'promotor-de-salud', 'community-health-representative'],
    coreRoles: ['advocacy', 'capacity-building'],
    hours: [16, 32],
    certStates: [],
  },
  {
    slug: 'cultural-humility-and-language-access',
    title: { en: 'Cultural Humility and Language Access', es: 'Humildad cultural y acceso lingüístico' },
    goal: {
      en: 'bridge language and culture between communities and health care',
      es: 'servir de puente de idioma y cultura entre las comunidades y los servicios de salud',
    },
    topics: [
      { en: 'Cultural humility in practice', es: 'La humildad cultural en la práctica' },
      { en: 'Working with interpreters and language access rights', es: 'Cómo trabajar con intérpretes y el derecho al acceso lingüístico' },
      { en: 'Explaining health information in plain language', es: 'Cómo explicar información de salud en palabras sencillas' },
    ],
    workerTypes: ['community-health-worker', 'promotor-de-salud', 'patient-navigator', 'community-health-representative'],
    coreRoles: ['cultural-mediation', 'culturally-appropriate-health-education'],
    hours: [6, 12],
    certStates: [],
  },
  {
    slug: 'home-visiting-skills',
    title: { en: 'Home Visiting Skills and Safety', es: 'Habilidades y seguridad para visitas al hogar' },
    goal: { en: 'make home visits that are safe, respectful and useful', es: 'hacer visitas al hogar seguras, respetuosas y útiles' },
    topics: [
      { en: 'Planning a visit and staying safe', es: 'Cómo planear una visita y mantenerse seguro(a)' },
      {
        en: 'Home assessments: blood pressure, asthma triggers and fall risks',
        es: 'Evaluaciones en el hogar: presión arterial, causas del asma y riesgo de caídas',
      },
      { en: 'Respecting family routines and culture', es: 'Respeto por las rutinas y la cultura de la familia' },
    ],
    workerTypes: ['community-health-representative', 'community-health-worker', 'doula', 'tribal-traditional-health-worker'],
    coreRoles: ['direct-service', 'assessments', 'outreach'],
    hours: [8, 16],
    certStates: [],
  },
]

// Fictional on purpose: a demo listing must not claim that a real agency approved it.
const CERTIFICATION_BODIES: Record<string, string> = {
  CA: 'Example California certifying body (demo)',
  OR: 'Example Oregon certifying body (demo)',
  MA: 'Example Massachusetts certifying body (demo)',
  NY: 'Example New York certifying body (demo)',
}

/** Where an in-person or hybrid training meets: the region's first city. */
function meetingPlace(region: RegionInfo): TrainingProgram['location'] {
  const city = region.cities[0]!
  return { city: city.city, state: region.state, ...(city.zip ? { zip: city.zip } : {}) }
}

const FORMAT_TEXT: Record<TrainingProgram['format'], L> = {
  online: { en: 'online', es: 'en línea' },
  'in-person': { en: 'in-person', es: 'presencial' },
  hybrid: { en: 'hybrid', es: 'híbrido' },
}

interface Schedule extends L {
  /** Day of the week the program meets first (0 = Sunday). */
  weekday: number
  /** Days from the first to the last meeting of a week (Monday to Friday: 4). */
  lastOffset: number
  /** Class hours a week, to turn program hours into weeks. */
  hoursPerWeek: number
  /** The same times for calendars: every week on `days`, or (no days) one meeting on the first day. */
  meets: { days?: Weekday[]; startTime: string; endTime: string }
  /** In person on the first Saturday of each month, besides the weekly meetings. */
  monthlySaturday?: { startTime: string; endTime: string }
}

const TIME_ZONES = new Map<L, TimeZone>([
  [PACIFIC, 'America/Los_Angeles'],
  [EASTERN, 'America/New_York'],
])

function schedulesFor(format: TrainingProgram['format'], hours: number, tz: L): Schedule[] {
  if (hours <= 8) {
    return format === 'online'
      ? [
          {
            en: `One day, 9:00 a.m.–5:00 p.m. ${tz.en}, on Zoom`,
            es: `Un solo día, de 9:00 a.m. a 5:00 p.m. (${tz.es}), por Zoom`,
            weekday: 3,
            lastOffset: 0,
            hoursPerWeek: 8,
            meets: { startTime: '09:00', endTime: '17:00' },
          },
        ]
      : [
          {
            en: 'One-day workshop, 9:00 a.m.–5:00 p.m.; lunch provided',
            es: 'Taller de un día, de 9:00 a.m. a 5:00 p.m.; incluye almuerzo',
            weekday: 6,
            lastOffset: 0,
            hoursPerWeek: 8,
            meets: { startTime: '09:00', endTime: '17:00' },
          },
          {
            en: 'One-day workshop, 9:00 a.m.–5:00 p.m.',
            es: 'Taller de un día, de 9:00 a.m. a 5:00 p.m.',
            weekday: 5,
            lastOffset: 0,
            hoursPerWeek: 8,
            meets: { startTime: '09:00', endTime: '17:00' },
          },
        ]
  }
  if (format === 'online') {
    return [
      {
        en: `Tuesdays and Thursdays, 6:00–8:00 p.m. ${tz.en}, on Zoom`,
        es: `Martes y jueves, de 6:00 a 8:00 p.m. (${tz.es}), por Zoom`,
        weekday: 2,
        lastOffset: 2,
        hoursPerWeek: 4,
        meets: { days: ['tuesday', 'thursday'], startTime: '18:00', endTime: '20:00' },
      },
      {
        en: `Wednesdays, 10:00 a.m.–1:00 p.m. ${tz.en}, on Zoom`,
        es: `Miércoles, de 10:00 a.m. a 1:00 p.m. (${tz.es}), por Zoom`,
        weekday: 3,
        lastOffset: 0,
        hoursPerWeek: 3,
        meets: { days: ['wednesday'], startTime: '10:00', endTime: '13:00' },
      },
      {
        en: `Monday to Thursday, 9:00 a.m.–12:00 p.m. ${tz.en}, on Zoom`,
        es: `De lunes a jueves, de 9:00 a.m. a 12:00 p.m. (${tz.es}), por Zoom`,
        weekday: 1,
        lastOffset: 3,
        hoursPerWeek: 12,
        meets: { days: ['monday', 'tuesday', 'wednesday', 'thursday'], startTime: '09:00', endTime: '12:00' },
      },
    ]
  }
  if (format === 'hybrid') {
    return [
      {
        en: `Online on Wednesday evenings, 6:00–8:30 p.m. ${tz.en}, and in person on the first Saturday of the month, 9:00 a.m.–3:00 p.m.`,
        es: `En línea los miércoles de 6:00 a 8:30 p.m. (${tz.es}) y en persona el primer sábado del mes, de 9:00 a.m. a 3:00 p.m.`,
        weekday: 3,
        lastOffset: 0,
        hoursPerWeek: 4,
        meets: { days: ['wednesday'], startTime: '18:00', endTime: '20:30' },
        monthlySaturday: { startTime: '09:00', endTime: '15:00' },
      },
      {
        en: 'Online on Mondays and in person on Thursdays, 9:00 a.m.–3:00 p.m.',
        es: 'En línea los lunes y en persona los jueves, de 9:00 a.m. a 3:00 p.m.',
        weekday: 1,
        lastOffset: 3,
        hoursPerWeek: 10,
        meets: { days: ['monday', 'thursday'], startTime: '09:00', endTime: '15:00' },
      },
    ]
  }
  return [
    {
      en: 'Saturdays, 9:00 a.m.–3:00 p.m.; lunch provided',
      es: 'Sábados, de 9:00 a.m. a 3:00 p.m.; incluye almuerzo',
      weekday: 6,
      lastOffset: 0,
      hoursPerWeek: 5,
      meets: { days: ['saturday'], startTime: '09:00', endTime: '15:00' },
    },
    {
      en: 'Monday to Friday, 9:00 a.m.–4:00 p.m.',
      es: 'De lunes a viernes, de 9:00 a.m. a 4:00 p.m.',
      weekday: 1,
      lastOffset: 4,
      hoursPerWeek: 30,
      meets: { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '09:00', endTime: '16:00' },
    },
    {
      en: 'Tuesday and Thursday evenings, 5:30–8:30 p.m.; childcare available',
      es: 'Martes y jueves por la tarde, de 5:30 a 8:30 p.m.; hay cuidado de niños',
      weekday: 2,
      lastOffset: 2,
      hoursPerWeek: 6,
      meets: { days: ['tuesday', 'thursday'], startTime: '17:30', endTime: '20:30' },
    },
  ]
}

/** A session's meeting times for calendars, as its schedule's words say them. */
function meetingTimes(schedule: Schedule, start: number, length: number, timeZone: TimeZone): Partial<TrainingSession> {
  const { days, startTime, endTime } = schedule.meets
  // A session of one day is one meeting.
  if (!days || length === 0) return { timeZone, meetings: [{ date: isoDay(start), startTime, endTime }] }
  const saturdays: number[] = []
  if (schedule.monthlySaturday) {
    for (let day = onOrAfter(start, 6); day <= start + length; day += 7) {
      if (Number(isoDay(day).slice(8)) <= 7) saturdays.push(day)
    }
  }
  return {
    timeZone,
    weekly: { days, startTime, endTime },
    ...(saturdays.length ? { meetings: saturdays.map((day) => ({ date: isoDay(day), ...schedule.monthlySaturday! })) } : {}),
  }
}

/** The first day on or after `n` that falls on `weekday` (0 = Sunday; day 0 was a Thursday). */
function onOrAfter(n: number, weekday: number): number {
  return n + ((weekday - ((n + 4) % 7) + 7) % 7)
}

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`
}

/** "y" becomes "e" before a word starting with an i sound ("español e inglés"). */
function joinEs(items: string[]): string {
  if (items.length <= 1) return items.join('')
  const last = items[items.length - 1]
  return joinList(items, /^h?[ií]/i.test(last) ? 'e' : 'y')
}

/**
 * `count` fictional training programs, in generation order (sort by slug before writing). About one
 * in eight is cohort-based with every session already past.
 */
export function generateTrainingPrograms(count: number, options: DemoOptions = {}): TrainingProgram[] {
  const { seed, today } = resolve(options)
  const rng = new Rng((seed ^ 0x9e3779b9) >>> 0)
  const regionOrder = rng.shuffle(REGIONS)
  const templateOrder = rng.shuffle(TEMPLATES)
  const compatibleTemplates = new Map(
    REGIONS.map((r) => [r.state, templateOrder.filter((t) => !t.states || t.states.includes(r.state)).sort((a, b) => (a.states ? 0 : 1) - (b.states ? 0 : 1))]),
  )
  const templateUse = new Map<TrainingTemplate, number>()
  const languageUse = new Map<Lang, number>()
  const providerUse = new Map<OrgInfo, number>()
  const formatRotation: TrainingProgram['format'][] = ['in-person', 'hybrid', 'online']
  let formatCounter = 0
  let onlineCounter = 0
  const trainings: TrainingProgram[] = []

  for (let i = 0; i < count; i++) {
    const region = regionOrder[i % regionOrder.length]
    // The least-used template that is offered in this region; state-specific ones first on ties.
    const template = leastUsed(compatibleTemplates.get(region.state)!, templateUse)

    // Provider: usually one based in the region, otherwise a statewide or national one.
    const { local, wider } = PROVIDERS.get(region.slug)!
    const provider = leastUsed([...local, ...wider], providerUse, (o) => (local.includes(o) ? 3 : 1))

    const past = i % 8 === 5
    const format: TrainingProgram['format'] = region.kind === 'national' ? 'online' : formatRotation[formatCounter++ % 3]
    let pace: TrainingProgram['pace'] = 'cohort'
    if (format === 'online' && !template.cohortOnly && !past) pace = onlineCounter++ % 2 === 0 ? 'self-paced' : 'cohort'

    // Languages
    let languages: Lang[]
    if (template.languages) {
      languages = [...template.languages]
    } else {
      // Online programs offered nationwide can be taught in any language.
      const candidates = region.kind === 'national' ? DEMO_LANGUAGES : region.languages
      const lang = leastUsed(candidates, languageUse, languageWeight, languageScarcity)
      if (lang === 'english') languages = ['english']
      else if (lang === 'spanish' && rng.chance(0.3)) languages = ['spanish']
      else languages = ['english', lang]
    }

    // Regions: the main one, sometimes with a neighboring county in the same state.
    const regions = [region.slug]
    if (region.kind === 'county' && rng.chance(0.25)) {
      const neighbors = REGIONS.filter((r) => r.kind === 'county' && r.state === region.state && r.slug !== region.slug)
      if (neighbors.length) regions.push(rng.pick(neighbors).slug)
    }

    const hours = rng.int(template.hours[0], template.hours[1])

    // Cost: free, paid, free with a stipend, paid; a stipend only comes with free programs.
    const costSlot = i % 4
    let cost: TrainingProgram['cost']
    if (costSlot === 1 || costSlot === 3) {
      const amount = hours >= 40 ? rng.int(8, 48) * 50 : rng.int(3, 25) * 10
      cost = {
        type: 'paid',
        amount,
        stipendOffered: false,
        ...(rng.chance(0.5)
          ? { note: { en: 'Scholarships are available for CHWs who work in the region.', es: 'Hay becas disponibles para CHW que trabajan en la región.' } }
          : {}),
      }
    } else if (costSlot === 2) {
      const stipend = Math.max(100, Math.round((hours * 10) / 50) * 50)
      cost = {
        type: 'free',
        stipendOffered: true,
        note: {
          en: `Participants who finish the program receive a ${money(stipend)} stipend.`,
          es: `Quienes terminen el programa reciben un estipendio de ${money(stipend)}.`,
        },
      }
    } else {
      cost = {
        type: 'free',
        stipendOffered: false,
        ...(rng.chance(0.5)
          ? { note: { en: 'Free for community health workers and promotores.', es: 'Gratis para trabajadores comunitarios de salud y promotores.' } }
          : {}),
      }
    }

    const approved = template.certStates.includes(region.state)
    const certification: TrainingProgram['certification'] = approved
      ? { approved: true, state: region.state, body: CERTIFICATION_BODIES[region.state] }
      : { approved: false }

    // Sessions: none for self-paced programs; future ones mostly in the coming year; all past for
    // about one program in eight.
    const sessions: TrainingSession[] = []
    if (pace === 'cohort') {
      const options = schedulesFor(format, hours, region.tz)
      const fitting = options.filter((o) => o.hoursPerWeek <= hours)
      const schedule = rng.pick(fitting.length ? fitting : options)
      const weeks = Math.max(1, Math.ceil(hours / schedule.hoursPerWeek))
      const length = (weeks - 1) * 7 + schedule.lastOffset
      const gap = length + rng.int(60, 120)
      const n = past ? rng.int(1, 2) : 1 + (rng.chance(0.5) ? 1 : 0) + (rng.chance(0.3) ? 1 : 0)
      // A past program's last session ended 30 to 60 days ago (snapping to a weekday moves it at
      // most six days later).
      let start = past ? today - rng.int(36, 66) - (n - 1) * gap - length : today + rng.int(40, 130)
      for (let s = 0; s < n; s++) {
        start = onOrAfter(start, schedule.weekday)
        sessions.push({
          startDate: isoDay(start),
          ...(length > 0 ? { endDate: isoDay(start + length) } : {}),
          ...(rng.chance(0.7) ? { applicationDeadline: isoDay(start - rng.int(14, 21)) } : {}),
          schedule: { en: schedule.en, es: schedule.es },
          ...meetingTimes(schedule, start, length, TIME_ZONES.get(region.tz)!),
        })
        start += gap
      }
    }

    const slug = `example-${template.slug}-${region.slug}-${pad(i + 1)}`
    const fmt = FORMAT_TEXT[format]
    const paceText: L = pace === 'self-paced' ? { en: 'self-paced', es: 'a su propio ritmo' } : { en: 'cohort-based', es: 'con fechas fijas' }
    const article = /^(8|11|18)(\D|$)/.test(String(hours)) || /^8\d(\D|$)/.test(String(hours)) ? 'an' : 'a'
    const langNames = { en: languages.map((l) => LANGUAGE_INFO[l].en), es: languages.map((l) => LANGUAGE_INFO[l].es) }
    const taughtIn: L = {
      en: `${pace === 'self-paced' ? 'The course is available' : 'Classes are taught'} in ${joinList(langNames.en, 'and')}.`,
      es: `${pace === 'self-paced' ? 'El curso está disponible' : 'Las clases se imparten'} en ${joinEs(langNames.es)}.`,
    }
    const summary: L = {
      en: `Example listing: ${provider.name} offers ${article} ${hours}-hour ${fmt.en}, ${paceText.en} program to ${template.goal.en}.${languages.includes('english') ? '' : ` ${taughtIn.en}`}`,
      es: `Anuncio de ejemplo: ${provider.name} ofrece un programa ${fmt.es} de ${hours} horas, ${paceText.es}, para ${template.goal.es}.${languages.includes('english') ? '' : ` ${taughtIn.es}`}`,
    }
    const stateName = STATE_NAMES[region.state]
    const certName: L =
      region.state === 'OR'
        ? { en: 'Oregon Traditional Health Worker (THW) certification', es: 'la certificación de trabajadores tradicionales de salud (THW) de Oregón' }
        : { en: `${stateName?.en} CHW certification`, es: `la certificación de CHW de ${stateName?.es}` }
    const certText: L = approved
      ? {
          en: `In this demo the program is shown as approved for ${certName.en} (certifying body: ${certification.body}).`,
          es: `En esta demostración, el programa aparece como aprobado para ${certName.es} (entidad certificadora: ${certification.body}).`,
        }
      : {
          en: 'This program is not part of a state certification pathway; you receive a certificate of completion.',
          es: 'Este programa no forma parte de una certificación estatal; usted recibe un certificado de finalización.',
        }
    const description = {
      en: richText(
        `This is a demonstration listing. ${provider.name} is a fictional organization and this program is not real; it only shows how trainings appear on this portal.`,
        'What you will learn:',
        bulletList(template.topics.map((t) => t.en)),
        certText.en,
        taughtIn.en,
      ),
      es: richText(
        `Este es un anuncio de demostración. ${provider.name} es una organización ficticia y este programa no es real; solo muestra cómo se ven las capacitaciones en este portal.`,
        'Lo que va a aprender:',
        bulletList(template.topics.map((t) => t.es)),
        certText.es,
        taughtIn.es,
      ),
    }

    const orgKey = provider.slug.replace(/^example-/, '')
    const contact: TrainingProgram['contact'] =
      i % 2 === 0
        ? {
            name: `${provider.name} training team`,
            email: `${orgKey}-training@example.org`,
            ...(rng.chance(0.4) ? { phone: `(${region.areaCode}) 555-01${String(rng.int(0, 99)).padStart(2, '0')}` } : {}),
          }
        : undefined

    const training: TrainingProgram = {
      slug,
      title: loc(template.title),
      provider: provider.slug,
      summary: loc(summary),
      description,
      workerTypes: [...template.workerTypes],
      coreRoles: [...template.coreRoles],
      format,
      pace,
      languages,
      regions,
      ...(format === 'online' ? {} : { location: meetingPlace(region) }),
      cost,
      hours,
      certification,
      sessions,
      registrationUrl: `https://example.org/demo/trainings/${slug}`,
      ...(contact ? { contact } : {}),
      example: true,
      updatedAt: isoInstant(isoDay(today - rng.int(2, 60)), rng),
    }
    trainings.push(training)
  }
  return trainings
}
