import type { SiteSeed } from '../types'

/**
 * One partner site per umbrella organisation. The VVSG's site shows every
 * published practice; the others show the practices that name them (the
 * practice's `sites`). Each also accepts a local development origin.
 */
export const sites: SiteSeed[] = [
  {
    slug: 'vvsg',
    name: 'VVSG Samenleven in diversiteit',
    url: 'https://www.vvsg.be',
    owner: 'vvsg',
    defaultLocale: 'nl',
    enabledLocales: ['nl'],
    includeAllPublished: true,
    allowedOrigins: ['https://www.vvsg.be', 'http://localhost:3001'],
    navigationThemes: ['algemeen-beleid', 'toegankelijkheid', 'taalstimulering-en-taalpromotie', 'samenleven-en-sociale-cohesie', 'onderwijs', 'werk-en-ondernemen', 'vrije-tijd', 'wonen'],
  },
  {
    slug: 'unia',
    name: 'Kies Gelijke Kansen',
    url: 'https://www.unia.be',
    owner: 'unia',
    defaultLocale: 'nl',
    enabledLocales: ['nl', 'fr', 'en'],
    includeAllPublished: false,
    allowedOrigins: ['https://www.unia.be', 'http://localhost:3002'],
    navigationThemes: [
      'crisis-en-gelijke-kansen',
      'algemeen-beleid',
      'infrastructuur-huisvesting-en-mobiliteit',
      'vrije-tijd',
      'communicatie-en-participatie',
      'personeelsbeleid',
      'politie-en-justitie',
      'welzijn-en-samenleving',
      'onderwijs',
      'werk-en-economie',
    ],
  },
  {
    slug: 'vrouwenraad',
    name: 'Gelijke Kansen Gemeente',
    url: 'https://www.vrouwenraad.be',
    owner: 'vrouwenraad',
    defaultLocale: 'nl',
    enabledLocales: ['nl'],
    includeAllPublished: false,
    allowedOrigins: ['https://www.vrouwenraad.be', 'http://localhost:3003'],
    navigationThemes: ['gendermainstreaming', 'partner-en-intrafamiliaal-geweld', 'vrouwen', 'gender', 'personeelsbeleid'],
  },
  {
    slug: 'igvm',
    name: 'IGVM goede praktijken',
    url: 'https://igvm-iefh.belgium.be',
    owner: 'igvm',
    defaultLocale: 'nl',
    enabledLocales: ['nl', 'fr'],
    includeAllPublished: false,
    allowedOrigins: ['https://igvm-iefh.belgium.be', 'http://localhost:3004'],
    navigationThemes: ['gendermainstreaming', 'personeelsbeleid', 'partner-en-intrafamiliaal-geweld', 'vrouwen', 'gender'],
  },
  {
    slug: 'bpb',
    name: 'BPB Gelijke kansen',
    url: 'https://plaatselijke-besturen.brussels',
    owner: 'brussel-plaatselijke-besturen',
    defaultLocale: 'nl',
    enabledLocales: ['nl', 'fr'],
    includeAllPublished: false,
    allowedOrigins: ['https://plaatselijke-besturen.brussels', 'https://pouvoirs-locaux.brussels', 'http://localhost:3005'],
    navigationThemes: ['algemeen-beleid', 'gendermainstreaming', 'personeelsbeleid', 'racisme-en-discriminatie-bestrijden', 'samenleven-en-sociale-cohesie', 'taalstimulering-en-taalpromotie'],
  },
]
