/**
 * A synthetic practice catalogue for the benchmark (`npm run bench`): as many
 * practices as asked, with the shape of the real ones (three locales, about
 * six themes and two organisations each, one to three photos, municipalities,
 * dates, reach and recurrence, some policy plans), made deterministically
 * from a seed number: the same seed and size always give the same catalogue.
 *
 * Pure data, no Payload: seedSynthetic.ts writes it, scenarios.ts draws its
 * requests from it (filter values, search words, slugs).
 */
import { umbrellaOrganisations } from '../../src/seed/content/organisations'
import { themes as demoThemes } from '../../src/seed/content/themes'
import type { RichTextInput } from '../../src/lib/richText'
import type { Locale, Localised, OrganisationSeed, ThemeSeed } from '../../src/seed/types'
import { slugify } from '../../src/lib/slugify'

export const LOCALES: readonly Locale[] = ['nl', 'fr', 'en']

export type Region = 'flanders' | 'brussels' | 'wallonia' | 'federal'
export type Role = 'lead' | 'partner' | 'funder'

export type SyntheticOrganisation = OrganisationSeed

export type SyntheticMedia = {
  /** Base file name (the upload hook adds a unique suffix). */
  name: string
  alt: Required<Localised>
  caption?: Localised
  credit: string
  /** Drawing parameters of the JPEG. */
  hue: number
  variant: number
}

export type SyntheticPolicyPlan = {
  slug: string
  title: Required<Localised>
  organisation: string
  ownerTeam: string
  startYear: number
  endYear: number
  status: 'adopted' | 'ended'
  ambition: Required<Localised>
  strategicGoals: Array<{ code: string; title: Required<Localised> }>
  priorityThemes: string[]
  keywords: Required<Localised<string[]>>
}

export type SyntheticSite = {
  slug: string
  name: string
  url: string
  owner: string
  defaultLocale: Locale
  enabledLocales: Locale[]
  navigationThemes: string[]
  includeAllPublished: boolean
}

/** A practice, relations by slug (media by index in the pool). */
export type SyntheticPractice = {
  slug: string
  title: Required<Localised>
  summary: Required<Localised>
  /** Rich text: Dutch in every field; French and English in `what` and `how`. */
  what: Localised<RichTextInput>
  who: Localised<RichTextInput>
  why: Localised<RichTextInput>
  how: Localised<RichTextInput>
  results: Localised<RichTextInput>
  reach: 1 | 2 | 3 | 4
  recurrence: 1 | 2 | 3 | 4
  themes: string[]
  organisations: Array<{ organisation: string; role: Role }>
  municipalities: string[]
  /** Derived from the municipalities, as the deriveRegions hook would. */
  regions: Region[]
  /** ISO date-times at noon UTC, as the demo seed stores calendar days. */
  startDate: string
  endDate: string | null
  publishedAt: string
  policyPlan: string | null
  strategicGoals: string[]
  /** Indexes into `media`, the cover first. */
  images: number[]
  links: Array<{ label: Required<Localised>; url: string }>
  contact: { name: string; email: string; phone: string | null; organisation: string | null } | null
  ownerTeam: string
  sites: string[]
}

export type SyntheticCatalogue = {
  seed: number
  themes: ThemeSeed[]
  organisations: SyntheticOrganisation[]
  policyPlans: SyntheticPolicyPlan[]
  media: SyntheticMedia[]
  sites: SyntheticSite[]
  practices: SyntheticPractice[]
}

export const SITE_ALL = 'bench-alle-praktijken'
export const SITE_SELECTION = 'bench-selectie'
export const MEDIA_POOL_SIZE = 60

// ---------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function randomSequence(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = {
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  /** `count` distinct items, in random order. */
  sample: <T>(items: readonly T[], count: number) => T[]
  chance: (probability: number) => boolean
}

export function random(seed: number): Random {
  const next = randomSequence(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(next() * items.length)]!
  }
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items]
    const n = Math.min(count, copy.length)
    for (let index = 0; index < n; index++) {
      const other = index + Math.floor(next() * (copy.length - index))
      ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
    }
    return copy.slice(0, n)
  }
  return { next, int, pick, sample, chance: (probability) => next() < probability }
}

// ---------------------------------------------------------------------------
// Word lists (parallel: index i is the same word in nl, fr and en)
// ---------------------------------------------------------------------------

type Triple = readonly [nl: string, fr: string, en: string]

const ADJECTIVES: readonly Triple[] = [
  ['Inclusieve', 'Inclusif', 'Inclusive'],
  ['Open', 'Ouvert', 'Open'],
  ['Buurtgerichte', 'De quartier', 'Neighbourhood'],
  ['Digitale', 'Numérique', 'Digital'],
  ['Meertalige', 'Multilingue', 'Multilingual'],
  ['Toegankelijke', 'Accessible', 'Accessible'],
  ['Duurzame', 'Durable', 'Sustainable'],
  ['Warme', 'Chaleureux', 'Welcoming'],
  ['Lokale', 'Local', 'Local'],
  ['Gedeelde', 'Partagé', 'Shared'],
  ['Creatieve', 'Créatif', 'Creative'],
  ['Solidaire', 'Solidaire', 'Solidarity'],
  ['Gemengde', 'Mixte', 'Mixed'],
  ['Mobiele', 'Mobile', 'Mobile'],
  ['Structurele', 'Structurel', 'Structural'],
  ['Laagdrempelige', 'Accessible', 'Low-threshold'],
  ['Intergenerationele', 'Intergénérationnel', 'Intergenerational'],
  ['Wijkgebonden', 'De proximité', 'Community'],
  ['Gratis', 'Gratuit', 'Free'],
  ['Participatieve', 'Participatif', 'Participatory'],
]

const ACTIVITIES: readonly Triple[] = [
  ['taalcafé', 'café des langues', 'language café'],
  ['buurtwerking', 'travail de quartier', 'neighbourhood work'],
  ['huiswerkbegeleiding', 'aide aux devoirs', 'homework support'],
  ['sportkamp', 'stage sportif', 'sports camp'],
  ['jobcoaching', 'coaching emploi', 'job coaching'],
  ['dialoogtafel', 'table de dialogue', 'dialogue table'],
  ['ontmoetingsplek', 'lieu de rencontre', 'meeting place'],
  ['vormingsreeks', 'cycle de formation', 'training series'],
  ['mentorproject', 'projet de mentorat', 'mentoring project'],
  ['buddywerking', 'parrainage', 'buddy scheme'],
  ['infosessie', 'séance d’information', 'information session'],
  ['wijkfeest', 'fête de quartier', 'street party'],
  ['leesclub', 'club de lecture', 'reading club'],
  ['moestuin', 'potager', 'vegetable garden'],
  ['fietsles', 'cours de vélo', 'cycling lesson'],
  ['zwemles', 'cours de natation', 'swimming lesson'],
  ['spreekuur', 'permanence', 'drop-in hour'],
  ['netwerk', 'réseau', 'network'],
  ['stageprogramma', 'programme de stages', 'internship programme'],
  ['campagne', 'campagne', 'campaign'],
  ['speelpleinwerking', 'plaine de jeux', 'playground scheme'],
  ['theaterproject', 'projet théâtral', 'theatre project'],
  ['kookatelier', 'atelier cuisine', 'cooking workshop'],
  ['rondleiding', 'visite guidée', 'guided tour'],
  ['loket', 'guichet', 'help desk'],
  ['vrijwilligerspool', 'réserve de bénévoles', 'volunteer pool'],
  ['vergunningsbeleid', 'politique de permis', 'permit policy'],
  ['aanwervingsbeleid', 'politique de recrutement', 'recruitment policy'],
  ['diversiteitsplan', 'plan de diversité', 'diversity plan'],
  ['klachtenmeldpunt', 'point de signalement', 'complaints desk'],
  ['muziekatelier', 'atelier musical', 'music workshop'],
  ['voetbaltornooi', 'tournoi de football', 'football tournament'],
  ['wandelroute', 'parcours pédestre', 'walking route'],
  ['filmavond', 'soirée cinéma', 'film night'],
  ['schoolbrug', 'pont école-famille', 'school bridge'],
  ['opvoedingswinkel', 'boutique parentale', 'parenting shop'],
  ['woonbegeleiding', 'accompagnement au logement', 'housing support'],
  ['energiescan', 'audit énergétique', 'energy check'],
  ['repaircafé', 'repair café', 'repair café'],
  ['gezondheidsbus', 'bus santé', 'health bus'],
]

const GROUPS: readonly Triple[] = [
  ['voor nieuwkomers', 'pour primo-arrivants', 'for newcomers'],
  ['met jongeren', 'avec des jeunes', 'with young people'],
  ['voor senioren', 'pour seniors', 'for older people'],
  ['voor alleenstaande ouders', 'pour parents solos', 'for single parents'],
  ['met vluchtelingen', 'avec des réfugiés', 'with refugees'],
  ['voor mensen met een beperking', 'pour personnes handicapées', 'for disabled people'],
  ['voor vrouwen', 'pour femmes', 'for women'],
  ['voor holebi’s en transgenders', 'pour personnes LGBTI+', 'for LGBTI+ people'],
  ['voor kinderen', 'pour enfants', 'for children'],
  ['voor werkzoekenden', 'pour demandeurs d’emploi', 'for jobseekers'],
  ['voor anderstaligen', 'pour allophones', 'for speakers of other languages'],
  ['in kwetsbare wijken', 'dans les quartiers fragiles', 'in deprived neighbourhoods'],
  ['voor mantelzorgers', 'pour aidants proches', 'for carers'],
  ['met buurtbewoners', 'avec les habitants', 'with local residents'],
  ['voor studenten', 'pour étudiants', 'for students'],
  ['voor gezinnen in armoede', 'pour familles précaires', 'for families in poverty'],
  ['voor het stadspersoneel', 'pour le personnel communal', 'for council staff'],
  ['met verenigingen', 'avec les associations', 'with local clubs'],
]

const SENTENCES: readonly Triple[] = [
  [
    'De deelnemers leren elkaar kennen in een veilige omgeving.',
    'Les participants apprennent à se connaître dans un cadre sûr.',
    'Participants get to know each other in a safe setting.',
  ],
  [
    'Vrijwilligers uit de buurt nemen de begeleiding op zich.',
    'Des bénévoles du quartier assurent l’accompagnement.',
    'Volunteers from the neighbourhood provide the support.',
  ],
  [
    'Het project loopt in samenwerking met scholen en jeugdwerk.',
    'Le projet est mené avec les écoles et les organisations de jeunesse.',
    'The project runs together with schools and youth work.',
  ],
  [
    'Elke maand komen er nieuwe gezinnen bij.',
    'Chaque mois, de nouvelles familles rejoignent le projet.',
    'New families join every month.',
  ],
  [
    'De gemeente stelt gratis een lokaal ter beschikking.',
    'La commune met gratuitement un local à disposition.',
    'The council provides a room free of charge.',
  ],
  [
    'Tolken zorgen ervoor dat iedereen kan meepraten.',
    'Des interprètes permettent à chacun de participer.',
    'Interpreters make sure everyone can take part.',
  ],
  [
    'Na afloop volgt een evaluatie met alle partners.',
    'Une évaluation avec tous les partenaires suit.',
    'An evaluation with all partners follows.',
  ],
  [
    'Het aanbod is gratis en staat open voor iedereen.',
    'L’offre est gratuite et ouverte à tous.',
    'The offer is free and open to everyone.',
  ],
  [
    'Een stuurgroep volgt de resultaten elk kwartaal op.',
    'Un comité de pilotage suit les résultats chaque trimestre.',
    'A steering group reviews the results every quarter.',
  ],
  [
    'De aanpak werd intussen door andere steden overgenomen.',
    'L’approche a depuis été reprise par d’autres villes.',
    'Other cities have since taken up the approach.',
  ],
  [
    'Ervaringsdeskundigen hielpen het programma ontwerpen.',
    'Des experts du vécu ont aidé à concevoir le programme.',
    'People with lived experience helped design the programme.',
  ],
  [
    'De drempel om deel te nemen is bewust laag gehouden.',
    'Le seuil de participation est volontairement bas.',
    'The threshold to take part is deliberately low.',
  ],
]

const FIRST_NAMES = ['An', 'Bart', 'Chloé', 'Dries', 'Emma', 'Fatima', 'Gert', 'Hanne', 'Ilias', 'Jana', 'Karim', 'Lotte', 'Mehdi', 'Nora', 'Olivier', 'Petra']
const LAST_NAMES = ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Claes', 'El Amrani', 'Wouters', 'Goossens', 'Mertens', 'Leroy', 'Yilmaz']

const REGION_WEIGHTS: Array<[Region, number]> = [
  ['flanders', 0.6],
  ['wallonia', 0.3],
  ['brussels', 0.1],
]

// ---------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------

const DAY_MS = 86_400_000
/** A fixed "now" so the catalogue does not depend on the day it is made. */
const CATALOGUE_NOW = Date.UTC(2026, 9, 1)

export type CatalogueOptions = {
  practices: number
  seed?: number
  /** The reference data's size; smaller for the quick correctness test. */
  municipalities?: number
  /** Partner organisations (services, welfare centres, nonprofits…). */
  partners?: number
  mediaPool?: number
  policyPlans?: number
}

export const DEFAULT_SEED = 20_261_122

export function syntheticCatalogue(options: CatalogueOptions): SyntheticCatalogue {
  const { practices: count, seed = DEFAULT_SEED } = options
  const rng = random(seed)
  const themes = demoThemes
  const organisations = makeOrganisations(random(seed + 1), options.municipalities ?? 200, options.partners ?? 95)
  const municipalities = organisations.filter((org) => org.type === 'municipality')
  const partners = organisations.filter((org) => !['municipality', 'umbrella'].includes(org.type))
  const umbrellas = organisations.filter((org) => org.type === 'umbrella')
  const regionOf = new Map(organisations.map((org) => [org.slug, org.region]))
  const media = makeMedia(random(seed + 2), options.mediaPool ?? MEDIA_POOL_SIZE)
  const policyPlans = makePolicyPlans(random(seed + 3), municipalities, umbrellas, themes, options.policyPlans ?? 40)
  const planOf = new Map(policyPlans.map((plan) => [plan.organisation, plan]))

  const byScheme = {
    domain: themes.filter((theme) => theme.scheme === 'domain').map((theme) => theme.slug),
    'target-group': themes.filter((theme) => theme.scheme === 'target-group').map((theme) => theme.slug),
    dimension: themes.filter((theme) => theme.scheme === 'dimension').map((theme) => theme.slug),
  }

  const sites: SyntheticSite[] = [
    {
      slug: SITE_ALL,
      name: 'Bench: alle praktijken',
      url: 'https://alle.bench.example',
      owner: umbrellas[0]!.slug,
      defaultLocale: 'nl',
      enabledLocales: ['nl', 'fr', 'en'],
      navigationThemes: byScheme.domain.slice(0, 8),
      includeAllPublished: true,
    },
    {
      slug: SITE_SELECTION,
      name: 'Bench: selectie',
      url: 'https://selectie.bench.example',
      owner: umbrellas[1]!.slug,
      defaultLocale: 'fr',
      enabledLocales: ['fr', 'nl'],
      navigationThemes: byScheme.domain.slice(2, 10),
      includeAllPublished: false,
    },
  ]

  const slugs = new Set<string>()
  const practices: SyntheticPractice[] = []
  for (let index = 0; index < count; index++) {
    const adjective = rng.pick(ADJECTIVES)
    const activity = rng.pick(ACTIVITIES)
    const group = rng.pick(GROUPS)
    const ownMunicipalities = rng.chance(0.12) ? rng.sample(municipalities, rng.int(2, 3)) : [rng.pick(municipalities)]
    const place = ownMunicipalities[0]!
    const city = place.address?.city ?? place.name.nl
    const title = {
      nl: `${adjective[0]} ${activity[0]} ${group[0]} in ${city}`,
      fr: `${capitalise(activity[1])} ${adjective[1].toLowerCase()} ${group[1]} à ${city}`,
      en: `${adjective[2]} ${activity[2]} ${group[2]} in ${city}`,
    }
    let slug = slugify(title.nl)
    if (slugs.has(slug)) slug = `${slug}-${index + 1}`
    slugs.add(slug)

    const lead = rng.chance(0.6) ? place : rng.pick(partners)
    let partner = rng.pick(partners)
    while (partner.slug === lead.slug) partner = rng.pick(partners)
    const leadName = lead.name as Required<Localised>
    const [first, second] = rng.sample(SENTENCES, 2) as [Triple, Triple]
    const summary = {
      nl: `${leadName.nl} organiseert een ${activity[0]} ${group[0]} in ${city}. ${first[0]} ${second[0]}`,
      fr: `${leadName.fr ?? leadName.nl} organise un ${activity[1]} ${group[1]} à ${city}. ${first[1]} ${second[1]}`,
      en: `${leadName.en ?? leadName.nl} runs a ${activity[2]} ${group[2]} in ${city}. ${first[2]} ${second[2]}`,
    }
    const paragraphs = (locale: 0 | 1 | 2, sentences: number): string[] => [
      rng
        .sample(SENTENCES, sentences)
        .map((sentence) => sentence[locale])
        .join(' '),
    ]

    const themeSlugs = [
      ...rng.sample(byScheme.domain, rng.int(2, 3)),
      ...rng.sample(byScheme['target-group'], rng.int(1, 2)),
      ...rng.sample(byScheme.dimension, rng.int(1, 2)),
    ]
    const start = CATALOGUE_NOW - rng.int(30, 9 * 365) * DAY_MS
    const end = rng.chance(0.45) ? start + rng.int(60, 4 * 365) * DAY_MS : null
    const published = Math.min(CATALOGUE_NOW - rng.int(1, 5) * DAY_MS, start + rng.int(0, 2 * 365) * DAY_MS)
    const plan = planOf.get(place.slug)
    const withPlan = plan !== undefined && rng.chance(0.6)
    const imageCount = rng.int(1, 3)
    const firstImage = rng.int(0, media.length - 1)
    const regions = [...new Set(ownMunicipalities.map((org) => regionOf.get(org.slug)).filter((region): region is Region => !!region))]
    const contactName = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`

    practices.push({
      slug,
      title,
      summary: { nl: clip(summary.nl), fr: clip(summary.fr), en: clip(summary.en) },
      what: { nl: paragraphs(0, 2), fr: paragraphs(1, 2), en: paragraphs(2, 2) },
      who: { nl: paragraphs(0, 1) },
      why: { nl: paragraphs(0, 1) },
      how: { nl: { paragraphs: paragraphs(0, 1), bullets: rng.sample(SENTENCES, 2).map((s) => s[0]) }, fr: paragraphs(1, 1), en: paragraphs(2, 1) },
      results: { nl: paragraphs(0, 2) },
      reach: rng.int(1, 4) as 1 | 2 | 3 | 4,
      recurrence: rng.int(1, 4) as 1 | 2 | 3 | 4,
      themes: themeSlugs,
      organisations: [
        { organisation: lead.slug, role: 'lead' },
        { organisation: partner.slug, role: rng.chance(0.2) ? 'funder' : 'partner' },
      ],
      municipalities: ownMunicipalities.map((org) => org.slug),
      regions,
      startDate: noon(start),
      endDate: end === null ? null : noon(end),
      publishedAt: new Date(published + rng.int(0, DAY_MS - 1)).toISOString(),
      policyPlan: withPlan ? plan.slug : null,
      strategicGoals: withPlan ? rng.sample(plan.strategicGoals, rng.int(1, 2)).map((goal) => goal.code) : [],
      images: Array.from({ length: imageCount }, (_, offset) => (firstImage + offset * 7) % media.length),
      links: rng.chance(0.7)
        ? [{ label: { nl: 'Meer informatie', fr: 'Plus d’informations', en: 'More information' }, url: `https://${place.slug}.example/${slug.slice(0, 40)}` }]
        : [],
      contact: rng.chance(0.8)
        ? {
            name: contactName,
            email: `${slugify(contactName).replace(/-/g, '.')}@${slugify(lead.slug.slice(0, 30))}.example`,
            phone: rng.chance(0.5) ? `+32 ${rng.int(2, 9)} ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}` : null,
            organisation: lead.slug,
          }
        : null,
      ownerTeam: rng.pick(umbrellas).slug,
      sites: rng.chance(0.3) ? [SITE_SELECTION] : [],
    })
  }

  return { seed, themes, organisations, policyPlans, media, sites, practices }
}

function makeOrganisations(rng: Random, municipalityCount: number, partnerCount: number): SyntheticOrganisation[] {
  const organisations: SyntheticOrganisation[] = umbrellaOrganisations.map((org) => ({ ...org }))
  const taken = new Set(organisations.map((org) => org.slug))
  const unique = (slug: string) => {
    let candidate = slug
    for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`
    taken.add(candidate)
    return candidate
  }

  const flemishStart = ['Oost', 'West', 'Noord', 'Zuid', 'Neder', 'Over', 'Sint-', 'Groot-', 'Klein-', '']
  const flemishRoot = ['kerk', 'brug', 'wijn', 'hout', 'berg', 'beek', 'veld', 'dam', 'kamp', 'meer', 'lo', 'zele', 'rode', 'dijk', 'hem']
  const flemishEnd = ['gem', 'kerke', 'dorp', 'hove', 'hem', 'ene', 'zele', 'aarde', 'lare', 'broek']
  const walloonStart = ['Saint-', 'Mont-', 'Ville-', 'Haut-', 'Bas-', 'Pont-', 'Fontaine-', '']
  const walloonRoot = ['sur', 'ro', 'ma', 'beau', 'che', 'for', 'lan', 'mar', 'val', 'bel', 'cour', 'ger']
  const walloonEnd = ['mont', 'ville', 'sart', 'fontaine', 'court', 'champs', 'ries', 'mée', 'lez-Sambre', 'en-Ardenne']

  // Municipalities: about 200, with NIS codes and regions.
  const nisCodes = new Set<string>()
  for (let index = 0; index < municipalityCount; index++) {
    const weights = rng.next()
    let acc = 0
    let region: Region = 'flanders'
    for (const [candidate, weight] of REGION_WEIGHTS) {
      acc += weight
      if (weights < acc) {
        region = candidate
        break
      }
    }
    const start = region === 'wallonia' ? rng.pick(walloonStart) : rng.pick(flemishStart)
    const root = region === 'wallonia' ? rng.pick(walloonRoot) : rng.pick(flemishRoot)
    const end = region === 'wallonia' ? rng.pick(walloonEnd) : rng.pick(flemishEnd)
    const name = `${start}${capitaliseIf(root, start === '' || start.endsWith('-'))}${end}`
    const clean = name.replace(/-([a-z])/g, (_, letter: string) => `-${letter.toUpperCase()}`)
    let nis = ''
    do {
      const province = region === 'brussels' ? 21 : region === 'wallonia' ? rng.pick([25, 51, 52, 53, 55, 56, 57, 61, 62, 63, 64, 81, 82, 83, 84, 85, 91, 92, 93]) : rng.pick([11, 12, 13, 23, 24, 31, 32, 33, 34, 35, 36, 37, 38, 41, 42, 43, 44, 45, 46, 71, 72, 73])
      nis = `${province}${String(rng.int(1, 999)).padStart(3, '0')}`
    } while (nisCodes.has(nis))
    nisCodes.add(nis)
    const prefix = { nl: 'Gemeente', fr: 'Commune de', en: 'Municipality of' }
    organisations.push({
      slug: unique(slugify(clean)),
      name: { nl: `${prefix.nl} ${clean}`, fr: `${prefix.fr} ${clean}`, en: `${prefix.en} ${clean}` },
      type: 'municipality',
      region,
      nisCode: nis,
      website: `https://www.${slugify(clean)}.example`,
      address: { postalCode: String(rng.int(1000, 9999)), city: clean, latitude: 49.5 + rng.next() * 2, longitude: 2.6 + rng.next() * 3.5 },
    })
  }

  const municipalities = organisations.filter((org) => org.type === 'municipality')
  // Partners: services of municipalities, welfare centres, nonprofits, schools, companies, agencies.
  const kinds: Array<{ type: OrganisationSeed['type']; names: Triple; count: number; child?: boolean }> = [
    { type: 'local-service', names: ['Dienst Diversiteit', 'Service Diversité', 'Diversity Service'], count: 30, child: true },
    { type: 'public-welfare-centre', names: ['OCMW', 'CPAS', 'Public Welfare Centre'], count: 20, child: true },
    { type: 'nonprofit', names: ['Vzw Samen', 'ASBL Ensemble', 'Together'], count: 25 },
    { type: 'education', names: ['Basisschool', 'École', 'School'], count: 10 },
    { type: 'company', names: ['Coöperatie', 'Coopérative', 'Cooperative'], count: 5 },
    { type: 'government-agency', names: ['Agentschap', 'Agence', 'Agency'], count: 5 },
  ]
  const kindTotal = kinds.reduce((sum, kind) => sum + kind.count, 0)
  for (const kind of kinds) {
    const count = Math.max(1, Math.round((kind.count * partnerCount) / kindTotal))
    for (let index = 0; index < count; index++) {
      const parent = rng.pick(municipalities)
      const city = (parent.address?.city ?? parent.slug) as string
      const label = kind.child ? city : `${rng.pick(ADJECTIVES)[0]} ${city}`
      organisations.push({
        slug: unique(slugify(`${kind.names[0]} ${label}`)),
        name: { nl: `${kind.names[0]} ${label}`, fr: `${kind.names[1]} ${label}`, en: `${kind.names[2]} ${label}` },
        type: kind.type,
        region: parent.region,
        ...(kind.child ? { parent: parent.slug } : {}),
        ...(rng.chance(0.5) ? { email: `info@${slugify(label)}.example` } : {}),
        ...(rng.chance(0.4) ? { description: { nl: [`${kind.names[0]} in ${city}. ${rng.pick(SENTENCES)[0]}`] } } : {}),
      })
    }
  }
  return organisations
}

function makeMedia(rng: Random, size: number): SyntheticMedia[] {
  return Array.from({ length: size }, (_, index) => {
    const activity = rng.pick(ACTIVITIES)
    const group = rng.pick(GROUPS)
    return {
      name: `bench-foto-${String(index + 1).padStart(2, '0')}`,
      alt: {
        nl: `Deelnemers aan een ${activity[0]} ${group[0]}`,
        fr: `Participants à un ${activity[1]} ${group[1]}`,
        en: `People at a ${activity[2]} ${group[2]}`,
      },
      ...(rng.chance(0.5) ? { caption: { nl: `Foto ${index + 1}`, fr: `Photo ${index + 1}` } } : {}),
      credit: `Foto: ${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
      hue: rng.int(0, 359),
      variant: index % 3,
    }
  })
}

function makePolicyPlans(
  rng: Random,
  municipalities: SyntheticOrganisation[],
  umbrellas: SyntheticOrganisation[],
  themes: ThemeSeed[],
  count: number,
): SyntheticPolicyPlan[] {
  const domains = themes.filter((theme) => theme.scheme !== 'dimension').map((theme) => theme.slug)
  return rng.sample(municipalities, count).map((municipality) => {
    const city = municipality.address?.city ?? municipality.slug
    const startYear = rng.int(2019, 2025)
    return {
      slug: slugify(`gelijke-kansenplan-${city}-${startYear}`),
      title: {
        nl: `Gelijkekansenplan ${city} ${startYear}–${startYear + 5}`,
        fr: `Plan égalité des chances ${city} ${startYear}–${startYear + 5}`,
        en: `Equal opportunities plan ${city} ${startYear}–${startYear + 5}`,
      },
      organisation: municipality.slug,
      ownerTeam: rng.pick(umbrellas).slug,
      startYear,
      endYear: startYear + 5,
      status: startYear + 5 < 2026 ? 'ended' : 'adopted',
      ambition: {
        nl: `${city} wil een stad zijn waar iedereen kansen krijgt. ${rng.pick(SENTENCES)[0]}`,
        fr: `${city} veut être une ville où chacun a sa chance. ${rng.pick(SENTENCES)[1]}`,
        en: `${city} wants to be a place where everyone gets a chance. ${rng.pick(SENTENCES)[2]}`,
      },
      strategicGoals: [1, 2, 3, 4].map((n) => {
        const group = rng.pick(GROUPS)
        return { code: `SD${n}`, title: { nl: `Gelijke kansen ${group[0]}`, fr: `Égalité des chances ${group[1]}`, en: `Equal opportunities ${group[2]}` } }
      }),
      priorityThemes: rng.sample(domains, 3),
      keywords: { nl: ['gelijke kansen', 'diversiteit'], fr: ['égalité des chances', 'diversité'], en: ['equal opportunities', 'diversity'] },
    }
  })
}

const noon = (time: number): string => `${new Date(time).toISOString().slice(0, 10)}T12:00:00.000Z`
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
const capitaliseIf = (text: string, yes: boolean): string => (yes ? text : text.toLowerCase())
const clip = (text: string): string => (text.length <= 300 ? text : `${text.slice(0, 299).replace(/\s+\S*$/, '')}…`)

// ---------------------------------------------------------------------------
// What the scenarios need from the catalogue
// ---------------------------------------------------------------------------

/** The words of a text as a search box user would type them (letters and digits, at least 4 long). */
export function searchableWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4)
    .map((word) => word.toLowerCase())
}

/** The descendants of each theme (itself included), for filters that must include them. */
export function themeWithDescendants(themes: readonly ThemeSeed[]): Map<string, string[]> {
  const children = new Map<string, string[]>()
  for (const theme of themes) if (theme.parent) children.set(theme.parent, [...(children.get(theme.parent) ?? []), theme.slug])
  const expand = (slug: string): string[] => [slug, ...(children.get(slug) ?? []).flatMap(expand)]
  return new Map(themes.map((theme) => [theme.slug, expand(theme.slug)]))
}
