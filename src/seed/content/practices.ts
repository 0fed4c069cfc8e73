import type { Localised, PhotoSeed, PracticeSeed } from '../types'

/**
 * Demo practices. The Mechelen and Brussels ones follow the source documents
 * (retold, not quoted); the others are plausible examples on the same themes
 * across Flanders, Brussels and Wallonia, for demos and tests only. Contact
 * addresses use the reserved `.example` domain.
 */

const photo = (nl: string, fr?: string, en?: string): PhotoSeed => ({ alt: { nl, ...(fr ? { fr } : {}), ...(en ? { en } : {}) } })

const link = (label: Localised, url: string): PracticeSeed['links'][number] => ({ label, url })

const BRUSSELS_19 = [
  'anderlecht',
  'oudergem',
  'sint-agatha-berchem',
  'brussel',
  'etterbeek',
  'evere',
  'vorst',
  'ganshoren',
  'elsene',
  'jette',
  'koekelberg',
  'sint-jans-molenbeek',
  'sint-gillis',
  'sint-joost-ten-node',
  'schaarbeek',
  'ukkel',
  'watermaal-bosvoorde',
  'sint-lambrechts-woluwe',
  'sint-pieters-woluwe',
]

// ---------------------------------------------------------------------------
// Mechelen
// ---------------------------------------------------------------------------

const mechelen: PracticeSeed[] = [
  {
    slug: 'diversiteitsclausule-in-samenwerkingsovereenkomsten',
    title: {
      nl: 'Diversiteitsclausule in samenwerkingsovereenkomsten',
      fr: 'Une clause de diversité dans les conventions de partenariat',
      en: 'A diversity clause in cooperation agreements',
    },
    summary: {
      nl: 'Wie een toelage van Stad Mechelen krijgt, ondertekent een diversiteitsclausule. In de zes maanden daarna zet de stad die samen met de organisatie om in eigen doelen en indicatoren.',
      fr: 'Toute organisation subventionnée par la Ville de Malines signe une clause de diversité. Dans les six mois, la ville la traduit avec elle en objectifs et indicateurs propres.',
      en: 'Every organisation funded by the City of Mechelen signs a diversity clause. Within six months, the city and the organisation turn it into goals and indicators of its own.',
    },
    what: {
      nl: {
        paragraphs: [
          'Elke samenwerkingsovereenkomst die de stad sluit, bevat een algemene clausule over diversiteit. Een organisatie die stadssubsidies wil, gaat daarmee akkoord en krijgt nadien doelstellingen aangereikt die bij haar eigen werking passen. De clausule steunt op vier principes:',
        ],
        bullets: [
          'de organisatie onderschrijft de visie van de stad op diversiteit;',
          'ze stelt haar werking open voor alle Mechelaars;',
          'ze wijst haar publiek op zijn grondrechten;',
          'ze laat haar publiek weten waar het discriminatie kan melden.',
        ],
      },
      fr: {
        paragraphs: [
          'Chaque convention de partenariat conclue par la ville contient une clause générale sur la diversité. Une organisation qui souhaite un subside l’accepte, puis reçoit des objectifs adaptés à son fonctionnement. La clause repose sur quatre principes :',
        ],
        bullets: [
          'adhérer à la vision de la ville sur la diversité ;',
          'ouvrir ses activités à tous les habitants ;',
          'informer son public de ses droits fondamentaux ;',
          'lui indiquer où signaler une discrimination.',
        ],
      },
      en: {
        paragraphs: [
          'Every cooperation agreement the city signs contains a general clause on diversity. An organisation that wants a city grant accepts it and then receives goals that fit its own work. The clause rests on four principles:',
        ],
        bullets: [
          'endorsing the city’s vision on diversity;',
          'opening its activities to every resident;',
          'informing its public about their fundamental rights;',
          'telling its public where to report discrimination.',
        ],
      },
    },
    who: {
      nl: ['De Dienst Diversiteit van Stad Mechelen trekt het project. Het Agentschap Integratie en Inburgering denkt mee en helpt organisaties om de clausule te vertalen naar hun praktijk.'],
      fr: ['Le Service Diversité de la Ville de Malines pilote le projet, avec l’appui de l’Agence flamande pour l’intégration et l’intégration civique.'],
    },
    why: {
      nl: [
        'Niet elke organisatie begint uit zichzelf aan een diversiteitsbeleid. Met de clausule brengt de stad haar visie tot bij haar partners en maakt ze van diversiteit een vast onderdeel van elke samenwerking.',
      ],
    },
    how: {
      nl: [
        'Eerst ondertekent de organisatie de algemene clausule, samen met de overeenkomst. In het halfjaar dat volgt, zetten de stad en de organisatie de vier principes om in doelen en indicatoren die bij haar werking passen, zodat de organisatie er zelf achter staat.',
        'De Dienst Diversiteit begeleidt elke organisatie tijdens die tweede fase van nabij.',
      ],
    },
    results: {
      nl: [
        'Elke overeenkomst opvolgen vraagt veel tijd van een kleine dienst, en dat lukt niet altijd even goed. Als beleidsinstrument werkt de clausule wel: partners kennen de visie van de stad beter en werken aan doelen die ze zelf mee bepaalden.',
      ],
    },
    reach: 1,
    recurrence: 4,
    themes: ['algemeen-beleid', 'racisme-en-discriminatie-bestrijden', 'etnisch-culturele-identiteit'],
    organisations: [
      { organisation: 'dienst-diversiteit-mechelen', role: 'lead' },
      { organisation: 'agentschap-integratie-en-inburgering', role: 'partner' },
    ],
    municipalities: ['stad-mechelen'],
    startDate: '2017-01-01',
    policyPlan: 'inclusieve-stad-2-0',
    strategicGoals: ['SD3'],
    ownerTeam: 'vvsg',
    sites: ['vvsg', 'unia'],
    photos: [
      photo(
        'Vertegenwoordigers van verenigingen en een stadsmedewerker bespreken samen een overeenkomst.',
        'Des représentants d’associations et une employée de la ville discutent d’une convention.',
        'Representatives of local organisations and a city officer discuss an agreement.',
      ),
    ],
    links: [link({ nl: 'Stad Mechelen', fr: 'Ville de Malines', en: 'City of Mechelen' }, 'https://www.mechelen.be')],
    contact: { name: 'Dienst Diversiteit', email: 'diversiteit@mechelen.example', organisation: 'dienst-diversiteit-mechelen' },
  },
  {
    slug: 'diversiteitstrajecten-op-maat-voor-prioritaire-diensten',
    title: { nl: 'Diversiteitstrajecten op maat van prioritaire stadsdiensten' },
    summary: {
      nl: 'Mechelen begon in 2016 met begeleide diversiteitstrajecten voor vijf diensten die het managementteam uitkoos: communicatie, personeel, jeugd, sport en cultuur.',
    },
    what: {
      nl: [
        'Om diversiteit in de hele organisatie te verankeren, liet de stad een aantal diensten een traject op maat doorlopen. Het managementteam koos de diensten waar de winst het grootst leek: communicatie, personeel, jeugd, sport en cultuur.',
        'Elke dienst onderzocht met de stafmedewerker diversiteit hoe toegankelijk haar aanbod is, wie ze (nog) niet bereikt en wat ze daaraan kan doen.',
      ],
    },
    who: {
      nl: [
        'De stafmedewerker diversiteit van de afdeling Strategie en Ontwikkeling begeleidde de trajecten, samen met de diensthoofden. Een stuurgroep met ambtenaren en politici volgde de voortgang op.',
      ],
    },
    why: {
      nl: [
        'Een inclusieve stad is een van de centrale organisatiedoelstellingen van Mechelen. Dat vraagt meer dan één gespecialiseerde dienst: elke dienst moet diversiteit in haar dagelijkse werk meenemen.',
      ],
    },
    how: {
      nl: {
        paragraphs: ['De trajecten bouwden op drie voorwaarden die ook het onderzoek naar lokaal integratiebeleid als succesfactoren aanwijst:'],
        bullets: [
          'een medewerker die specifiek verantwoordelijk is voor diversiteit;',
          'steun van de top: de stafmedewerker staat bovenaan het organogram en mag dienstoverschrijdend werken;',
          'een plaats in het overleg tussen domeinen, via de stuurgroep Samenleven in diversiteit.',
        ],
      },
    },
    results: {
      nl: [
        'De deelnemende diensten pasten hun communicatie, wervingsprocedures en aanbod aan. De aanpak werd daarna de basis voor het stadsbrede plan Inclusieve stad 2.0. Een les: zonder mandaat en zichtbare steun van de leiding blijft zo’n traject vrijblijvend.',
      ],
    },
    reach: 2,
    recurrence: 3,
    themes: ['algemeen-beleid', 'personeelsbeleid', 'communicatie-en-participatie', 'vrije-tijd', 'etnisch-culturele-identiteit'],
    organisations: [
      { organisation: 'dienst-diversiteit-mechelen', role: 'lead' },
      { organisation: 'stad-mechelen', role: 'partner' },
    ],
    municipalities: ['stad-mechelen'],
    startDate: '2016-01-01',
    endDate: '2019-12-31',
    ownerTeam: 'vvsg',
    sites: ['vvsg'],
    photos: [
      photo('Een stafmedewerker diversiteit leidt een werksessie met diensthoofden.'),
      photo('Post-its met ideeën voor een toegankelijker aanbod op een whiteboard.'),
    ],
    links: [link({ nl: 'VVSG: bouwen aan diversiteit' }, 'https://www.vvsg.be')],
    contact: { name: 'Stafmedewerker diversiteit', email: 'diversiteit@mechelen.example', organisation: 'dienst-diversiteit-mechelen' },
  },
  {
    slug: 'babbelbuddys-nederlands-oefenen-in-de-buurt',
    title: { nl: 'Babbelbuddy’s: Nederlands oefenen in de buurt' },
    summary: {
      nl: 'Vrijwilligers en anderstalige Mechelaars spreken elke week af in een buurthuis of de bib om Nederlands te oefenen in alledaagse situaties, los van de les.',
    },
    what: {
      nl: [
        'Wie Nederlands leert, heeft vaak te weinig kansen om het buiten de klas te spreken. Babbelbuddy’s brengt anderstaligen in kleine groepjes samen met Nederlandstalige vrijwilligers, voor gesprekken over wat hen bezighoudt: de school van de kinderen, werk zoeken, de buurt.',
      ],
    },
    who: {
      nl: ['Stad Mechelen organiseert de gespreksgroepen, met vrijwilligers uit de buurt. Het Agentschap Integratie en Inburgering verwijst cursisten door.'],
    },
    why: {
      nl: [
        'Taal opent de deur naar werk, school en vriendschappen. Oefenen in een ontspannen sfeer geeft zelfvertrouwen, en de ontmoetingen brengen buren samen die elkaar anders niet zouden leren kennen.',
      ],
    },
    how: {
      nl: {
        paragraphs: ['Elke groep heeft een vaste begeleider en komt wekelijks samen. De stad zorgt voor:'],
        bullets: ['een korte opleiding voor vrijwilligers', 'gespreksthema’s en materiaal', 'koffie en een vaste plek in de buurt'],
      },
    },
    results: {
      nl: ['Deelnemers durven meer Nederlands te spreken aan het loket en op het werk. Het vasthouden van vrijwilligers vraagt blijvende aandacht.'],
    },
    reach: 2,
    recurrence: 4,
    themes: ['taalstimulering-en-taalpromotie', 'samenleven-en-sociale-cohesie', 'anderstalige-nieuwkomers', 'taal'],
    organisations: [
      { organisation: 'stad-mechelen', role: 'lead' },
      { organisation: 'agentschap-integratie-en-inburgering', role: 'partner' },
    ],
    municipalities: ['stad-mechelen'],
    startDate: '2020-09-01',
    policyPlan: 'inclusieve-stad-2-0',
    strategicGoals: ['SD1'],
    ownerTeam: 'vvsg',
    sites: ['vvsg'],
    photos: [
      photo('Vier mensen praten aan een tafel in de bibliotheek, met koffie en een woordenboek.'),
      photo('Een vrijwilliger legt een woord uit met behulp van een prent.'),
    ],
    links: [link({ nl: 'Stad Mechelen' }, 'https://www.mechelen.be')],
    contact: { name: 'Team Samenleven', email: 'samenleven@mechelen.example', organisation: 'stad-mechelen' },
  },
  {
    slug: 'buurtbudget-voor-ontmoeting',
    title: { nl: 'Buurtbudget voor ontmoeting' },
    summary: {
      nl: 'Bewoners die in hun straat of wijk iets willen organiseren dat buren samenbrengt, krijgen een klein budget en praktische hulp van de stad.',
    },
    what: {
      nl: [
        'Een straatfeest, een moestuin op een braakliggend stuk grond, een ruilmarkt: met het buurtbudget ondersteunt de stad kleine initiatieven van bewoners die mensen met verschillende achtergronden met elkaar in contact brengen.',
      ],
    },
    who: { nl: ['Stad Mechelen, met de buurtwerkers en bewonersgroepen in de wijken.'] },
    why: {
      nl: [
        'Samenleven in diversiteit begint op het niveau van de straat. Wie zijn buren kent, voelt zich er sneller thuis en veiliger.',
      ],
    },
    how: {
      nl: {
        paragraphs: ['Een aanvraag past op één blad. Een buurtwerker helpt waar nodig bij het invullen.'],
        bullets: ['bewoners dienen hun idee in', 'een jury met buurtbewoners beslist binnen de maand', 'na afloop volstaat een foto en een kort verslag'],
      },
    },
    results: {
      nl: ['Elk jaar lopen tientallen projecten, vaak van mensen die nooit eerder iets organiseerden. Een drempel blijft het vinden van trekkers in wijken met veel verhuisbewegingen.'],
    },
    reach: 3,
    recurrence: 4,
    themes: ['samenleven-en-sociale-cohesie', 'wonen', 'communicatie-en-participatie', 'etnisch-culturele-identiteit'],
    organisations: [{ organisation: 'stad-mechelen', role: 'lead' }],
    municipalities: ['stad-mechelen'],
    startDate: '2021-03-01',
    policyPlan: 'inclusieve-stad-2-0',
    strategicGoals: ['SD1', 'SD4'],
    ownerTeam: 'vvsg',
    sites: ['vvsg'],
    photos: [photo('Buren zetten lange tafels klaar voor een straatfeest.')],
    links: [link({ nl: 'Stad Mechelen' }, 'https://www.mechelen.be')],
    contact: { name: 'Buurtwerk', email: 'buurtwerk@mechelen.example', organisation: 'stad-mechelen' },
  },
  {
    slug: 'elke-jongere-een-club',
    title: {
      nl: 'Elke jongere een club',
      fr: 'Un club pour chaque jeune',
    },
    summary: {
      nl: 'Jeugdbewegingen, sportclubs en academies krijgen ondersteuning om kwetsbare jongeren aan te trekken en te houden: van lagere lidgelden tot een coach die drempels helpt wegwerken.',
      fr: 'Mouvements de jeunesse, clubs sportifs et académies sont aidés à accueillir et garder des jeunes vulnérables : cotisations réduites, matériel et coach pour lever les obstacles.',
    },
    what: {
      nl: [
        'Via de club leren jongeren vrienden maken, met regels omgaan en samenwerken. Toch vinden kinderen uit gezinnen met weinig geld of met een migratieachtergrond er minder vaak de weg naartoe. De stad helpt clubs om dat te veranderen.',
      ],
      fr: [
        'Au club, les jeunes se font des amis, apprennent à respecter des règles et à coopérer. Les enfants de familles à faibles revenus ou issues de l’immigration y sont pourtant moins présents. La ville aide les clubs à changer cela.',
      ],
    },
    who: {
      nl: ['De jeugd- en sportdienst van Stad Mechelen, met de clubs, scholen en het Netwerk tegen Armoede als klankbord.'],
    },
    why: {
      nl: [
        'Meer kwetsbare jongeren in het verenigingsleven is een van de doelen van het plan Inclusieve stad 2.0. Clubs willen vaak wel, maar weten niet hoe ze die jongeren bereiken.',
      ],
    },
    how: {
      nl: {
        paragraphs: ['Een coach bezoekt clubs die willen meedoen en maakt een plan op maat, met maatregelen zoals:'],
        bullets: ['een kansentarief voor lidgeld en kampen', 'een uitleenpunt voor uniformen en sportmateriaal', 'proeftrainingen via scholen en buurtwerk', 'een vertrouwenspersoon in de club'],
      },
    },
    results: {
      nl: ['Deelnemende clubs zagen het aantal leden met een kansentarief stijgen. Jongeren blijven langer lid als een vaste begeleider hen opvangt.'],
    },
    reach: 2,
    recurrence: 4,
    themes: ['vrije-tijd', 'kinderen-en-jongeren', 'mensen-in-armoede', 'sociaal-economische-positie'],
    organisations: [
      { organisation: 'stad-mechelen', role: 'lead' },
      { organisation: 'netwerk-tegen-armoede', role: 'partner' },
    ],
    municipalities: ['stad-mechelen'],
    startDate: '2021-09-01',
    policyPlan: 'inclusieve-stad-2-0',
    strategicGoals: ['SD1'],
    ownerTeam: 'vvsg',
    sites: ['vvsg', 'unia'],
    photos: [
      photo('Kinderen spelen voetbal op een pleintje, een coach kijkt toe.', 'Des enfants jouent au football sur une place, sous le regard d’un coach.'),
      photo('Jongeren van een jeugdbeweging bouwen samen een tent op.', 'Des jeunes d’un mouvement de jeunesse montent une tente ensemble.'),
      photo('Een rek met uitleenbare sportschoenen en uniformen.', 'Une étagère de chaussures de sport et d’uniformes à emprunter.'),
    ],
    links: [link({ nl: 'Stad Mechelen', fr: 'Ville de Malines' }, 'https://www.mechelen.be')],
    contact: { name: 'Jeugddienst', email: 'jeugd@mechelen.example', organisation: 'stad-mechelen' },
  },
  {
    slug: 'klankbordgroep-etnisch-culturele-verenigingen',
    title: { nl: 'Klankbordgroep van etnisch-culturele verenigingen' },
    summary: {
      nl: 'Een vaste klankbordgroep geeft etnisch-culturele verenigingen een stem in het stadsbeleid. De stad legt plannen voor en ondersteunt de verenigingen in hun werking.',
    },
    what: {
      nl: [
        'Vier keer per jaar komen vertegenwoordigers van etnisch-culturele verenigingen samen met de stad. Ze geven advies over plannen die hun leden raken en brengen zelf thema’s aan.',
      ],
    },
    who: { nl: ['De Dienst Diversiteit, de verenigingen, en het Minderhedenforum als ondersteunende partner.'] },
    why: {
      nl: [
        'Verenigingen vangen vaak op wat diensten missen en vormen een brug tussen hun achterban en het beleid. Hun stem bereikt het beleid echter te weinig, en ze krijgen zelf te weinig steun.',
      ],
    },
    how: {
      nl: ['De stad zorgt voor een vergaderplek, een verslag en terugkoppeling: wat gebeurde er met het advies? Verenigingen kunnen daarnaast een beroep doen op vorming over subsidies, boekhouding en communicatie.'],
    },
    results: {
      nl: ['Adviezen van de groep leidden onder meer tot meertalige infosessies en een aangepast subsidiereglement. Vertrouwen opbouwen vraagt tijd en een stad die doet wat ze belooft.'],
    },
    reach: 2,
    recurrence: 4,
    themes: ['communicatie-en-participatie', 'etnisch-culturele-minderheden', 'etnisch-culturele-identiteit'],
    organisations: [
      { organisation: 'dienst-diversiteit-mechelen', role: 'lead' },
      { organisation: 'minderhedenforum', role: 'partner' },
    ],
    municipalities: ['stad-mechelen'],
    startDate: '2020-06-01',
    policyPlan: 'inclusieve-stad-2-0',
    strategicGoals: ['SD4'],
    ownerTeam: 'vvsg',
    sites: ['vvsg'],
    photos: [],
    links: [link({ nl: 'Minderhedenforum' }, 'https://www.minderhedenforum.be')],
    contact: { name: 'Dienst Diversiteit', email: 'diversiteit@mechelen.example', organisation: 'dienst-diversiteit-mechelen' },
  },
  {
    slug: 'leerwerkplekken-voor-kortgeschoolden-bij-de-stad',
    title: { nl: 'Leerwerkplekken voor kortgeschoolden bij de stad' },
    summary: {
      nl: 'De stad biedt elk jaar leerwerkplekken aan mensen zonder diploma, met een mentor op de werkvloer en een vaste job als die goed loopt.',
    },
    what: {
      nl: [
        'In de groendienst, de schoonmaak, de keuken van de woonzorgcentra en de logistiek leren deelnemers een jaar lang het vak op de werkvloer. Wie slaagt, kan doorstromen naar een vaste betrekking.',
      ],
    },
    who: { nl: ['De personeelsdienst van Stad Mechelen met de diensten die een plek aanbieden.'] },
    why: {
      nl: [
        'De stad wil een afspiegeling zijn van de bevolking en het goede voorbeeld geven als werkgever. Kortgeschoolden vinden moeilijk werk dat bij hun talenten past, terwijl de stad mensen zoekt.',
      ],
    },
    how: {
      nl: ['Selectie gebeurt op basis van motivatie en praktijkproeven, niet op diploma. Elke deelnemer krijgt een mentor en, waar nodig, taalondersteuning.'],
    },
    results: {
      nl: ['Het merendeel van de deelnemers rondt het jaar af en blijft bij de stad of vindt elders werk. Mentoren opleiden en vrijstellen blijft de grootste uitdaging.'],
    },
    reach: 1,
    recurrence: 3,
    themes: ['personeelsbeleid', 'werk-en-ondernemen', 'kortgeschoolden', 'sociaal-economische-positie'],
    organisations: [{ organisation: 'stad-mechelen', role: 'lead' }],
    municipalities: ['stad-mechelen'],
    startDate: '2021-01-01',
    policyPlan: 'inclusieve-stad-2-0',
    strategicGoals: ['SD2'],
    ownerTeam: 'vvsg',
    sites: ['vvsg'],
    photos: [photo('Een mentor toont een nieuwe collega hoe een grasmachine werkt.')],
    links: [link({ nl: 'Werken bij Stad Mechelen' }, 'https://www.mechelen.be')],
    contact: { name: 'Personeelsdienst', email: 'jobs@mechelen.example', organisation: 'stad-mechelen' },
  },
  {
    slug: 'studiecoaches-voor-kwetsbare-jongeren',
    title: { nl: 'Studiecoaches voor kwetsbare jongeren', en: 'Study coaches for vulnerable young people' },
    summary: {
      nl: 'Studenten van de hogeschool begeleiden leerlingen uit het secundair die dreigen af te haken, één keer per week, tot ze hun diploma halen.',
      en: 'College students coach secondary-school pupils at risk of dropping out, once a week, until they get their diploma.',
    },
    what: {
      nl: ['Elke leerling krijgt een vaste coach: een student die helpt met plannen, huiswerk en de keuze van een vervolgopleiding, en die ook gewoon luistert.'],
      en: ['Each pupil gets a regular coach: a student who helps with planning, homework and choosing further studies, and who also simply listens.'],
    },
    who: { nl: ['Stad Mechelen, de secundaire scholen en een hogeschool die de coaches werft en opleidt.'] },
    why: {
      nl: ['Te veel jongeren verlaten school zonder diploma, vooral uit gezinnen in armoede. Een rolmodel dat zelf nog studeert, maakt het verschil.'],
    },
    how: {
      nl: ['Scholen stellen leerlingen voor; de stad koppelt ze aan een coach in de buurt. Coaches krijgen studiepunten of een vrijwilligersvergoeding en een begeleider bij de stad.'],
    },
    results: {
      nl: ['Meer begeleide leerlingen halen hun diploma dan vergelijkbare leerlingen zonder coach. Ouders betrekken blijft moeilijk.'],
    },
    reach: 2,
    recurrence: 4,
    themes: ['onderwijs', 'kinderen-en-jongeren', 'mensen-in-armoede', 'sociaal-economische-positie'],
    organisations: [{ organisation: 'stad-mechelen', role: 'lead' }],
    municipalities: ['stad-mechelen'],
    startDate: '2020-09-01',
    policyPlan: 'inclusieve-stad-2-0',
    strategicGoals: ['SD1'],
    ownerTeam: 'vvsg',
    sites: ['vvsg'],
    photos: [photo('Een studente en een leerling buigen zich samen over een planning.', undefined, 'A student and a pupil work on a study planner together.')],
    links: [link({ nl: 'Stad Mechelen', en: 'City of Mechelen' }, 'https://www.mechelen.be')],
    contact: { name: 'Onderwijsdienst', email: 'onderwijs@mechelen.example', organisation: 'stad-mechelen' },
  },
]

// ---------------------------------------------------------------------------
// Brussel Plaatselijke Besturen and the Brussels municipalities
// ---------------------------------------------------------------------------

const brussels: PracticeSeed[] = [
  {
    slug: 'netwerk-gelijke-kansen-van-de-19-brusselse-gemeenten',
    title: {
      nl: 'Netwerk gelijke kansen van de 19 Brusselse gemeenten',
      fr: 'Réseau égalité des chances des 19 communes bruxelloises',
    },
    summary: {
      nl: 'De coördinatie gelijke kansen van Brussel Plaatselijke Besturen brengt de gelijkekansenambtenaren en -schepenen van de 19 gemeenten samen voor vorming en uitwisseling.',
      fr: 'La coordination égalité des chances de Bruxelles Pouvoirs Locaux réunit les fonctionnaires et échevins de l’égalité des 19 communes pour se former et échanger.',
    },
    what: {
      nl: [
        'Een netwerk voor wie in de Brusselse gemeenten verantwoordelijk is voor gelijke kansen. Het wil vooral de gelijkheid van vrouwen en mannen in de gemeenten versterken.',
      ],
      fr: [
        'Un réseau pour les personnes chargées de l’égalité des chances dans les communes bruxelloises. Il vise avant tout à renforcer l’égalité entre les femmes et les hommes au niveau communal.',
      ],
    },
    who: {
      nl: ['De coördinatie gelijke kansen van Brussel Plaatselijke Besturen, met de gemeenteambtenaren en schepenen van gelijke kansen van de 19 gemeenten.'],
      fr: ['La coordination égalité des chances de Bruxelles Pouvoirs Locaux, avec les fonctionnaires et échevins de l’égalité des chances des 19 communes.'],
    },
    why: {
      nl: ['Een gelijkekansenambtenaar staat er in een gemeente vaak alleen voor. Samen leren en ervaringen delen maakt hun werk sterker.'],
    },
    how: {
      nl: {
        paragraphs: ['De coördinatie organiseert:'],
        bullets: [
          'opleidingen voor ambtenaren en momenten om projecten te bespreken;',
          'ontmoetingen en vormingen voor schepenen onder elkaar;',
          'geregelde uitwisselingen van goede praktijken tussen gemeenten.',
        ],
      },
    },
    results: {
      nl: ['Dankzij betrokken en deskundige ambtenaren groeide een levendig netwerk waarin gemeenten elkaars projecten overnemen en verbeteren.'],
      fr: ['Grâce à des agents compétents et motivés, un réseau dynamique s’est formé, où les communes reprennent et améliorent les projets des unes et des autres.'],
    },
    reach: 3,
    recurrence: 4,
    themes: ['algemeen-beleid', 'gendermainstreaming', 'vrouwen', 'gender'],
    organisations: [{ organisation: 'brussel-plaatselijke-besturen', role: 'lead' }],
    municipalities: BRUSSELS_19,
    startDate: '2014-01-01',
    ownerTeam: 'brussel-plaatselijke-besturen',
    sites: ['bpb', 'igvm'],
    photos: [
      photo('Ambtenaren van verschillende gemeenten in gesprek tijdens een netwerkdag.', 'Des fonctionnaires de plusieurs communes échangent lors d’une journée de réseau.'),
      photo('Een vormingsmoment in een vergaderzaal met een presentatie over gelijke kansen.', 'Une formation en salle de réunion, avec une présentation sur l’égalité des chances.'),
    ],
    links: [link({ nl: 'Brussel Plaatselijke Besturen', fr: 'Bruxelles Pouvoirs Locaux' }, 'https://plaatselijke-besturen.brussels')],
    contact: { name: 'Coördinatie gelijke kansen', email: 'gelijkekansen@bpb.example', organisation: 'brussel-plaatselijke-besturen' },
  },
  {
    slug: 'jaarlijkse-projectoproep-gelijke-kansen-voor-de-gemeenten',
    title: {
      nl: 'Jaarlijkse projectoproep gelijke kansen voor de gemeenten',
      fr: 'Appel à projets annuel égalité des chances pour les communes',
    },
    summary: {
      nl: 'Elk jaar kunnen de Brusselse gemeenten samen bijna 120.000 euro krijgen voor projecten rond gendergelijkheid, partnergeweld, gelijke kansen en diversiteit.',
      fr: 'Chaque année, les communes bruxelloises peuvent se partager près de 120 000 euros pour des projets d’égalité de genre, de lutte contre les violences, d’égalité des chances et de diversité.',
    },
    what: {
      nl: {
        paragraphs: ['Met een jaarlijkse oproep financiert de coördinatie gelijke kansen gemeentelijke projecten over:'],
        bullets: [
          'gelijkheid van vrouwen en mannen;',
          'de aanpak van partnergeweld en intrafamiliaal geweld;',
          'gelijke kansen in het algemeen, bv. voor mensen met een handicap, holebi’s en transpersonen, of religieuze en etnische minderheden;',
          'diversiteit.',
        ],
      },
      fr: {
        paragraphs: ['Par un appel annuel, la coordination finance des projets communaux portant sur :'],
        bullets: [
          'l’égalité entre les femmes et les hommes ;',
          'la lutte contre les violences entre partenaires et intrafamiliales ;',
          'l’égalité des chances au sens large : handicap, LGBT+, minorités ethniques et religieuses ;',
          'la diversité.',
        ],
      },
    },
    who: { nl: ['Brussel Plaatselijke Besturen als financier en begeleider; de gemeenten dienen projecten in en voeren ze uit.'] },
    why: { nl: ['Kleine budgetten maken het voor gemeenten mogelijk iets nieuws uit te proberen, ook waar gelijke kansen nog geen eigen begrotingspost heeft.'] },
    how: {
      nl: ['De oproep verschijnt elk jaar bij het begin van het werkjaar. Een jury beoordeelt de aanvragen; de coördinatie volgt de projecten op en brengt de resultaten in het netwerk van de 19 gemeenten.'],
    },
    results: {
      nl: ['Zo ontstonden onder meer campagnes tegen partnergeweld, vormingen voor loketpersoneel en ontmoetingsprojecten in de wijken. Veel gemeenten zetten een project daarna met eigen middelen voort.'],
    },
    reach: 3,
    recurrence: 4,
    themes: ['gendermainstreaming', 'partner-en-intrafamiliaal-geweld', 'personen-met-een-handicap', 'holebis-en-transgender-personen', 'etnisch-culturele-minderheden'],
    organisations: [
      { organisation: 'brussel-plaatselijke-besturen', role: 'lead' },
      { organisation: 'schaarbeek', role: 'partner' },
      { organisation: 'sint-gillis', role: 'partner' },
    ],
    municipalities: ['schaarbeek', 'sint-gillis', 'elsene', 'jette', 'anderlecht'],
    startDate: '2015-01-01',
    ownerTeam: 'brussel-plaatselijke-besturen',
    sites: ['bpb'],
    photos: [photo('Een gemeenteambtenaar stelt een project voor aan een jury.', 'Une fonctionnaire communale présente un projet devant un jury.')],
    links: [link({ nl: 'Brussel Plaatselijke Besturen', fr: 'Bruxelles Pouvoirs Locaux' }, 'https://plaatselijke-besturen.brussels')],
    contact: { name: 'Coördinatie gelijke kansen', email: 'gelijkekansen@bpb.example', organisation: 'brussel-plaatselijke-besturen' },
  },
  {
    slug: 'subsidie-voor-diversiteit-in-het-plaatselijk-openbaar-ambt',
    title: {
      nl: 'Subsidie voor diversiteit in het plaatselijk openbaar ambt',
      fr: 'Subside pour la diversité dans la fonction publique locale',
    },
    summary: {
      nl: 'Brusselse gemeenten, intercommunales en gemeentelijke vzw’s krijgen samen een subsidie van 1 miljoen euro om met specifieke contracten hun personeel diverser te maken.',
      fr: 'Communes, intercommunales et ASBL communales bruxelloises se partagent un subside d’un million d’euros pour diversifier leur personnel grâce à des contrats spécifiques.',
    },
    what: {
      nl: [
        'Een gewestelijke ordonnantie uit 2008 wil het Brusselse overheidspersoneel diverser maken. Brussel Plaatselijke Besturen voert het deel uit dat specifieke contractuele betrekkingen bij de lokale besturen subsidieert.',
      ],
      fr: [
        'Une ordonnance régionale de 2008 vise à diversifier la fonction publique bruxelloise. Bruxelles Pouvoirs Locaux met en œuvre le volet qui subventionne des emplois contractuels spécifiques dans les pouvoirs locaux.',
      ],
    },
    who: {
      nl: ['Brussel Plaatselijke Besturen beheert de subsidie. Gemeenten, intercommunales en gemeentelijke vzw’s in het Brussels Gewest kunnen er een beroep op doen.'],
    },
    why: {
      nl: ['Een lokaal bestuur dat op zijn bevolking lijkt, begrijpt die bevolking beter en wordt meer vertrouwd.'],
    },
    how: {
      nl: ['Een regeringsbesluit legt jaarlijks een globaal bedrag van 1 miljoen euro vast. Besturen vragen de subsidie aan voor contracten die passen in hun diversiteitsplan en leggen nadien verantwoording af.'],
    },
    results: {
      nl: ['De subsidie is een stabiele hefboom: besturen kunnen erop rekenen en bouwen er een meerjarig diversiteitsbeleid mee uit.'],
    },
    reach: 3,
    recurrence: 4,
    themes: ['personeelsbeleid', 'werk-en-economie', 'etnisch-culturele-minderheden', 'etnisch-culturele-identiteit'],
    organisations: [{ organisation: 'brussel-plaatselijke-besturen', role: 'lead' }],
    municipalities: BRUSSELS_19,
    startDate: '2009-01-01',
    ownerTeam: 'brussel-plaatselijke-besturen',
    sites: ['bpb', 'unia'],
    photos: [photo('Nieuwe medewerkers van een gemeente bij hun onthaaldag.', 'De nouveaux agents communaux lors de leur journée d’accueil.')],
    links: [link({ nl: 'Brussel Plaatselijke Besturen', fr: 'Bruxelles Pouvoirs Locaux' }, 'https://plaatselijke-besturen.brussels')],
    contact: { name: 'Dienst diversiteit plaatselijk openbaar ambt', email: 'diversiteit@bpb.example', organisation: 'brussel-plaatselijke-besturen' },
  },
  {
    slug: 'proefproject-gendermainstreaming-en-genderbudgeting-in-de-gemeenten',
    title: {
      nl: 'Proefproject gendermainstreaming en genderbudgeting in de gemeenten',
      fr: 'Projet pilote de gender mainstreaming et de gender budgeting dans les communes',
    },
    summary: {
      nl: 'Een Brussels proefproject bracht de genderdimensie in het lokale beleid: met een checklist, uitwisselingen tussen gemeenten, studiedagen en opleidingen.',
      fr: 'Un projet pilote bruxellois a introduit la dimension de genre dans la politique locale : check-list, échanges entre communes, journées d’étude et formations.',
    },
    what: {
      nl: [
        'Sinds een ordonnantie van 2012 moet het Brussels Gewest in zijn beleid rekening houden met de verschillende situatie van vrouwen en mannen. Brussel Plaatselijke Besturen coördineerde een van de proefprojecten om dat ook op lokaal niveau in te voeren.',
      ],
      fr: [
        'Depuis une ordonnance de 2012, la Région bruxelloise doit tenir compte de la situation différente des femmes et des hommes dans ses politiques. Bruxelles Pouvoirs Locaux a coordonné l’un des projets pilotes pour l’appliquer aussi au niveau local.',
      ],
      en: [
        'Since a 2012 ordinance, the Brussels Region has to take the different situations of women and men into account in its policies. Brussels Local Authorities coordinated one of the pilot projects to bring this to the local level.',
      ],
    },
    who: { nl: ['Brussel Plaatselijke Besturen, met de deelnemende gemeenten en het Instituut voor de Gelijkheid van Vrouwen en Mannen als inspiratiebron.'] },
    why: {
      nl: ['Beleid is zelden genderneutraal: wie een plein, een budget of een dienstverlening ontwerpt, bereikt vrouwen en mannen vaak op een andere manier.'],
    },
    how: {
      nl: {
        paragraphs: ['Het project werkte met eenvoudige instrumenten die gemeenten meteen konden gebruiken:'],
        bullets: ['een checklist van goede praktijken', 'uitwisselingen tussen gemeenten', 'studiedagen', 'opleidingen voor ambtenaren'],
      },
    },
    results: {
      nl: ['Het proefproject liep af, maar de checklist en het netwerk van betrokken ambtenaren bleven. Verschillende gemeenten passen nu een gendertoets toe op nieuwe projecten.'],
    },
    reach: 2,
    recurrence: 2,
    themes: ['gendermainstreaming', 'algemeen-beleid', 'vrouwen', 'gender'],
    organisations: [
      { organisation: 'brussel-plaatselijke-besturen', role: 'lead' },
      { organisation: 'igvm', role: 'partner' },
    ],
    municipalities: [],
    regions: ['brussels'],
    startDate: '2014-01-01',
    endDate: '2019-12-31',
    ownerTeam: 'brussel-plaatselijke-besturen',
    sites: ['bpb', 'igvm', 'vrouwenraad'],
    photos: [photo('Deelnemers aan een studiedag overlopen een checklist.', 'Des participants à une journée d’étude parcourent une check-list.')],
    links: [link({ nl: 'Brussel Plaatselijke Besturen', fr: 'Bruxelles Pouvoirs Locaux', en: 'Brussels Local Authorities' }, 'https://plaatselijke-besturen.brussels')],
    contact: { name: 'Coördinatie gelijke kansen', email: 'gelijkekansen@bpb.example', organisation: 'brussel-plaatselijke-besturen' },
  },
  {
    slug: 'lokaal-meldpunt-discriminatie-in-het-gemeentehuis',
    title: {
      nl: 'Lokaal meldpunt discriminatie in het gemeentehuis',
      fr: 'Un point de signalement des discriminations à la maison communale',
      en: 'A local discrimination reporting point at the town hall',
    },
    summary: {
      nl: 'In het gemeentehuis van Schaarbeek kunnen inwoners terecht met een melding van discriminatie. Een opgeleide medewerker luistert, informeert en verwijst door naar Unia.',
      fr: 'À la maison communale de Schaerbeek, les habitants peuvent signaler une discrimination. Un agent formé écoute, informe et oriente vers Unia.',
      en: 'At Schaerbeek town hall, residents can report discrimination. A trained officer listens, gives information and refers cases to Unia.',
    },
    what: {
      nl: ['Een laagdrempelig aanspreekpunt in de gemeente voor wie zich gediscrimineerd voelt, bij het zoeken naar werk of een woning, op straat of aan een loket.'],
      fr: ['Un point de contact accessible, à la commune, pour toute personne qui se sent discriminée : recherche d’emploi ou de logement, dans la rue ou à un guichet.'],
      en: ['An easy-to-reach contact point at the municipality for anyone who feels discriminated against: when looking for work or housing, in the street or at a counter.'],
    },
    who: { nl: ['De gemeente Schaarbeek, met Unia dat de medewerkers opleidt en de dossiers verder behandelt.'] },
    why: {
      nl: ['Veel mensen melden discriminatie nooit, omdat ze niet weten waar of omdat ze denken dat het niets uithaalt. Een vertrouwd loket dichtbij verlaagt die drempel.'],
    },
    how: {
      nl: {
        paragraphs: ['De aanpak in drie stappen:'],
        bullets: ['twee medewerkers volgden een opleiding bij Unia', 'een folder in vijf talen maakt het meldpunt bekend', 'elke melding wordt geregistreerd en, met toestemming, aan Unia bezorgd'],
      },
    },
    results: {
      nl: ['Het aantal meldingen steeg in het eerste jaar duidelijk. De gemeente gebruikt de geanonimiseerde cijfers om haar eigen dienstverlening bij te sturen.'],
    },
    reach: 3,
    recurrence: 4,
    themes: ['racisme-en-discriminatie-bestrijden', 'communicatie-en-participatie', 'etnisch-culturele-minderheden', 'levensbeschouwing'],
    organisations: [
      { organisation: 'schaarbeek', role: 'lead' },
      { organisation: 'unia', role: 'partner' },
    ],
    municipalities: ['schaarbeek'],
    startDate: '2019-05-01',
    ownerTeam: 'unia',
    sites: ['unia', 'bpb'],
    photos: [photo('Een medewerker aan een onthaalbalie in gesprek met een inwoner.', 'Un agent d’accueil en conversation avec un habitant.', 'An officer at a reception desk talking with a resident.')],
    links: [link({ nl: 'Discriminatie melden bij Unia', fr: 'Signaler une discrimination à Unia', en: 'Report discrimination to Unia' }, 'https://www.unia.be')],
    contact: { name: 'Meldpunt discriminatie', email: 'discriminatie@schaarbeek.example', organisation: 'schaarbeek' },
  },
  {
    slug: 'genderbudgeting-in-de-gemeentebegroting-van-sint-gillis',
    title: {
      nl: 'Genderbudgeting in de gemeentebegroting van Sint-Gillis',
      fr: 'Le gender budgeting dans le budget communal de Saint-Gilles',
    },
    summary: {
      nl: 'Sint-Gillis toetst een deel van zijn begroting aan de vraag wie er baat bij heeft: vrouwen, mannen of beiden. Zo komen verborgen ongelijkheden aan het licht.',
      fr: 'Saint-Gilles examine une partie de son budget sous l’angle de qui en profite : femmes, hommes ou les deux. Des inégalités cachées apparaissent ainsi.',
    },
    what: {
      nl: ['Bij het opmaken van de begroting krijgen de diensten een korte vragenlijst: voor wie is deze uitgave bedoeld, wie gebruikt ze in de praktijk, en zijn er verschillen tussen vrouwen en mannen?'],
      fr: ['Lors de l’élaboration du budget, les services remplissent un court questionnaire : à qui cette dépense est-elle destinée, qui l’utilise vraiment, et y a-t-il des différences entre femmes et hommes ?'],
    },
    who: { nl: ['De financiële dienst en de dienst gelijke kansen van Sint-Gillis, met het OCMW voor de sociale uitgaven.'] },
    why: {
      nl: ['Een begroting lijkt neutraal, maar sportinfrastructuur, verlichting of kinderopvang bereiken vrouwen en mannen niet op dezelfde manier.'],
    },
    how: {
      nl: ['De gemeente begon met drie domeinen: sport, openbare ruimte en jeugd. Gegevens over gebruikers werden per geslacht verzameld en in de begrotingstoelichting opgenomen.'],
    },
    results: {
      nl: ['Zo bleek dat meisjes veel minder gebruikmaakten van de sportpleinen; de gemeente paste de inrichting en het aanbod aan. Goede gegevens verzamelen blijkt de moeilijkste stap.'],
    },
    reach: 4,
    recurrence: 3,
    themes: ['gendermainstreaming', 'vrouwen', 'gender', 'vrije-tijd'],
    organisations: [
      { organisation: 'sint-gillis', role: 'lead' },
      { organisation: 'ocmw-sint-gillis', role: 'partner' },
    ],
    municipalities: ['sint-gillis'],
    startDate: '2018-01-01',
    ownerTeam: 'igvm',
    sites: ['igvm', 'bpb', 'vrouwenraad'],
    photos: [photo('Meisjes spelen basketbal op een heraangelegd sportplein.', 'Des filles jouent au basket sur un terrain réaménagé.')],
    links: [link({ nl: 'IGVM over genderbudgeting', fr: 'L’IEFH sur le gender budgeting' }, 'https://igvm-iefh.belgium.be')],
    contact: { name: 'Dienst gelijke kansen', email: 'gelijkekansen@sint-gillis.example', organisation: 'sint-gillis' },
  },
  {
    slug: 'taalcafes-nederlands-in-de-bibliotheek',
    title: { nl: 'Taalcafés Nederlands in de bibliotheek' },
    summary: {
      nl: 'In de bibliotheken van Anderlecht en Molenbeek oefenen anderstaligen wekelijks Nederlands met vrijwilligers, bij een kop koffie en zonder punten of examens.',
    },
    what: {
      nl: ['Een vast uur per week in de bib waar iedereen die Nederlands leert, vrij kan aanschuiven. Vrijwilligers leiden de gesprekken in kleine groepjes.'],
    },
    who: { nl: ['De gemeenten Anderlecht en Sint-Jans-Molenbeek, met het Huis van het Nederlands Brussel voor de opleiding van vrijwilligers.'] },
    why: {
      nl: ['Veel Brusselaars volgen lessen Nederlands maar hebben buiten de klas weinig gelegenheid om te oefenen. Spreekdurf groeit pas door te spreken.'],
    },
    how: {
      nl: ['Het Huis van het Nederlands verwijst cursisten door en geeft vrijwilligers een korte opleiding. De bibliotheken zorgen voor de ruimte en een leeshoek met makkelijke boeken.'],
    },
    results: {
      nl: ['De taalcafés trekken een trouw publiek, en deelnemers ontdekken tegelijk het aanbod van de bibliotheek. Er zijn meer vrijwilligers nodig dan er zich aanbieden.'],
    },
    reach: 2,
    recurrence: 4,
    themes: ['taalstimulering-en-taalpromotie', 'samenleven-en-sociale-cohesie', 'anderstalige-nieuwkomers', 'taal'],
    organisations: [
      { organisation: 'anderlecht', role: 'lead' },
      { organisation: 'sint-jans-molenbeek', role: 'lead' },
      { organisation: 'huis-van-het-nederlands-brussel', role: 'partner' },
    ],
    municipalities: ['anderlecht', 'sint-jans-molenbeek'],
    startDate: '2017-10-01',
    ownerTeam: 'brussel-plaatselijke-besturen',
    sites: ['bpb'],
    photos: [photo('Een groepje mensen in gesprek aan een tafel tussen de boekenrekken.'), photo('Een vrijwilliger en een cursist bladeren door een boek in eenvoudig Nederlands.')],
    links: [link({ nl: 'Huis van het Nederlands Brussel' }, 'https://www.huisnederlandsbrussel.be')],
    contact: { name: 'Bibliotheek', email: 'taalcafe@anderlecht.example', organisation: 'anderlecht' },
  },
  {
    slug: 'regenboogvorming-voor-loketmedewerkers',
    title: {
      nl: 'Regenboogvorming voor loketmedewerkers',
      fr: 'Formation arc-en-ciel pour le personnel des guichets',
    },
    summary: {
      nl: 'Elsene leerde zijn loket- en onthaalmedewerkers hoe ze holebi’s en transgender personen respectvol ontvangen, van aanspreekvormen tot formulieren.',
      fr: 'Ixelles a formé son personnel d’accueil à recevoir avec respect les personnes LGBTI+, des formules de politesse jusqu’aux formulaires.',
    },
    what: {
      nl: ['Een vorming van een halve dag voor iedereen die aan een loket of telefoon werkt, gevolgd door een herziening van de formulieren van de gemeente.'],
      fr: ['Une formation d’une demi-journée pour tout le personnel des guichets et du téléphone, suivie d’une révision des formulaires communaux.'],
    },
    who: { nl: ['De gemeente Elsene en RainbowHouse Brussels, dat de vorming gaf.'] },
    why: {
      nl: ['Transgender personen worden aan loketten geregeld met de verkeerde naam of aanspreking ontvangen. Dat schrikt af om diensten te gebruiken.'],
    },
    how: {
      nl: ['Vormingen in kleine groepen met rollenspellen, en een werkgroep die alle formulieren naliep op onnodige vragen naar geslacht.'],
    },
    results: {
      nl: ['Meer dan honderd medewerkers volgden de vorming. Het project liep af na twee jaar; de aangepaste formulieren bleven.'],
    },
    reach: 2,
    recurrence: 2,
    themes: ['toegankelijkheid', 'personeelsbeleid', 'holebis-en-transgender-personen', 'seksuele-geaardheid'],
    organisations: [
      { organisation: 'elsene', role: 'lead' },
      { organisation: 'rainbowhouse-brussels', role: 'partner' },
    ],
    municipalities: ['elsene'],
    startDate: '2021-05-17',
    endDate: '2022-06-30',
    ownerTeam: 'unia',
    sites: ['unia', 'bpb'],
    photos: [photo('Een vormingssessie met medewerkers in een kring.', 'Une session de formation avec le personnel assis en cercle.')],
    links: [link({ nl: 'RainbowHouse Brussels', fr: 'RainbowHouse Brussels' }, 'https://rainbowhouse.be')],
    contact: { name: 'Dienst gelijke kansen', email: 'gelijkekansen@elsene.example', organisation: 'elsene' },
  },
  {
    slug: 'verkenningswandelingen-vrouwen-in-de-openbare-ruimte',
    title: {
      nl: 'Verkenningswandelingen: vrouwen in de openbare ruimte',
      fr: 'Marches exploratoires : les femmes dans l’espace public',
    },
    summary: {
      nl: 'Groepjes vrouwen verkenden ’s avonds hun wijk in Brussel en noteerden waar ze zich onveilig voelden. De stad gebruikte hun vaststellingen bij de heraanleg.',
      fr: 'Des groupes de femmes ont parcouru leur quartier le soir et noté où elles se sentaient en insécurité. La ville a utilisé leurs constats pour les réaménagements.',
    },
    what: {
      nl: ['Vrouwen uit de buurt wandelen met een begeleidster een vaste route en beoordelen verlichting, zichtbaarheid, onderhoud en drukte. Ze stellen zelf verbeteringen voor.'],
      fr: ['Des habitantes parcourent un itinéraire avec une accompagnatrice et évaluent l’éclairage, la visibilité, l’entretien et la fréquentation. Elles proposent elles-mêmes des améliorations.'],
    },
    who: { nl: ['De Stad Brussel met de vzw Garance, die de methode aanbracht en de wandelingen begeleidde.'] },
    why: {
      nl: ['Veel vrouwen mijden bepaalde straten of uren. Wie de openbare ruimte ontwerpt, kent die ervaring vaak niet.'],
    },
    how: {
      nl: ['Per wijk vonden drie wandelingen plaats, op verschillende tijdstippen. De bevindingen gingen in een rapport naar de diensten openbare ruimte en mobiliteit, met een terugkoppeling aan de deelneemsters.'],
    },
    results: {
      nl: ['Er kwamen betere verlichting, gesnoeide struiken en een verplaatste bushalte. Het project liep twee jaar; de methode wordt nu bij andere heraanlegprojecten gebruikt.'],
    },
    reach: 1,
    recurrence: 2,
    themes: ['infrastructuur-huisvesting-en-mobiliteit', 'vrouwen', 'gender'],
    organisations: [
      { organisation: 'brussel', role: 'lead' },
      { organisation: 'garance', role: 'partner' },
    ],
    municipalities: ['brussel'],
    startDate: '2018-03-08',
    endDate: '2019-06-30',
    ownerTeam: 'vrouwenraad',
    sites: ['vrouwenraad', 'igvm', 'bpb'],
    photos: [
      photo('Een groep vrouwen wandelt ’s avonds door een straat en maakt notities.', 'Un groupe de femmes marche le soir dans une rue et prend des notes.'),
      photo('Een slecht verlichte doorgang onder een spoorbrug.', 'Un passage mal éclairé sous un pont ferroviaire.'),
    ],
    links: [link({ nl: 'Garance', fr: 'Garance' }, 'https://www.garance.be')],
    contact: { name: 'Cel gelijke kansen', email: 'gelijkekansen@brussel.example', organisation: 'brussel' },
  },
  {
    slug: 'loonkloofanalyse-en-genderbewust-personeelsbeleid',
    title: { nl: 'Loonkloofanalyse en genderbewust personeelsbeleid' },
    summary: {
      nl: 'Etterbeek bracht de verschillen in loon, functie en loopbaan tussen vrouwelijke en mannelijke medewerkers in kaart en stelde een actieplan op.',
    },
    what: {
      nl: ['Een analyse van de personeelsgegevens per geslacht: wie werkt deeltijds, wie zit in welke graad, wie krijgt opleiding en promotie. Op basis daarvan volgde een actieplan.'],
    },
    who: { nl: ['De personeelsdienst van Etterbeek, met de methode van het IGVM.'] },
    why: {
      nl: ['Ook bij de overheid, waar barema’s vastliggen, ontstaan loonverschillen via deeltijds werk, functieklassen en toelagen.'],
    },
    how: {
      nl: {
        paragraphs: ['Het actieplan bevat onder meer:'],
        bullets: ['genderneutrale functiebeschrijvingen', 'een evenwichtige samenstelling van selectiejury’s', 'leiderschapsopleiding die ook deeltijds te volgen is'],
      },
    },
    results: {
      nl: ['Het aandeel vrouwen in leidinggevende functies stijgt langzaam. De analyse wordt om de twee jaar herhaald.'],
    },
    reach: 1,
    recurrence: 3,
    themes: ['personeelsbeleid', 'vrouwen', 'gender'],
    organisations: [
      { organisation: 'etterbeek', role: 'lead' },
      { organisation: 'igvm', role: 'partner' },
    ],
    municipalities: ['etterbeek'],
    startDate: '2020-01-01',
    ownerTeam: 'igvm',
    sites: ['igvm'],
    photos: [],
    links: [link({ nl: 'IGVM' }, 'https://igvm-iefh.belgium.be')],
    contact: { name: 'Personeelsdienst', email: 'personeel@etterbeek.example', organisation: 'etterbeek' },
  },
]

// ---------------------------------------------------------------------------
// Other Flemish cities
// ---------------------------------------------------------------------------

const flanders: PracticeSeed[] = [
  {
    slug: 'praktijktesten-op-de-private-huurmarkt',
    title: { nl: 'Praktijktesten op de private huurmarkt', en: 'Situation testing on the private rental market' },
    summary: {
      nl: 'Gent laat testhuurders met verschillende namen en profielen reageren op huuradvertenties, spreekt makelaars aan die discrimineren en volgt op of ze hun aanpak bijsturen.',
      en: 'Ghent has test tenants with different names and profiles respond to rental ads, confronts agents who discriminate and checks whether they change their ways.',
    },
    what: {
      nl: ['Een onderzoeksteam reageert op advertenties met vergelijkbare kandidaten die alleen verschillen in afkomst, inkomen of handicap. Zo wordt zichtbaar wie ongelijk behandeld wordt.'],
      en: ['A research team responds to ads with similar candidates who differ only in origin, income or disability, revealing who is treated unequally.'],
    },
    who: { nl: ['Stad Gent, met een universitair onderzoeksteam en Unia voor de juridische opvolging.'] },
    why: {
      nl: ['Discriminatie op de huurmarkt is moeilijk te bewijzen voor wie er zelf mee te maken krijgt. Testen maken het probleem meetbaar en bespreekbaar.'],
    },
    how: {
      nl: ['De stad maakt eerst afspraken met de vastgoedsector en kondigt de testen aan. Wie discrimineert, krijgt een gesprek en een vorming; bij herhaling volgt een juridische stap.'],
    },
    results: {
      nl: ['Bij herhaalde testen daalde de ongelijke behandeling op basis van afkomst. Discriminatie op basis van inkomen blijft hardnekkiger.'],
    },
    reach: 3,
    recurrence: 3,
    themes: ['wonen', 'racisme-en-discriminatie-bestrijden', 'etnisch-culturele-minderheden', 'etnisch-culturele-identiteit'],
    organisations: [
      { organisation: 'gent', role: 'lead' },
      { organisation: 'unia', role: 'partner' },
    ],
    municipalities: ['gent'],
    startDate: '2019-01-01',
    ownerTeam: 'unia',
    sites: ['unia'],
    photos: [photo('Een rij brievenbussen in een appartementsgebouw.', undefined, 'A row of letterboxes in an apartment building.')],
    links: [link({ nl: 'Stad Gent', en: 'City of Ghent' }, 'https://stad.gent')],
    contact: { name: 'Dienst Wonen', email: 'wonen@gent.example', organisation: 'gent' },
  },
  {
    slug: 'anoniem-solliciteren-bij-de-stad',
    title: { nl: 'Anoniem solliciteren bij de stad' },
    summary: {
      nl: 'Antwerpen beoordeelt kandidaten in de eerste selectieronde zonder naam, leeftijd, geslacht of foto, zodat alleen competenties tellen.',
    },
    what: {
      nl: ['In de eerste ronde krijgt de selectiecommissie een cv zonder persoonsgegevens. Pas bij de uitnodiging voor een gesprek worden die zichtbaar.'],
    },
    who: { nl: ['De personeelsdienst van Stad Antwerpen, met advies van het Minderhedenforum.'] },
    why: {
      nl: ['Onderzoek toont dat kandidaten met een buitenlandse naam minder vaak worden uitgenodigd. Een stad die een afspiegeling van haar bevolking wil zijn, moet dat vermijden.'],
    },
    how: {
      nl: ['Het sollicitatieplatform verbergt automatisch de persoonsgegevens. Selectiecommissies krijgen daarnaast een korte vorming over onbewuste vooroordelen.'],
    },
    results: {
      nl: ['Meer kandidaten met een migratieachtergrond halen de gespreksronde. De volgende stap is de gesprekken zelf neutraler maken.'],
    },
    reach: 2,
    recurrence: 4,
    themes: ['personeelsbeleid', 'etnisch-culturele-minderheden', 'leeftijd', 'gender'],
    organisations: [
      { organisation: 'antwerpen', role: 'lead' },
      { organisation: 'minderhedenforum', role: 'partner' },
    ],
    municipalities: ['antwerpen'],
    startDate: '2018-09-01',
    ownerTeam: 'vvsg',
    sites: ['vvsg', 'unia'],
    photos: [photo('Een selectiecommissie leest cv’s zonder namen.')],
    links: [link({ nl: 'Stad Antwerpen' }, 'https://www.antwerpen.be')],
    contact: { name: 'Personeelsdienst', email: 'jobs@antwerpen.example', organisation: 'antwerpen' },
  },
  {
    slug: 'brieven-in-klare-taal',
    title: { nl: 'Brieven in klare taal' },
    summary: {
      nl: 'Leuven herschreef zijn meest verstuurde brieven in eenvoudige taal, getest met inwoners die moeilijk lezen of Nederlands als tweede taal spreken.',
    },
    what: {
      nl: ['Van de aanslag voor de afvalbelasting tot de uitnodiging voor een huwelijk: de stad nam haar honderd meest gebruikte brieven onder handen.'],
    },
    who: { nl: ['De communicatiedienst van Leuven, met alle diensten die brieven versturen en een panel van inwoners.'] },
    why: {
      nl: ['Wie een brief niet begrijpt, belt, komt naar het loket of mist een termijn. Klare taal maakt de dienstverlening toegankelijker voor iedereen, niet alleen voor wie moeilijk leest.'],
    },
    how: {
      nl: {
        paragraphs: ['Elke brief doorliep dezelfde stappen:'],
        bullets: ['herschrijven volgens een stadsbrede schrijfwijzer', 'testen met inwoners van een taalpanel', 'bijsturen en opnemen in de sjablonen'],
      },
    },
    results: {
      nl: ['Het aantal telefoontjes met vragen over brieven daalde merkbaar. Nieuwe medewerkers krijgen nu een schrijfopleiding.'],
    },
    reach: 4,
    recurrence: 4,
    themes: ['toegankelijkheid', 'communicatie-en-participatie', 'kortgeschoolden', 'taal'],
    organisations: [{ organisation: 'leuven', role: 'lead' }],
    municipalities: ['leuven'],
    startDate: '2019-03-01',
    ownerTeam: 'vvsg',
    sites: ['vvsg'],
    photos: [photo('Een inwoner leest een brief en duidt moeilijke woorden aan.')],
    links: [link({ nl: 'Stad Leuven' }, 'https://leuven.be')],
    contact: { name: 'Communicatiedienst', email: 'communicatie@leuven.example', organisation: 'leuven' },
  },
  {
    slug: 'vrijetijdspas-met-kansentarief',
    title: { nl: 'Vrijetijdspas met kansentarief' },
    summary: {
      nl: 'Met één pas krijgen Genkenaars met een laag inkomen korting op sport, cultuur, kampen en het zwembad, zonder dat iemand aan de kassa ziet wie korting krijgt.',
    },
    what: {
      nl: ['Iedereen kan de vrijetijdspas krijgen en er punten mee sparen. Wie recht heeft op een kansentarief, betaalt automatisch minder bij alle deelnemende aanbieders.'],
    },
    who: { nl: ['Stad Genk, de vrijetijdsaanbieders en verenigingen waar armen het woord nemen, via het Netwerk tegen Armoede.'] },
    why: {
      nl: ['Geld is een grote drempel om aan vrije tijd deel te nemen, en schaamte een tweede. Een pas die iedereen heeft, neemt die tweede drempel weg.'],
    },
    how: {
      nl: ['Het recht op het kansentarief wordt automatisch toegekend op basis van gegevens die de stad al heeft, zodat gezinnen geen bewijzen moeten voorleggen.'],
    },
    results: {
      nl: ['Steeds meer gezinnen gebruiken het kansentarief, vooral voor zwemmen en kampen. Verenigingen vragen om meer steun voor de administratie.'],
    },
    reach: 3,
    recurrence: 4,
    themes: ['vrije-tijd', 'mensen-in-armoede', 'kinderen-en-jongeren', 'sociaal-economische-positie', 'gezinsvorm'],
    organisations: [
      { organisation: 'genk', role: 'lead' },
      { organisation: 'netwerk-tegen-armoede', role: 'partner' },
    ],
    municipalities: ['genk'],
    startDate: '2016-01-01',
    ownerTeam: 'vvsg',
    sites: ['vvsg'],
    photos: [photo('Een kind toont zijn vrijetijdspas aan de ingang van het zwembad.'), photo('Een gezin op weg naar een voorstelling in het cultuurcentrum.')],
    links: [link({ nl: 'Stad Genk' }, 'https://www.genk.be')],
    contact: { name: 'Vrijetijdsloket', email: 'vrijetijd@genk.example', organisation: 'genk' },
  },
  {
    slug: 'buddywerking-voor-anderstalige-nieuwkomers',
    title: { nl: 'Buddywerking voor anderstalige nieuwkomers' },
    summary: {
      nl: 'In Kortrijk werden nieuwkomers een jaar lang gekoppeld aan een inwoner die hen wegwijs maakte in de stad. Het project stopte in 2020, de contacten bleven vaak.',
    },
    what: {
      nl: ['Een buddy spreekt een paar keer per maand af met een nieuwkomer: samen naar de markt, de bib, een sportclub of een infosessie van de school.'],
    },
    who: { nl: ['Stad Kortrijk met het Agentschap Integratie en Inburgering, dat nieuwkomers uit het inburgeringstraject doorverwees.'] },
    why: {
      nl: ['Een netwerk opbouwen in een nieuwe stad gaat traag. Een buddy helpt de taal te oefenen en drempels te overwinnen.'],
    },
    how: {
      nl: ['Buddy’s kregen een startopleiding en kwamen elk kwartaal samen om ervaringen te delen. Een coördinator volgde elke koppeling op.'],
    },
    results: {
      nl: ['Vele tientallen duo’s werden gevormd. De coronacrisis maakte een einde aan het project, maar veel duo’s hielden contact.'],
    },
    reach: 1,
    recurrence: 3,
    themes: ['samenleven-en-sociale-cohesie', 'taalstimulering-en-taalpromotie', 'anderstalige-nieuwkomers', 'taal'],
    organisations: [
      { organisation: 'kortrijk', role: 'lead' },
      { organisation: 'agentschap-integratie-en-inburgering', role: 'partner' },
    ],
    municipalities: ['kortrijk'],
    startDate: '2017-02-01',
    endDate: '2020-03-15',
    ownerTeam: 'vvsg',
    sites: ['vvsg'],
    photos: [photo('Twee vrouwen wandelen samen over de markt.')],
    links: [link({ nl: 'Stad Kortrijk' }, 'https://www.kortrijk.be')],
    contact: { name: 'Team Samenleven', email: 'samenleven@kortrijk.example', organisation: 'kortrijk' },
  },
  {
    slug: 'aanspreekpunt-discriminatie-bij-de-ombudsdienst',
    title: { nl: 'Aanspreekpunt discriminatie bij de ombudsdienst', en: 'Discrimination contact point at the ombuds service' },
    summary: {
      nl: 'In Sint-Niklaas is de ombudsdienst ook het lokale aanspreekpunt voor discriminatie. Meldingen worden opgevolgd met Unia en gebruikt om beleid bij te sturen.',
      en: 'In Sint-Niklaas, the ombuds service is also the local contact point for discrimination. Reports are followed up with Unia and used to adjust policy.',
    },
    what: {
      nl: ['Inwoners kunnen discriminatie melden bij de ombudsdienst, online, telefonisch of aan het loket. De dienst informeert over rechten en zoekt samen met de melder naar een oplossing.'],
      en: ['Residents can report discrimination to the ombuds service online, by phone or at the counter. The service explains their rights and looks for a solution together with them.'],
    },
    who: { nl: ['De ombudsdienst van Sint-Niklaas, met Unia als partner voor vorming en zware dossiers.'] },
    why: {
      nl: ['Een bestaande, vertrouwde dienst die al klachten behandelt, is een logische plek voor meldingen van discriminatie.'],
    },
    how: {
      nl: ['De stad sloot een samenwerkingsakkoord met Unia. De ombudsmedewerkers volgden een opleiding en registreren meldingen volgens dezelfde categorieën als Unia.'],
    },
    results: {
      nl: ['Het jaarverslag van de ombudsdienst bevat nu een hoofdstuk over discriminatie, dat de gemeenteraad bespreekt.'],
    },
    reach: 3,
    recurrence: 4,
    themes: ['racisme-en-discriminatie-bestrijden', 'communicatie-en-participatie', 'levensbeschouwing', 'handicap'],
    organisations: [
      { organisation: 'sint-niklaas', role: 'lead' },
      { organisation: 'unia', role: 'partner' },
    ],
    municipalities: ['sint-niklaas'],
    startDate: '2020-01-01',
    ownerTeam: 'unia',
    sites: ['unia'],
    photos: [],
    links: [link({ nl: 'Unia', en: 'Unia' }, 'https://www.unia.be')],
    contact: { name: 'Ombudsdienst', email: 'ombudsdienst@sint-niklaas.example', organisation: 'sint-niklaas' },
  },
  {
    slug: 'lerend-netwerk-genderbudgeting-voor-centrumsteden',
    title: { nl: 'Lerend netwerk genderbudgeting voor centrumsteden' },
    summary: {
      nl: 'Ambtenaren van Gent, Antwerpen en Leuven leerden twee jaar lang samen hoe ze hun meerjarenplan op gender kunnen toetsen, met begeleiding van de Vrouwenraad.',
    },
    what: {
      nl: ['Een lerend netwerk met zes bijeenkomsten per jaar, waarin elke stad een eigen casus meebracht: een subsidiereglement, een sportbeleid, een mobiliteitsplan.'],
    },
    who: { nl: ['De Vrouwenraad als trekker, met de steden Gent, Antwerpen en Leuven.'] },
    why: {
      nl: ['Genderbudgeting klinkt technisch. Door het samen op echte dossiers toe te passen, wordt het een werkbaar instrument.'],
    },
    how: {
      nl: ['Elke bijeenkomst combineerde een korte inleiding door een expert met werk aan de casussen. Tussen de sessies testten de steden de instrumenten in hun eigen diensten.'],
    },
    results: {
      nl: ['Het netwerk leverde een handleiding op die ook kleinere gemeenten kunnen gebruiken. Het liep af eind 2022.'],
    },
    reach: 2,
    recurrence: 2,
    themes: ['gendermainstreaming', 'algemeen-beleid', 'vrouwen', 'gender'],
    organisations: [
      { organisation: 'vrouwenraad', role: 'lead' },
      { organisation: 'gent', role: 'partner' },
      { organisation: 'antwerpen', role: 'partner' },
      { organisation: 'leuven', role: 'partner' },
    ],
    municipalities: ['gent', 'antwerpen', 'leuven'],
    startDate: '2021-01-01',
    endDate: '2022-12-31',
    ownerTeam: 'vrouwenraad',
    sites: ['vrouwenraad', 'igvm'],
    photos: [photo('Ambtenaren van drie steden werken samen aan een begrotingsoefening.')],
    links: [link({ nl: 'Vrouwenraad' }, 'https://www.vrouwenraad.be')],
    contact: { name: 'Vrouwenraad', email: 'gelijkekansengemeente@vrouwenraad.example', organisation: 'vrouwenraad' },
  },
  {
    slug: 'digitale-buddys-voor-ouderen',
    title: { nl: 'Digitale buddy’s voor ouderen', en: 'Digital buddies for older people' },
    summary: {
      nl: 'Toen de coronacrisis alles online duwde, hielpen vrijwilligers in de Gentse dienstencentra ouderen met hun smartphone, videobellen en online afspraken.',
      en: 'When the COVID-19 crisis pushed everything online, volunteers in Ghent’s community centres helped older people with smartphones, video calls and online appointments.',
    },
    what: {
      nl: ['Vaste digitale zitdagen in de lokale dienstencentra, en hulp aan huis voor wie niet buiten kon.'],
      en: ['Regular digital help sessions in local community centres, and home visits for those who could not go out.'],
    },
    who: { nl: ['Stad Gent en het OCMW Gent, met vrijwilligers en jongeren uit het hoger onderwijs.'] },
    why: {
      nl: ['Tijdens de crisis verliep contact met familie, dokters en diensten plots digitaal. Ouderen zonder digitale vaardigheden dreigden geïsoleerd te raken.'],
    },
    how: {
      nl: ['De stad leende tablets uit, vrijwilligers volgden een korte opleiding, en de dienstencentra werkten met vaste afspraken per persoon.'],
    },
    results: {
      nl: ['Na de crisis bleef de werking bestaan als vast aanbod. Veel deelnemers regelen nu zelf hun bankzaken en afspraken.'],
    },
    reach: 2,
    recurrence: 3,
    themes: ['crisis-en-gelijke-kansen', 'welzijn-en-samenleving', 'ouderen', 'leeftijd'],
    organisations: [
      { organisation: 'ocmw-gent', role: 'lead' },
      { organisation: 'gent', role: 'partner' },
    ],
    municipalities: ['gent'],
    startDate: '2020-05-01',
    ownerTeam: 'vvsg',
    sites: ['vvsg', 'unia'],
    photos: [photo('Een vrijwilliger toont een oudere man hoe hij kan videobellen.', undefined, 'A volunteer shows an older man how to make a video call.')],
    links: [link({ nl: 'Stad Gent', en: 'City of Ghent' }, 'https://stad.gent')],
    contact: { name: 'Lokaal dienstencentrum', email: 'dienstencentra@gent.example', organisation: 'ocmw-gent' },
  },
  {
    slug: 'ontmoetingsplek-voor-holebi-en-transjongeren',
    title: { nl: 'Ontmoetingsplek voor holebi- en transjongeren' },
    summary: {
      nl: 'Leuven biedt lgbti+-jongeren een veilige plek in het jeugdhuis, met een maandelijkse avond, begeleiding en vorming voor jeugdwerkers.',
    },
    what: {
      nl: ['Een maandelijkse ontmoetingsavond voor jongeren van 14 tot 25 jaar, begeleid door jeugdwerkers en vrijwilligers, in een jeugdhuis in het centrum.'],
    },
    who: { nl: ['De jeugddienst van Leuven en çavaria, dat de jeugdwerkers vormde.'] },
    why: {
      nl: ['Holebi- en transjongeren voelen zich in gewone jeugdwerkingen niet altijd welkom. Een veilige plek helpt hen om zichzelf te zijn en anderen te ontmoeten.'],
    },
    how: {
      nl: ['De jongeren kiezen zelf het programma. Alle jeugdwerkers van de stad kregen een vorming over seksuele en genderdiversiteit.'],
    },
    results: {
      nl: ['Een vaste groep jongeren komt elke maand. Andere jeugdhuizen vragen nu zelf om vorming.'],
    },
    reach: 1,
    recurrence: 4,
    themes: ['vrije-tijd', 'holebis-en-transgender-personen', 'kinderen-en-jongeren', 'seksuele-geaardheid'],
    organisations: [
      { organisation: 'leuven', role: 'lead' },
      { organisation: 'cavaria', role: 'partner' },
    ],
    municipalities: ['leuven'],
    startDate: '2019-10-01',
    ownerTeam: 'vvsg',
    sites: ['vvsg', 'unia'],
    photos: [photo('Jongeren zitten op zetels in een jeugdhuis met een regenboogvlag aan de muur.')],
    links: [link({ nl: 'çavaria' }, 'https://www.cavaria.be')],
    contact: { name: 'Jeugddienst', email: 'jeugd@leuven.example', organisation: 'leuven' },
  },
]

// ---------------------------------------------------------------------------
// Wallonia
// ---------------------------------------------------------------------------

const wallonia: PracticeSeed[] = [
  {
    slug: 'charter-voor-de-inclusie-van-personen-met-een-handicap',
    title: {
      nl: 'Charter voor de inclusie van personen met een handicap',
      fr: 'Charte communale pour l’inclusion des personnes handicapées',
    },
    summary: {
      nl: 'Luik verbond zich met een gemeentelijk charter om gebouwen, informatie en activiteiten stap voor stap toegankelijk te maken, met een adviesraad van ervaringsdeskundigen.',
      fr: 'Liège s’est engagée par une charte communale à rendre bâtiments, informations et activités accessibles pas à pas, avec un conseil consultatif de personnes concernées.',
    },
    what: {
      nl: ['Een charter met concrete engagementen per domein: gebouwen, openbare ruimte, communicatie, cultuur en sport, personeel. Elk jaar volgt een stand van zaken.'],
      fr: ['Une charte avec des engagements concrets par domaine : bâtiments, espace public, communication, culture et sport, personnel. Un bilan est dressé chaque année.'],
    },
    who: {
      nl: ['De stad Luik, met een adviesraad van personen met een handicap en Unia als partner voor het kader van het VN-verdrag.'],
      fr: ['La Ville de Liège, avec un conseil consultatif de personnes handicapées et Unia comme partenaire pour le cadre de la convention de l’ONU.'],
    },
    why: {
      nl: ['Het VN-verdrag inzake de rechten van personen met een handicap vraagt dat ook lokale besturen toegankelijkheid waarborgen. Een charter maakt die engagementen zichtbaar en opvolgbaar.'],
      fr: ['La convention de l’ONU relative aux droits des personnes handicapées demande aussi aux pouvoirs locaux de garantir l’accessibilité. Une charte rend ces engagements visibles et vérifiables.'],
    },
    how: {
      nl: ['De adviesraad toetst elk groot project. Een toegankelijkheidsambtenaar coördineert de acties over de diensten heen.'],
    },
    results: {
      nl: ['Meerdere loketten en sporthallen werden aangepast, en de website haalde een betere toegankelijkheidsscore. Oude gebouwen aanpassen blijft duur en traag.'],
    },
    reach: 4,
    recurrence: 4,
    themes: ['toegankelijkheid', 'infrastructuur-huisvesting-en-mobiliteit', 'personen-met-een-handicap', 'handicap'],
    organisations: [
      { organisation: 'liege', role: 'lead' },
      { organisation: 'unia', role: 'partner' },
    ],
    municipalities: ['liege'],
    startDate: '2019-12-03',
    ownerTeam: 'unia',
    sites: ['unia'],
    photos: [photo('Een rolstoelgebruiker rijdt via een hellend vlak een stadsgebouw binnen.', 'Une personne en fauteuil roulant entre dans un bâtiment communal par une rampe.')],
    links: [link({ nl: 'Stad Luik', fr: 'Ville de Liège' }, 'https://www.liege.be')],
    contact: { name: 'Cellule accessibilité', email: 'accessibilite@liege.example', organisation: 'liege' },
  },
  {
    slug: 'genderbudgeting-in-de-begroting-van-namen',
    title: {
      nl: 'Genderbudgeting in de begroting van Namen',
      fr: 'Un budget genré à Namur',
    },
    summary: {
      nl: 'Namen deelt elk begrotingsartikel in naar zijn impact op gendergelijkheid en bespreekt het resultaat in de gemeenteraad.',
      fr: 'Namur classe chaque article budgétaire selon son impact sur l’égalité de genre et en discute les résultats au conseil communal.',
    },
    what: {
      nl: ['Elk begrotingsartikel krijgt een categorie: neutraal, specifiek gericht op gelijkheid, of met een mogelijke genderimpact die verder onderzocht moet worden.'],
      fr: ['Chaque article budgétaire reçoit une catégorie : neutre, spécifiquement consacré à l’égalité, ou susceptible d’avoir un impact de genre à examiner.'],
    },
    who: { nl: ['De financiële dienst van Namen, met de methode van het IGVM.'], fr: ['Le service des finances de Namur, selon la méthode de l’IEFH.'] },
    why: {
      nl: ['Wie niet weet hoe het geld verdeeld wordt, kan ongelijkheid niet bijsturen.'],
      fr: ['Sans savoir comment l’argent est réparti, impossible de corriger les inégalités.'],
    },
    how: {
      nl: ['De diensten classificeren hun artikels bij de opmaak van de begroting. Voor de artikels met een mogelijke impact volgt een korte analyse met cijfers over gebruikers.'],
    },
    results: {
      nl: ['De oefening maakte zichtbaar dat sommige subsidies vooral naar clubs met mannelijke leden gingen. Het subsidiereglement werd aangepast.'],
    },
    reach: 4,
    recurrence: 3,
    themes: ['gendermainstreaming', 'vrouwen', 'gender'],
    organisations: [
      { organisation: 'namur', role: 'lead' },
      { organisation: 'igvm', role: 'partner' },
    ],
    municipalities: ['namur'],
    startDate: '2021-01-01',
    ownerTeam: 'igvm',
    sites: ['igvm'],
    photos: [],
    links: [link({ nl: 'IGVM', fr: 'IEFH' }, 'https://igvm-iefh.belgium.be')],
    contact: { name: 'Service des finances', email: 'finances@namur.example', organisation: 'namur' },
  },
  {
    slug: 'onthaaltraject-voor-nieuwkomers-bij-het-ocmw',
    title: {
      nl: 'Onthaaltraject voor nieuwkomers bij het OCMW',
      fr: 'Un parcours d’accueil des primo-arrivants au CPAS',
    },
    summary: {
      nl: 'Het OCMW van Charleroi begeleidt nieuwkomers in hun eerste maanden: sociale rechten, Franse les, huisvesting en werk, met tolken waar nodig.',
      fr: 'Le CPAS de Charleroi accompagne les primo-arrivants pendant leurs premiers mois : droits sociaux, cours de français, logement et emploi, avec des interprètes si nécessaire.',
    },
    what: {
      nl: ['Elke nieuwkomer die bij het OCMW aanklopt, krijgt een vaste begeleider en een onthaalsessie in de eigen taal over rechten, diensten en het inburgeringstraject.'],
      fr: ['Chaque primo-arrivant qui s’adresse au CPAS reçoit un accompagnateur attitré et une séance d’accueil dans sa langue sur ses droits, les services et le parcours d’intégration.'],
    },
    who: { nl: ['Het OCMW van Charleroi, met de stad en de lokale integratiecentra.'], fr: ['Le CPAS de Charleroi, avec la ville et les centres régionaux d’intégration.'] },
    why: {
      nl: ['Nieuwkomers kennen de weg naar diensten niet en begrijpen de brieven niet. Zonder begeleiding lopen ze rechten mis.'],
    },
    how: {
      nl: ['Een onthaalsessie per maand, tolken via de telefoon, en een overdracht naar de gewone sociale dienst na zes maanden.'],
    },
    results: {
      nl: ['Nieuwkomers vinden sneller de weg naar taallessen en werk. Het tekort aan betaalbare woningen blijft de grootste hindernis.'],
    },
    reach: 2,
    recurrence: 4,
    themes: ['welzijn-en-samenleving', 'anderstalige-nieuwkomers', 'etnisch-culturele-minderheden', 'taal'],
    organisations: [
      { organisation: 'cpas-charleroi', role: 'lead' },
      { organisation: 'charleroi', role: 'partner' },
    ],
    municipalities: ['charleroi'],
    startDate: '2018-01-01',
    ownerTeam: 'unia',
    sites: ['unia'],
    photos: [photo('Een maatschappelijk werker en een nieuwkomer bekijken samen documenten.', 'Une assistante sociale et un primo-arrivant examinent ensemble des documents.')],
    links: [link({ nl: 'Stad Charleroi', fr: 'Ville de Charleroi' }, 'https://www.charleroi.be')],
    contact: { name: 'Service d’accueil', email: 'accueil@cpas-charleroi.example', organisation: 'cpas-charleroi' },
  },
  {
    slug: 'interculturele-vorming-voor-onthaalpersoneel',
    title: {
      nl: 'Interculturele vorming voor onthaalpersoneel',
      fr: 'Formation interculturelle pour le personnel d’accueil',
    },
    summary: {
      nl: 'Luik en het regionaal integratiecentrum CRIPEL leren onthaalmedewerkers omgaan met taalbarrières en culturele verschillen aan het loket.',
      fr: 'Liège et le CRIPEL apprennent au personnel d’accueil à gérer la barrière de la langue et les différences culturelles au guichet.',
    },
    what: {
      nl: ['Een vormingsreeks van drie dagen voor medewerkers van de burgerzaken, de sociale dienst en de bibliotheken.'],
      fr: ['Un cycle de formation de trois jours pour le personnel de l’état civil, du service social et des bibliothèques.'],
    },
    who: { nl: ['De stad Luik en CRIPEL.'], fr: ['La Ville de Liège et le CRIPEL.'] },
    why: {
      nl: ['Misverstanden aan het loket leiden tot frustratie aan beide kanten en tot mensen die hun rechten niet opnemen.'],
    },
    how: {
      nl: ['Rollenspellen op basis van echte situaties, tips om met eenvoudige taal en pictogrammen te werken, en een overzicht van de tolkendiensten.'],
    },
    results: {
      nl: ['Medewerkers voelen zich zekerder; de vorming is nu opgenomen in het onthaal van nieuwe collega’s.'],
    },
    reach: 2,
    recurrence: 3,
    themes: ['personeelsbeleid', 'toegankelijkheid', 'etnisch-culturele-identiteit', 'taal'],
    organisations: [
      { organisation: 'liege', role: 'lead' },
      { organisation: 'cripel', role: 'partner' },
    ],
    municipalities: ['liege'],
    startDate: '2022-02-01',
    ownerTeam: 'unia',
    sites: ['unia'],
    photos: [photo('Loketmedewerkers oefenen een gesprek met pictogrammen.', 'Des agents de guichet s’exercent à une conversation à l’aide de pictogrammes.')],
    links: [link({ nl: 'Stad Luik', fr: 'Ville de Liège' }, 'https://www.liege.be')],
    contact: { name: 'Service du personnel', email: 'formation@liege.example', organisation: 'liege' },
  },
]

export const practices: PracticeSeed[] = [...mechelen, ...brussels, ...flanders, ...wallonia]
