import type { ThemeSeed } from '../types'

/**
 * Themes in three schemes. The policy domains are Unia's ten domains of Kies
 * Gelijke Kansen plus the domains VVSG and Mechelen work with (some narrow a
 * Unia domain); then target groups and diversity dimensions. A parent always
 * comes before its children and belongs to the same scheme.
 */

export const domainThemes: ThemeSeed[] = [
  {
    slug: 'crisis-en-gelijke-kansen',
    scheme: 'domain',
    order: 10,
    name: { nl: 'Crisis en gelijke kansen', fr: 'Crise et égalité des chances', en: 'Crisis and equal opportunities' },
    description: {
      nl: 'Hoe een bestuur in een crisis (pandemie, overstroming, energiecrisis) niemand vergeet.',
      fr: 'Comment une administration n’oublie personne en temps de crise.',
      en: 'How a local government leaves no one behind in a crisis.',
    },
  },
  {
    slug: 'algemeen-beleid',
    scheme: 'domain',
    order: 20,
    name: { nl: 'Algemeen beleid', fr: 'Politique générale', en: 'General policy' },
    description: {
      nl: 'Visie, planning, regie en instrumenten die over alle beleidsdomeinen heen werken.',
      fr: 'Vision, planification, pilotage et instruments transversaux.',
      en: 'Vision, planning, steering and instruments that cut across all policy areas.',
    },
  },
  {
    slug: 'infrastructuur-huisvesting-en-mobiliteit',
    scheme: 'domain',
    order: 30,
    name: { nl: 'Infrastructuur, huisvesting en mobiliteit', fr: 'Infrastructure, logement et mobilité', en: 'Infrastructure, housing and mobility' },
  },
  {
    slug: 'vrije-tijd',
    scheme: 'domain',
    order: 40,
    name: { nl: 'Vrije tijd', fr: 'Loisirs', en: 'Leisure' },
    description: {
      nl: 'Sport, cultuur, jeugdwerk en verenigingsleven.',
      fr: 'Sport, culture, jeunesse et vie associative.',
      en: 'Sport, culture, youth work and clubs.',
    },
  },
  {
    slug: 'communicatie-en-participatie',
    scheme: 'domain',
    order: 50,
    name: { nl: 'Communicatie en participatie', fr: 'Communication et participation', en: 'Communication and participation' },
  },
  {
    slug: 'personeelsbeleid',
    scheme: 'domain',
    order: 60,
    name: { nl: 'Personeelsbeleid', fr: 'Gestion du personnel', en: 'Human resources' },
  },
  {
    slug: 'politie-en-justitie',
    scheme: 'domain',
    order: 70,
    name: { nl: 'Politie en justitie', fr: 'Police et justice', en: 'Police and justice' },
  },
  {
    slug: 'welzijn-en-samenleving',
    scheme: 'domain',
    order: 80,
    name: { nl: 'Welzijn en samenleving', fr: 'Bien-être et société', en: 'Welfare and society' },
  },
  {
    slug: 'onderwijs',
    scheme: 'domain',
    order: 90,
    name: { nl: 'Onderwijs', fr: 'Enseignement', en: 'Education' },
  },
  {
    slug: 'werk-en-economie',
    scheme: 'domain',
    order: 100,
    name: { nl: 'Werk en economie', fr: 'Emploi et économie', en: 'Work and economy' },
  },
  // The VVSG's and Mechelen's domains, several of them narrowing one of the above.
  {
    slug: 'wonen',
    scheme: 'domain',
    parent: 'infrastructuur-huisvesting-en-mobiliteit',
    order: 110,
    name: { nl: 'Wonen', fr: 'Logement', en: 'Housing' },
    description: {
      nl: 'Gelijke toegang tot de huurmarkt en een buurt waar iedereen zich thuis en veilig voelt.',
      fr: 'Accès égal au marché locatif et quartiers où chacun se sent chez soi et en sécurité.',
      en: 'Equal access to rented housing and neighbourhoods where everyone feels at home and safe.',
    },
  },
  {
    slug: 'werk-en-ondernemen',
    scheme: 'domain',
    parent: 'werk-en-economie',
    order: 120,
    name: { nl: 'Werk en ondernemen', fr: 'Emploi et entrepreneuriat', en: 'Work and entrepreneurship' },
  },
  {
    slug: 'toegankelijkheid',
    scheme: 'domain',
    order: 130,
    name: { nl: 'Toegankelijkheid', fr: 'Accessibilité', en: 'Accessibility' },
    description: {
      nl: 'Fysiek, mentaal en taalkundig toegankelijke gebouwen, informatie en dienstverlening.',
      fr: 'Bâtiments, informations et services accessibles physiquement, mentalement et linguistiquement.',
      en: 'Buildings, information and services that are physically, mentally and linguistically accessible.',
    },
  },
  {
    slug: 'taalstimulering-en-taalpromotie',
    scheme: 'domain',
    order: 140,
    name: { nl: 'Taalstimulering en taalpromotie', fr: 'Soutien et promotion de la langue', en: 'Language support and promotion' },
  },
  {
    slug: 'samenleven-en-sociale-cohesie',
    scheme: 'domain',
    parent: 'welzijn-en-samenleving',
    order: 150,
    name: { nl: 'Samenleven en sociale cohesie', fr: 'Vivre ensemble et cohésion sociale', en: 'Living together and social cohesion' },
  },
  {
    slug: 'racisme-en-discriminatie-bestrijden',
    scheme: 'domain',
    order: 160,
    name: { nl: 'Racisme en discriminatie bestrijden', fr: 'Lutte contre le racisme et les discriminations', en: 'Combating racism and discrimination' },
  },
  {
    slug: 'gendermainstreaming',
    scheme: 'domain',
    parent: 'algemeen-beleid',
    order: 170,
    name: { nl: 'Gendermainstreaming en genderbudgeting', fr: 'Gender mainstreaming et gender budgeting', en: 'Gender mainstreaming and gender budgeting' },
  },
  {
    slug: 'partner-en-intrafamiliaal-geweld',
    scheme: 'domain',
    parent: 'welzijn-en-samenleving',
    order: 180,
    name: { nl: 'Partner- en intrafamiliaal geweld', fr: 'Violences entre partenaires et intrafamiliales', en: 'Partner and domestic violence' },
  },
]

export const targetGroupThemes: ThemeSeed[] = [
  { slug: 'kinderen-en-jongeren', scheme: 'target-group', order: 10, name: { nl: 'Kinderen en jongeren', fr: 'Enfants et jeunes', en: 'Children and young people' } },
  { slug: 'mensen-in-armoede', scheme: 'target-group', order: 20, name: { nl: 'Mensen in armoede', fr: 'Personnes en situation de pauvreté', en: 'People in poverty' } },
  { slug: 'anderstalige-nieuwkomers', scheme: 'target-group', order: 30, name: { nl: 'Anderstalige nieuwkomers', fr: 'Primo-arrivants allophones', en: 'Newcomers who speak other languages' } },
  { slug: 'personen-met-een-handicap', scheme: 'target-group', order: 40, name: { nl: 'Personen met een handicap', fr: 'Personnes handicapées', en: 'People with disabilities' } },
  {
    slug: 'holebis-en-transgender-personen',
    scheme: 'target-group',
    order: 50,
    name: { nl: 'Holebi’s en transgender personen (LGBTI+)', fr: 'Personnes LGBTI+', en: 'LGBTI+ people' },
  },
  { slug: 'etnisch-culturele-minderheden', scheme: 'target-group', order: 60, name: { nl: 'Etnisch-culturele minderheden', fr: 'Minorités ethnoculturelles', en: 'Ethnic and cultural minorities' } },
  { slug: 'vrouwen', scheme: 'target-group', order: 70, name: { nl: 'Vrouwen', fr: 'Femmes', en: 'Women' } },
  { slug: 'ouderen', scheme: 'target-group', order: 80, name: { nl: 'Ouderen', fr: 'Personnes âgées', en: 'Older people' } },
  { slug: 'kortgeschoolden', scheme: 'target-group', order: 90, name: { nl: 'Kortgeschoolden', fr: 'Personnes peu qualifiées', en: 'People with few qualifications' } },
]

export const dimensionThemes: ThemeSeed[] = [
  { slug: 'gender', scheme: 'dimension', order: 10, name: { nl: 'Gender', fr: 'Genre', en: 'Gender' } },
  { slug: 'leeftijd', scheme: 'dimension', order: 20, name: { nl: 'Leeftijd', fr: 'Âge', en: 'Age' } },
  { slug: 'levensbeschouwing', scheme: 'dimension', order: 30, name: { nl: 'Levensbeschouwing', fr: 'Convictions philosophiques et religieuses', en: 'Religion and belief' } },
  { slug: 'seksuele-geaardheid', scheme: 'dimension', order: 40, name: { nl: 'Seksuele geaardheid', fr: 'Orientation sexuelle', en: 'Sexual orientation' } },
  { slug: 'etnisch-culturele-identiteit', scheme: 'dimension', order: 50, name: { nl: 'Etnisch-culturele identiteit', fr: 'Identité ethnoculturelle', en: 'Ethnic and cultural identity' } },
  {
    slug: 'handicap',
    scheme: 'dimension',
    order: 60,
    name: { nl: 'Handicap (capaciteit)', fr: 'Handicap (capacités)', en: 'Disability (ability)' },
  },
  { slug: 'gezinsvorm', scheme: 'dimension', order: 70, name: { nl: 'Gezinsvorm', fr: 'Forme de famille', en: 'Family form' } },
  { slug: 'levensstijl', scheme: 'dimension', order: 80, name: { nl: 'Levensstijl', fr: 'Mode de vie', en: 'Lifestyle' } },
  { slug: 'sociaal-economische-positie', scheme: 'dimension', order: 90, name: { nl: 'Sociaal-economische positie', fr: 'Position socio-économique', en: 'Socio-economic position' } },
  { slug: 'taal', scheme: 'dimension', order: 100, name: { nl: 'Taal', fr: 'Langue', en: 'Language' } },
]

/** Every theme, parents before their children. */
export const themes: ThemeSeed[] = [...domainThemes, ...targetGroupThemes, ...dimensionThemes]
