import type { PolicyPlanSeed } from '../types'

/** Mechelen's diversity and equal-opportunities plan for the 2020–2025 term, summarised. */
export const inclusieveStad: PolicyPlanSeed = {
  slug: 'inclusieve-stad-2-0',
  title: {
    nl: 'Inclusieve stad 2.0: diversiteit en gelijke kansen',
    fr: 'Ville inclusive 2.0 : diversité et égalité des chances',
    en: 'Inclusive city 2.0: diversity and equal opportunities',
  },
  organisation: 'stad-mechelen',
  ownerTeam: 'vvsg',
  startYear: 2020,
  endYear: 2025,
  status: 'adopted',
  ambition: {
    nl: {
      paragraphs: [
        'In de vorige bestuursperiode bouwde Mechelen aan drie pijlers: toegankelijkheid, het stimuleren en promoten van het Nederlands, en samenleven in de stad. Vooral etnisch-culturele diversiteit stond daarbij centraal. Die aanpak over alle diensten heen leverde zichtbare resultaten op en leerde de stad veel, binnen en buiten het stadhuis.',
        'Het nieuwe plan bouwt daarop verder, met nieuwe klemtonen die inspelen op het bestuursakkoord en op wat er in de samenleving gebeurt, zoals moslimhaat, holebi- en transfobie en de opmars van extreemrechts. De administratie vat het samen als: doen wat je zegt.',
        'Inclusie blijft een transversaal thema met één regie, zodat iemand het overzicht bewaart, netwerken onderhoudt en de visie en doelen bewaakt. De ambitie wordt breder: een stad die niet alleen inclusief maar ook solidair is, waar elke Mechelaar meetelt en gehoord wordt, en waar diensten afgestemd zijn op een superdiverse bevolking.',
        'De stad werkt aan een gedeelde visie die fysieke en mentale toegankelijkheid, taal en meertaligheid, samenleven, gender, seksuele diversiteit en armoede samenbrengt, met oog voor mensen die op meer dan één manier uitgesloten worden. Ze doet dat samen met verenigingen, intermediairen, ervaringsdeskundigen en expertorganisaties, via samenwerkingsovereenkomsten en werk- en klankbordgroepen.',
      ],
      bullets: [
        'Prioritaire domeinen: onderwijs, werk en ondernemen, vrije tijd en wonen.',
        'Bijzondere aandacht voor kinderen en jongeren, mensen in armoede en anderstalige nieuwkomers.',
        'Daarnaast: een representatief personeelsbestand, een positief beeld van diversiteit, polarisatie doorbreken, ontmoeting en een sterk netwerk van partners.',
      ],
    },
    fr: {
      paragraphs: [
        'Malines a d’abord misé sur trois piliers : l’accessibilité, le soutien et la promotion du néerlandais, et le vivre-ensemble. Le nouveau plan poursuit ce travail avec de nouveaux accents, face à l’islamophobie, à l’homophobie et la transphobie et à la montée de l’extrême droite.',
        'L’ambition s’élargit vers une ville inclusive et solidaire, où chaque habitant a une place et une voix, et où les services tiennent compte d’une population très diverse.',
      ],
    },
    en: {
      paragraphs: [
        'Mechelen first built on three pillars: accessibility, support for and promotion of Dutch, and living together. The new plan continues that work with new emphases, in response to anti-Muslim hatred, homophobia and transphobia and the rise of the far right.',
        'The ambition widens to a city that is inclusive and caring, where every resident has a place and a voice, and where services fit a highly diverse population.',
      ],
    },
  },
  strategicGoals: [
    {
      code: 'SD1',
      title: {
        nl: 'Meer draagvlak voor diversiteit',
        fr: 'Renforcer l’adhésion à la diversité',
        en: 'Broader support for diversity',
      },
      description: {
        nl: 'De stad moedigt samenleven in diversiteit aan en versterkt de band tussen Mechelaars, onder meer met ontmoeting en buurtprojecten.',
        fr: 'La ville encourage le vivre-ensemble dans la diversité et renforce les liens entre habitants, notamment par des rencontres et des projets de quartier.',
        en: 'The city encourages living together in diversity and strengthens ties between residents, among other things through encounters and neighbourhood projects.',
      },
    },
    {
      code: 'SD2',
      title: {
        nl: 'Gelijke kansen in de eigen diensten',
        fr: 'L’égalité des chances dans les services de la ville',
        en: 'Equal opportunities in the city’s own services',
      },
      description: {
        nl: 'De stadsdiensten en voorzieningen voeren zelf een diversiteitsbeleid, zodat elke Mechelaar een goede en volledig toegankelijke dienstverlening krijgt.',
        fr: 'Les services et équipements de la ville mènent leur propre politique de diversité, pour un service de qualité et pleinement accessible à chaque habitant.',
        en: 'The city’s services and facilities run their own diversity policy, so that every resident gets good and fully accessible service.',
      },
    },
    {
      code: 'SD3',
      title: {
        nl: 'Regisseur en voorbeeld voor externe partners',
        fr: 'Piloter et montrer l’exemple aux partenaires externes',
        en: 'Steering and setting an example for external partners',
      },
      description: {
        nl: 'De stad neemt de regie, geeft zelf het goede voorbeeld en zet haar hefbomen in, zodat ook verenigingen en andere partners haar kijk op diversiteit en gelijke kansen overnemen.',
        fr: 'La ville assume un rôle de pilote et de modèle, et utilise ses leviers pour faire partager sa vision de l’égalité des chances et de la diversité par ses partenaires.',
        en: 'The city steers and leads by example, and uses the levers it has to carry its vision of equal opportunities and diversity to its partners.',
      },
    },
    {
      code: 'SD4',
      title: {
        nl: 'Burgerzin en inspraak van wie minder gehoord wordt',
        fr: 'Citoyenneté et participation des voix moins entendues',
        en: 'Citizenship and a say for those less often heard',
      },
      description: {
        nl: 'De stad stimuleert betrokkenheid en participatie, en maakt het makkelijker voor kwetsbare groepen en minderheden om mee te praten over beleid.',
        fr: 'La ville stimule l’engagement citoyen et facilite la participation des groupes vulnérables et des minorités à l’élaboration des politiques.',
        en: 'The city encourages civic engagement and makes it easier for vulnerable groups and minorities to take part in policy-making.',
      },
    },
  ],
  programmes: [
    {
      title: { nl: 'Actief en inclusief burgerschap', fr: 'Citoyenneté active et inclusive', en: 'Active and inclusive citizenship' },
      description: {
        nl: 'Iedereen kan meedoen en meebouwen: ontmoeting, participatie, verenigingsleven en een stem voor minderheden.',
        fr: 'Chacun peut participer et contribuer : rencontres, participation, vie associative et voix des minorités.',
        en: 'Everyone can take part and help build the city: encounters, participation, clubs and a voice for minorities.',
      },
    },
    {
      title: { nl: 'Gelijke kansen en discriminatie bestrijden', fr: 'Égalité des chances et lutte contre les discriminations', en: 'Equal opportunities and fighting discrimination' },
      description: {
        nl: 'Drempels wegnemen in onderwijs, werk, vrije tijd en wonen, en elke vorm van racisme en discriminatie actief aanpakken.',
        fr: 'Lever les obstacles dans l’enseignement, l’emploi, les loisirs et le logement, et combattre activement toute forme de racisme et de discrimination.',
        en: 'Removing barriers in education, work, leisure and housing, and actively tackling every form of racism and discrimination.',
      },
    },
  ],
  priorityThemes: ['onderwijs', 'werk-en-ondernemen', 'vrije-tijd', 'wonen', 'kinderen-en-jongeren', 'mensen-in-armoede', 'anderstalige-nieuwkomers'],
  keywords: {
    nl: ['iedereen mee', 'integrale toegankelijkheid', 'meertaligheid', 'samenleven in diversiteit', 'gelijke kansen', 'sociale cohesie', 'participatie', 'racisme en discriminatie', 'gender', 'sociale mobiliteit'],
    fr: ['accessibilité intégrale', 'multilinguisme', 'vivre ensemble', 'égalité des chances', 'cohésion sociale', 'participation', 'racisme et discrimination', 'genre', 'mobilité sociale'],
    en: ['full accessibility', 'multilingualism', 'living together', 'equal opportunities', 'social cohesion', 'participation', 'racism and discrimination', 'gender', 'social mobility'],
  },
}

export const policyPlans: PolicyPlanSeed[] = [inclusieveStad]
