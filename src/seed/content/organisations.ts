import type { OrganisationSeed } from '../types'

/**
 * Demo organisations: the umbrella organisations (the editors' teams), the
 * cities and municipalities the practices take place in, and their partners.
 * Coordinates are approximate town centres, for maps in the demo.
 */

export const umbrellaOrganisations: OrganisationSeed[] = [
  {
    slug: 'vvsg',
    name: {
      nl: 'VVSG – Vereniging van Vlaamse Steden en Gemeenten',
      fr: 'VVSG – Association des villes et communes flamandes',
      en: 'VVSG – Association of Flemish Cities and Municipalities',
    },
    type: 'umbrella',
    region: 'flanders',
    website: 'https://www.vvsg.be',
    address: { postalCode: '1000', city: 'Brussel' },
    description: {
      nl: [
        'De koepel van de Vlaamse lokale besturen. Met de praktijkendatabank Samenleven in diversiteit laat de VVSG zien hoe steden en gemeenten werk maken van een inclusief beleid, zodat andere besturen er ideeën uit kunnen halen.',
      ],
      fr: [
        'La fédération des pouvoirs locaux flamands. Sa base de pratiques « Vivre ensemble dans la diversité » montre comment villes et communes construisent une politique inclusive, pour inspirer d’autres administrations.',
      ],
    },
  },
  {
    slug: 'unia',
    name: { nl: 'Unia', fr: 'Unia', en: 'Unia' },
    type: 'umbrella',
    region: 'federal',
    website: 'https://www.unia.be',
    address: { postalCode: '1000', city: 'Brussel' },
    description: {
      nl: [
        'De onafhankelijke openbare instelling die discriminatie bestrijdt en gelijke kansen bevordert. Met de databank Kies Gelijke Kansen bundelt Unia lokale voorbeelden, geordend per beleidsdomein, van crisisbeleid tot werk en economie.',
      ],
      fr: [
        'L’institution publique indépendante qui combat la discrimination et promeut l’égalité des chances. Sa base de données « Choisir l’égalité des chances » rassemble des exemples locaux classés par domaine politique.',
      ],
      en: [
        'The independent public institution that fights discrimination and promotes equal opportunities. Its database of local examples is organised by policy domain, from crisis policy to work and the economy.',
      ],
    },
  },
  {
    slug: 'vrouwenraad',
    name: {
      nl: 'Vrouwenraad',
      fr: 'Vrouwenraad (Conseil flamand des femmes)',
      en: 'Vrouwenraad (Flemish Women’s Council)',
    },
    type: 'umbrella',
    region: 'flanders',
    website: 'https://www.vrouwenraad.be',
    description: {
      nl: [
        'Het Nederlandstalige overlegplatform van vrouwenorganisaties. Via Gelijke Kansen Gemeente reikt de Vrouwenraad steden en gemeenten voorbeelden aan om gendergelijkheid een vaste plek te geven in hun beleid.',
      ],
    },
  },
  {
    slug: 'igvm',
    name: {
      nl: 'Instituut voor de Gelijkheid van Vrouwen en Mannen',
      fr: 'Institut pour l’égalité des femmes et des hommes',
      en: 'Institute for the Equality of Women and Men',
    },
    type: 'umbrella',
    region: 'federal',
    website: 'https://igvm-iefh.belgium.be',
    address: { postalCode: '1000', city: 'Brussel' },
    description: {
      nl: [
        'De federale instelling voor gelijkheid van vrouwen en mannen. Haar databank met goede praktijken helpt werkgevers, ook lokale besturen, om genderbewust te werken.',
      ],
      fr: [
        'L’institution fédérale chargée de l’égalité des femmes et des hommes. Sa base de bonnes pratiques aide les employeurs, dont les pouvoirs locaux, à intégrer la dimension de genre dans leur fonctionnement.',
      ],
    },
  },
  {
    slug: 'brussel-plaatselijke-besturen',
    name: {
      nl: 'Brussel Plaatselijke Besturen',
      fr: 'Bruxelles Pouvoirs Locaux',
      en: 'Brussels Local Authorities',
    },
    type: 'umbrella',
    region: 'brussels',
    address: { postalCode: '1035', city: 'Brussel' },
    description: {
      nl: [
        'De gewestelijke administratie die toezicht houdt op en steun geeft aan de Brusselse gemeenten. Haar coördinatie gelijke kansen brengt de 19 gemeenten samen rond gelijkheid, diversiteit en gendermainstreaming.',
      ],
      fr: [
        'L’administration régionale qui encadre et soutient les communes bruxelloises. Sa coordination égalité des chances réunit les 19 communes autour de l’égalité, de la diversité et du gender mainstreaming.',
      ],
    },
  },
]

export const mechelenOrganisations: OrganisationSeed[] = [
  {
    slug: 'stad-mechelen',
    name: { nl: 'Stad Mechelen', fr: 'Ville de Malines', en: 'City of Mechelen' },
    type: 'municipality',
    region: 'flanders',
    nisCode: '12025',
    website: 'https://www.mechelen.be',
    address: { postalCode: '2800', city: 'Mechelen', latitude: 51.0259, longitude: 4.4776 },
  },
  {
    slug: 'dienst-diversiteit-mechelen',
    name: {
      nl: 'Dienst Diversiteit – Stad Mechelen',
      fr: 'Service Diversité – Ville de Malines',
      en: 'Diversity Service – City of Mechelen',
    },
    type: 'local-service',
    region: 'flanders',
    parent: 'stad-mechelen',
    address: { postalCode: '2800', city: 'Mechelen' },
    description: {
      nl: [
        'Het stadsteam dat diversiteit en gelijke kansen over alle diensten heen opvolgt. De stafmedewerker diversiteit zit in de afdeling Strategie en Ontwikkeling en mag daardoor over de grenzen van diensten heen werken.',
      ],
    },
  },
  {
    slug: 'agentschap-integratie-en-inburgering',
    name: {
      nl: 'Agentschap Integratie en Inburgering',
      fr: 'Agence flamande pour l’intégration et l’intégration civique',
      en: 'Agency for Integration and Civic Integration',
    },
    type: 'government-agency',
    region: 'flanders',
    website: 'https://www.integratie-inburgering.be',
  },
]

type Municipality = [slug: string, nl: string, fr: string, en: string, nisCode: string, postalCode: string, latitude: number, longitude: number]

/** The 19 municipalities of the Brussels-Capital Region, with their NIS codes. */
const brussels: Municipality[] = [
  ['anderlecht', 'Anderlecht', 'Anderlecht', 'Anderlecht', '21001', '1070', 50.8365, 4.307],
  ['oudergem', 'Oudergem', 'Auderghem', 'Auderghem', '21002', '1160', 50.8167, 4.4333],
  ['sint-agatha-berchem', 'Sint-Agatha-Berchem', 'Berchem-Sainte-Agathe', 'Berchem-Sainte-Agathe', '21003', '1082', 50.8667, 4.294],
  ['brussel', 'Brussel', 'Bruxelles', 'City of Brussels', '21004', '1000', 50.8467, 4.3525],
  ['etterbeek', 'Etterbeek', 'Etterbeek', 'Etterbeek', '21005', '1040', 50.8333, 4.3833],
  ['evere', 'Evere', 'Evere', 'Evere', '21006', '1140', 50.871, 4.402],
  ['vorst', 'Vorst', 'Forest', 'Forest', '21007', '1190', 50.81, 4.32],
  ['ganshoren', 'Ganshoren', 'Ganshoren', 'Ganshoren', '21008', '1083', 50.871, 4.308],
  ['elsene', 'Elsene', 'Ixelles', 'Ixelles', '21009', '1050', 50.8333, 4.3667],
  ['jette', 'Jette', 'Jette', 'Jette', '21010', '1090', 50.877, 4.325],
  ['koekelberg', 'Koekelberg', 'Koekelberg', 'Koekelberg', '21011', '1081', 50.862, 4.329],
  ['sint-jans-molenbeek', 'Sint-Jans-Molenbeek', 'Molenbeek-Saint-Jean', 'Molenbeek-Saint-Jean', '21012', '1080', 50.855, 4.322],
  ['sint-gillis', 'Sint-Gillis', 'Saint-Gilles', 'Saint-Gilles', '21013', '1060', 50.827, 4.345],
  ['sint-joost-ten-node', 'Sint-Joost-ten-Node', 'Saint-Josse-ten-Noode', 'Saint-Josse-ten-Noode', '21014', '1210', 50.854, 4.373],
  ['schaarbeek', 'Schaarbeek', 'Schaerbeek', 'Schaerbeek', '21015', '1030', 50.867, 4.378],
  ['ukkel', 'Ukkel', 'Uccle', 'Uccle', '21016', '1180', 50.8, 4.333],
  ['watermaal-bosvoorde', 'Watermaal-Bosvoorde', 'Watermael-Boitsfort', 'Watermael-Boitsfort', '21017', '1170', 50.8, 4.417],
  ['sint-lambrechts-woluwe', 'Sint-Lambrechts-Woluwe', 'Woluwe-Saint-Lambert', 'Woluwe-Saint-Lambert', '21018', '1200', 50.847, 4.429],
  ['sint-pieters-woluwe', 'Sint-Pieters-Woluwe', 'Woluwe-Saint-Pierre', 'Woluwe-Saint-Pierre', '21019', '1150', 50.829, 4.434],
]

const flemish: Municipality[] = [
  ['gent', 'Gent', 'Gand', 'Ghent', '44021', '9000', 51.0543, 3.7174],
  ['antwerpen', 'Antwerpen', 'Anvers', 'Antwerp', '11002', '2000', 51.2194, 4.4025],
  ['leuven', 'Leuven', 'Louvain', 'Leuven', '24062', '3000', 50.8798, 4.7005],
  ['genk', 'Genk', 'Genk', 'Genk', '71016', '3600', 50.965, 5.5008],
  ['kortrijk', 'Kortrijk', 'Courtrai', 'Kortrijk', '34022', '8500', 50.8277, 3.2649],
  ['sint-niklaas', 'Sint-Niklaas', 'Saint-Nicolas', 'Sint-Niklaas', '46021', '9100', 51.165, 4.1437],
]

const walloon: Municipality[] = [
  ['liege', 'Luik', 'Liège', 'Liège', '62063', '4000', 50.6326, 5.5797],
  ['namur', 'Namen', 'Namur', 'Namur', '92094', '5000', 50.4674, 4.872],
  ['charleroi', 'Charleroi', 'Charleroi', 'Charleroi', '52011', '6000', 50.4108, 4.4446],
]

const websites: Record<string, string> = {
  gent: 'https://stad.gent',
  antwerpen: 'https://www.antwerpen.be',
  leuven: 'https://leuven.be',
  genk: 'https://www.genk.be',
  kortrijk: 'https://www.kortrijk.be',
  'sint-niklaas': 'https://www.sint-niklaas.be',
  liege: 'https://www.liege.be',
  namur: 'https://www.namur.be',
  charleroi: 'https://www.charleroi.be',
}

function municipalities(rows: Municipality[], region: NonNullable<OrganisationSeed['region']>): OrganisationSeed[] {
  return rows.map(([slug, nl, fr, en, nisCode, postalCode, latitude, longitude]) => ({
    slug,
    name: { nl, fr, en },
    type: 'municipality',
    region,
    nisCode,
    ...(websites[slug] ? { website: websites[slug] } : {}),
    address: { postalCode, city: region === 'wallonia' ? fr : nl, latitude, longitude },
  }))
}

export const brusselsMunicipalities: OrganisationSeed[] = municipalities(brussels, 'brussels')

export const otherMunicipalities: OrganisationSeed[] = [...municipalities(flemish, 'flanders'), ...municipalities(walloon, 'wallonia')]

/** Services, public welfare centres and nonprofits that work on the practices with the municipalities. */
export const partnerOrganisations: OrganisationSeed[] = [
  {
    slug: 'atlas-antwerpen',
    name: { nl: 'Atlas, integratie & inburgering Antwerpen', fr: 'Atlas, intégration et intégration civique Anvers', en: 'Atlas, integration and civic integration Antwerp' },
    type: 'local-service',
    region: 'flanders',
    parent: 'antwerpen',
  },
  {
    slug: 'ocmw-gent',
    name: { nl: 'OCMW Gent', fr: 'CPAS de Gand', en: 'Ghent Public Centre for Social Welfare' },
    type: 'public-welfare-centre',
    region: 'flanders',
    parent: 'gent',
  },
  {
    slug: 'ocmw-sint-gillis',
    name: { nl: 'OCMW Sint-Gillis', fr: 'CPAS de Saint-Gilles', en: 'Saint-Gilles Public Centre for Social Welfare' },
    type: 'public-welfare-centre',
    region: 'brussels',
    parent: 'sint-gillis',
  },
  {
    slug: 'cpas-charleroi',
    name: { nl: 'OCMW Charleroi', fr: 'CPAS de Charleroi', en: 'Charleroi Public Centre for Social Welfare' },
    type: 'public-welfare-centre',
    region: 'wallonia',
    parent: 'charleroi',
  },
  {
    slug: 'huis-van-het-nederlands-brussel',
    name: { nl: 'Huis van het Nederlands Brussel', fr: 'Maison du néerlandais de Bruxelles', en: 'Dutch Language House Brussels' },
    type: 'nonprofit',
    region: 'brussels',
  },
  {
    slug: 'minderhedenforum',
    name: { nl: 'Minderhedenforum', fr: 'Minderhedenforum (forum des minorités)', en: 'Minderhedenforum (Minorities Forum)' },
    type: 'nonprofit',
    region: 'flanders',
  },
  {
    slug: 'cavaria',
    name: { nl: 'çavaria', fr: 'çavaria', en: 'çavaria' },
    type: 'nonprofit',
    region: 'flanders',
  },
  {
    slug: 'rainbowhouse-brussels',
    name: { nl: 'RainbowHouse Brussels', fr: 'RainbowHouse Brussels', en: 'RainbowHouse Brussels' },
    type: 'nonprofit',
    region: 'brussels',
  },
  {
    slug: 'netwerk-tegen-armoede',
    name: { nl: 'Netwerk tegen Armoede', fr: 'Netwerk tegen Armoede (réseau flamand contre la pauvreté)', en: 'Netwerk tegen Armoede (Flemish anti-poverty network)' },
    type: 'nonprofit',
    region: 'flanders',
  },
  {
    slug: 'inter-toegankelijkheid',
    name: { nl: 'Inter, Vlaams expertisecentrum toegankelijkheid', fr: 'Inter, centre flamand d’expertise en accessibilité', en: 'Inter, Flemish centre of expertise on accessibility' },
    type: 'nonprofit',
    region: 'flanders',
  },
  {
    slug: 'garance',
    name: { nl: 'Garance', fr: 'Garance', en: 'Garance' },
    type: 'nonprofit',
    region: 'brussels',
  },
  {
    slug: 'cripel',
    name: { nl: 'CRIPEL (regionaal integratiecentrum Luik)', fr: 'CRIPEL (Centre régional d’intégration de Liège)', en: 'CRIPEL (Liège regional integration centre)' },
    type: 'nonprofit',
    region: 'wallonia',
  },
  {
    slug: 'ku-leuven-instituut-voor-de-overheid',
    name: { nl: 'KU Leuven Instituut voor de Overheid', fr: 'KU Leuven, Institut de l’administration publique', en: 'KU Leuven Public Governance Institute' },
    type: 'education',
    region: 'flanders',
  },
]

/** Every organisation, parents before their children. */
export const organisations: OrganisationSeed[] = [
  ...umbrellaOrganisations,
  ...mechelenOrganisations,
  ...brusselsMunicipalities,
  ...otherMunicipalities,
  ...partnerOrganisations,
]
