// Every visible string of the dashboard in Dutch (the default language). en.ts has the same shape;
// the type checker refuses a key that is missing in either. Text that comes from data (names, titles)
// is never HTML: React renders it as text.

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const nl = {
  app: {
    name: 'Participatiemonitor Jeugdhulp',
    region: 'Zuid-Limburg',
    switchLanguage: 'English',
    footer:
      'Participatiemonitor Jeugdhulp Zuid-Limburg. De aanbieders, raden en gebruikers in de demodata zijn verzonnen.',
  },
  nav: {
    label: 'Hoofdmenu',
    skipToContent: 'Naar de inhoud',
    overview: 'Regio-overzicht',
    municipalities: 'Gemeenten',
    providers: 'Aanbieders',
    coreGroup: 'Kerngroep',
    council: 'Cliëntenraad',
    wmcz: 'Wmcz',
  },
  session: {
    signIn: 'Inloggen',
    signOut: 'Uitloggen',
    signingIn: 'Bezig met inloggen…',
    signedInAs: 'Ingelogd als',
    signInTitle: 'Inloggen',
    signInIntro:
      'Log in met uw e-mailadres en wachtwoord. Zonder in te loggen ziet u alleen cijfers voor de hele regio en namen van organisaties.',
    alreadySignedIn: 'U bent al ingelogd. Inloggen als iemand anders vervangt de huidige sessie.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    emailRequired: 'Vul uw e-mailadres in.',
    passwordRequired: 'Vul uw wachtwoord in.',
  },
  common: {
    loading: 'Gegevens laden…',
    howCalculated: 'Hoe berekend?',
    cancel: 'Annuleren',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Opgeslagen.',
    edit: 'Wijzigen',
    late: 'Te laat',
    yes: 'Ja',
    no: 'Nee',
    clearFilters: 'Filters wissen',
    noFigure: 'geen cijfer',
    unknown: 'onbekend',
  },
  empty: {
    noData: {
      title: 'Nog geen gegevens',
      detail: 'Hier is nog niets vastgelegd.',
    },
    filterTooNarrow: {
      title: 'Niets gevonden met deze filters',
      detail: 'Er zijn wel gegevens, maar geen enkele past bij alle gekozen filters. Maak de filters ruimer.',
    },
    notAllowed: {
      title: 'Niet zichtbaar voor u',
      detail: 'Deze gegevens zijn alleen zichtbaar voor ingelogde gebruikers met de juiste rol.',
    },
    notAvailableYet: {
      title: 'Nog niet beschikbaar',
      detail: 'Dit onderdeel is nog niet gebouwd.',
    },
    error: {
      title: 'Gegevens konden niet worden geladen',
      detail: 'Probeer het later opnieuw.',
    },
  },
  errors: {
    network: 'Geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
    loadFailed: 'De server gaf een fout:',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer). Controleer de link of ga naar het regio-overzicht.',
    backHome: 'Naar het regio-overzicht',
    somethingWrong: 'Er ging iets mis',
    reload: 'Deze pagina kon niet worden getoond. Laad de pagina opnieuw.',
  },
  /** Messages for the API's error codes (extensions.reason); unknown codes show the API's own text. */
  apiErrors: {
    INVALID_CREDENTIALS: 'E-mailadres of wachtwoord is onjuist.',
    TOO_MANY_ATTEMPTS: 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.',
    NAME_REQUIRED: 'Vul een naam in.',
    NAME_TOO_LONG: 'Een naam is hoogstens 200 tekens.',
    INVALID_KVK_NUMBER: 'Een KvK-nummer bestaat uit precies 8 cijfers.',
    KVK_NUMBER_TAKEN: 'Er is al een aanbieder met dit KvK-nummer.',
    NEGATIVE_CARE_WORKERS: 'Het aantal zorgverleners kan niet negatief zijn.',
    TOO_MANY_CARE_WORKERS: 'Het aantal zorgverleners is onwaarschijnlijk groot.',
    INVALID_ADVICE_TERM: 'De adviestermijn ligt tussen 1 en 365 dagen.',
    INVALID_DATE: 'Vul een bestaande datum in (dd-mm-jjjj).',
    FORBIDDEN: 'U mag dit niet wijzigen.',
    UNAUTHENTICATED: 'Log eerst in om dit te doen.',
  } as Record<string, string>,
  table: {
    selectAll: 'Alle rijen selecteren',
    sortable: '(sorteerbaar)',
    sortedAscending: '(oplopend gesorteerd)',
    sortedDescending: '(aflopend gesorteerd)',
  },
  chart: {
    showTable: 'Toon de cijfers als tabel',
    hideTable: 'Verberg de tabel',
  },
  forms: {
    notSaved: 'Niet opgeslagen:',
  },
  overview: {
    title: 'Regio-overzicht',
    intro:
      'Hoe staat de participatie in de jeugdhulp in Zuid-Limburg ervoor: de drie pijlers, de acties van de kerngroep en of cliëntenraden op tijd worden betrokken.',
    regionTitle: (region: string) => `Regio ${region} in cijfers`,
    municipalities: 'Gemeenten',
    inhabitants: 'Inwoners',
    youth: 'Jeugdigen (0–17 jaar)',
    youthEstimate: 'schatting: 16,5% van de inwoners',
    providers: 'Gecontracteerde aanbieders',
    councilShare: 'Verplichte aanbieders met raad en regeling',
    councilShareBasis: (part: string, whole: string) => `${part} van ${whole} aanbieders`,
    councilShareHow:
      'Aanbieders waar meer dan 10 personen zorg verlenen, moeten een cliëntenraad hebben (art. 3 Wmcz 2018). We tellen hoeveel van die aanbieders minstens één cliëntenraad hebben met een vastgestelde medezeggenschapsregeling, gedeeld door alle verplichte aanbieders met een contract in de regio.',
    missingCouncilsLink: 'Bekijk de verplichte aanbieders zonder cliëntenraad',
    pillarsTitle: 'Voortgang van de drie pijlers',
    actionsTitle: 'Acties van de kerngroep',
    onTimeTitle: 'Op tijd betrokken, per maand',
    reachTitle: 'Bereik van bijeenkomsten, per maand',
    attentionTitle: 'Aandacht nodig deze week',
    programmeLater:
      'Pijlers, doelen, acties en bijeenkomsten komen uit het programma-onderdeel, dat nog wordt gebouwd. Zodra het er is, verschijnen de cijfers hier.',
    registerLater:
      'De tijdigheid komt uit het Wmcz-register (adviesaanvragen), dat nog wordt gebouwd. Zodra het er is, verschijnt hier het percentage per maand.',
    attentionLater:
      'Deze lijst (acties te laat, mijlpalen, adviestermijnen die binnen 7 dagen aflopen, verslagen die wachten op goedkeuring) komt zodra het register en het programma er zijn.',
  },
  municipalities: {
    title: 'Gemeenten',
    intro:
      'De zestien gemeenten naast elkaar, per subregio, tegenover het gemiddelde van de regio. Kies wat u wilt vergelijken; klik op een gemeente voor haar eigen pagina.',
    filtersLabel: 'Vergelijking kiezen',
    metricLabel: 'Vergelijk op',
    subregionLabel: 'Subregio',
    allSubregions: 'Alle subregio’s',
    moreMetricsLater:
      'Tijdigheid van de gecontracteerde aanbieders, bijeenkomsten en deelnemers per 10.000 inwoners en betrokken acties komen erbij zodra het register en het programma beschikbaar zijn.',
    points: (value: string) => `${value} procentpunt`,
    regionValue: 'Regio',
    regionShort: 'Regio',
    chartSummary:
      'Staafdiagram per gemeente met een stippellijn voor de regio; de cijfers staan ook in de tabel.',
    columns: {
      municipality: 'Gemeente',
      subregion: 'Subregio',
      basis: 'Gebaseerd op',
      difference: 'Verschil met regio',
    },
    metrics: {
      'raad-en-regeling': {
        label: 'Verplichte aanbieders met raad en regeling',
        column: 'Aandeel',
        chartTitle:
          'Aandeel verplichte gecontracteerde aanbieders met cliëntenraad en regeling, per gemeente (huidige stand)',
        axis: 'Aandeel aanbieders (%)',
        basis: (part: string, whole: string) => `${part} van ${whole} aanbieders`,
        regionBasis: (part: string, whole: string) =>
          `${part} van ${whole} verplichte aanbieders in de regio`,
        how: 'Per gemeente: de aanbieders die de gemeente contracteert en die een cliëntenraad moeten hebben (meer dan 10 zorgverleners, art. 3 Wmcz 2018). Het aandeel is het aantal daarvan met minstens één raad met een vastgestelde medezeggenschapsregeling, gedeeld door het aantal verplichte aanbieders. De regio telt elke aanbieder één keer.',
      },
      'aanbieders-per-10k-jeugd': {
        label: 'Gecontracteerde aanbieders per 10.000 jeugdigen',
        column: 'Per 10.000 jeugdigen',
        chartTitle:
          'Gecontracteerde aanbieders per 10.000 jeugdigen (0–17 jaar), per gemeente (huidige stand)',
        axis: 'Aanbieders per 10.000 jeugdigen',
        basis: (part: string, whole: string) => `${part} aanbieders, ${whole} jeugdigen`,
        regionBasis: (part: string, whole: string) => `gemiddelde van ${part} van ${whole} gemeenten`,
        how: 'Per gemeente: het aantal aanbieders dat de gemeente contracteert, gedeeld door het aantal jeugdigen (0–17 jaar, geschat op 16,5% van de inwoners) en vermenigvuldigd met 10.000. Een aanbieder die door meer gemeenten wordt gecontracteerd, telt in elk daarvan mee; daarom is de regiowaarde het gemiddelde van de gemeenten.',
      },
    },
  },
  municipality: {
    back: 'Terug naar alle gemeenten',
    notFound: 'Gemeente niet gevonden',
    loadingTitle: 'Gemeente',
    intro: (subregion: string) => `Gemeente in de subregio ${subregion}.`,
    cbsCode: 'CBS-code',
    inhabitants: 'Inwoners',
    inhabitantsYear: (year: string) => `peiljaar ${year}`,
    youth: 'Jeugdigen (0–17 jaar)',
    youthEstimate: 'schatting: 16,5% van de inwoners',
    councilShare: 'Verplichte aanbieders met raad en regeling',
    councilShareBasis: (part: string, whole: string) =>
      `${part} van ${whole} gecontracteerde verplichte aanbieders`,
    providersTitle: 'Gecontracteerde aanbieders',
    providersCaption: (name: string) => `Aanbieders die ${name} contracteert`,
    noProviders: 'Deze gemeente contracteert (nog) geen aanbieders in het systeem.',
    overTimeTitle: 'Over de tijd',
    overTimeLater:
      'Tijdigheid per maand en bijeenkomsten in deze gemeente komen uit het register en het programma, die nog worden gebouwd.',
    columns: {
      provider: 'Aanbieder',
      careWorkers: 'Zorgverleners',
      councilRequired: 'Raad verplicht',
      council: 'Cliëntenraad',
      regulation: 'Regeling vastgesteld',
    },
  },
  providers: {
    title: 'Aanbieders',
    intro:
      'Per jeugdhulpaanbieder: is een cliëntenraad verplicht, is er een, en is de medezeggenschapsregeling vastgesteld. Klik op een aanbieder voor de details.',
    filtersLabel: 'Aanbieders filteren',
    municipalityLabel: 'Gecontracteerd door',
    allMunicipalities: 'Alle gemeenten',
    councilLabel: 'Cliëntenraad',
    councilFilter: {
      alle: 'Alle aanbieders',
      met: 'Met cliëntenraad',
      zonder: 'Zonder cliëntenraad',
      ontbreekt: 'Verplicht, maar zonder raad',
    },
    residentialLabel: 'Verblijf',
    residentialFilter: { alle: 'Met en zonder verblijf', ja: 'Met verblijf', nee: 'Zonder verblijf' },
    searchLabel: 'Zoek op naam',
    noCouncil: 'geen',
    councilMissing: 'ontbreekt',
    councils: (n: number) => `${n} ${plural(n, 'raad', 'raden')}`,
    regulationsOf: (part: string, whole: string) => `${part} van ${whole}`,
    columns: {
      provider: 'Aanbieder',
      careWorkers: 'Zorgverleners',
      councilRequired: 'Raad verplicht',
      council: 'Cliëntenraad',
      regulation: 'Regeling vastgesteld',
      residential: 'Verblijf',
      municipalities: 'Gemeenten',
    },
    figures: {
      shown: 'Aanbieders getoond',
      ofTotal: (n: string) => `van ${n} in totaal`,
      obliged: 'Verplicht tot een raad',
      obligedDetail: 'meer dan 10 zorgverleners',
      complete: 'Met raad en regeling',
      completeDetail: (part: string, whole: string) => `${part} van ${whole} verplichte aanbieders`,
    },
    registerLater:
      'Tijdigheid, lopende aanvragen en bevindingen per aanbieder komen uit het Wmcz-register, dat nog wordt gebouwd.',
    tableTitle: 'Alle aanbieders',
    tableCaption: (n: string) => `Aanbieders (${n}), sorteerbaar per kolom`,
    coverage: {
      title: 'Cliëntenraden in beeld',
      chartTitle: 'Aanbieders naar cliëntenraad en medezeggenschapsregeling (huidige stand)',
      summary: 'Staafdiagram met het aantal aanbieders per situatie; de cijfers staan ook in de tabel.',
      axis: 'Aantal aanbieders',
      category: 'Situatie',
      count: 'Aanbieders',
      share: 'Aandeel',
      labels: {
        councilAndRegulation: 'Verplicht, met raad en vastgestelde regeling',
        councilNoRegulation: 'Verplicht, met raad maar zonder regeling',
        noCouncil: 'Verplicht, maar zonder raad',
        notObliged: 'Niet verplicht (10 of minder zorgverleners)',
      },
      short: {
        councilAndRegulation: 'Raad + regeling',
        councilNoRegulation: 'Raad, geen regeling',
        noCouncil: 'Geen raad',
        notObliged: 'Niet verplicht',
      },
      how: 'Een cliëntenraad is verplicht als meer dan 10 personen zorg verlenen (art. 3 Wmcz 2018). Een aanbieder met meer raden telt als “met regeling” zodra minstens één raad een vastgestelde medezeggenschapsregeling heeft.',
    },
  },
  provider: {
    back: 'Terug naar alle aanbieders',
    notFound: 'Aanbieder niet gevonden',
    loadingTitle: 'Aanbieder',
    careWorkers: 'Zorgverleners',
    councilRequired: 'Cliëntenraad verplicht',
    councilRequiredDetail: 'bij meer dan 10 zorgverleners (art. 3 Wmcz 2018)',
    councils: 'Cliëntenraden',
    residential: 'Verblijf',
    kvk: 'KvK-nummer',
    councilsTitle: 'Cliëntenraden',
    noCouncilRequired: 'Deze aanbieder heeft geen cliëntenraad, terwijl die wel verplicht is.',
    noCouncilNotRequired:
      'Deze aanbieder heeft geen cliëntenraad; met 10 of minder zorgverleners is die niet verplicht.',
    municipalitiesTitle: 'Gecontracteerd door',
    noMunicipalities: 'Geen enkele gemeente contracteert deze aanbieder.',
    requestsTitle: 'Adviesaanvragen en oordelen over de tijd',
    requestsLater:
      'Adviesaanvragen, oordelen over de tijdigheid en bevindingen komen uit het Wmcz-register, dat nog wordt gebouwd.',
    kind: 'Soort raad',
    established: 'Opgericht',
    regulation: 'Medezeggenschapsregeling',
    regulationOn: (date: string) => `vastgesteld op ${date}`,
    noRegulation: 'nog niet vastgesteld',
    adviceTerm: 'Adviestermijn nu',
    meetings: 'Overlegvergaderingen per jaar',
    supportOfficer: 'Onafhankelijke ondersteuner',
    seatKind: 'Soort lid',
    seatKinds: { youth: 'Jongeren', parent: 'Ouders', other: 'Overig' },
    filled: 'Bezet',
    vacant: 'Vacant',
    seatsCaption: (name: string) => `Zetels van ${name} (aantallen, geen namen)`,
    termsCaption: (name: string) => `Adviestermijnen van ${name}`,
    validFrom: 'Geldt vanaf',
    termDays: 'Termijn',
    days: (n: number) => `${n} ${plural(n, 'dag', 'dagen')}`,
  },
  providerForms: {
    providerTitle: 'Gegevens van de aanbieder',
    close: 'Sluiten',
    name: 'Naam',
    kvk: 'KvK-nummer',
    kvkHint: 'Precies 8 cijfers.',
    careWorkers: 'Aantal zorgverleners',
    careWorkersHint: 'Personen die zorg verlenen; bij meer dan 10 is een cliëntenraad verplicht.',
    wholeNumber: 'Vul een heel getal in.',
    residential: 'Biedt zorg met verblijf',
    fosterCare: 'Biedt pleegzorg',
    termTitle: (name: string) => `Nieuwe adviestermijn voor ${name}`,
    termDays: 'Termijn in dagen',
    termDaysHint: 'Zoals afgesproken in de medezeggenschapsregeling (1–365 dagen).',
    validFrom: 'Geldt vanaf',
    termSave: 'Termijn vastleggen',
    regulationTitle: (name: string) => `Medezeggenschapsregeling van ${name}`,
    regulationDate: 'Vastgesteld op',
    dateRequired: 'Vul een datum in.',
  },
  coreGroup: {
    title: 'Kerngroep',
    intro:
      'De acties van de kerngroep als tabel en tijdlijn, met eigenaren, deadlines, afhankelijkheden en mijlpalen, en de bijeenkomsten met hun verslagen.',
    actionsTitle: 'Acties',
    activitiesTitle: 'Bijeenkomsten en verslagen',
    later:
      'Acties, mijlpalen en bijeenkomsten komen uit het programma-onderdeel, dat nog wordt gebouwd. Zodra het er is, kunt u hier acties bekijken, aanmaken en wijzigen.',
  },
  council: {
    title: 'Cliëntenraad',
    intro:
      'Worden wij op tijd betrokken? De adviesaanvragen van een cliëntenraad met deadline, resterende dagen en oordeel.',
    signInToSee:
      'Dit overzicht toont de aanvragen van één cliëntenraad. Log in als lid van de raad, als bestuurder van de aanbieder of als medewerker van de regio.',
    chooseLabel: 'Cliëntenraad',
    noCouncils: 'Er zijn (nog) geen cliëntenraden om te bekijken.',
    provider: 'Aanbieder',
    kind: 'Soort raad',
    adviceTerm: 'Adviestermijn nu',
    regulation: 'Medezeggenschapsregeling',
    termExplanation:
      'De wet noemt geen vast aantal dagen. De raad en de bestuurder spreken de adviestermijn af in de medezeggenschapsregeling; op tijd betekent dat de raad minstens die termijn krijgt vóór het besluit.',
    requestsTitle: 'Adviesaanvragen en tijdigheid',
    requestsLater:
      'De aanvragen met deadline, resterende dagen en oordeel, en het vastleggen van standpunten, komen uit het Wmcz-register, dat nog wordt gebouwd.',
  },
  wmcz: {
    title: 'Wmcz-onderwerpen',
    intro:
      'Waarover mag een cliëntenraad meepraten? Elk recht en onderwerp uit de Wet medezeggenschap cliënten zorg 2018 in gewone taal, met het wetsartikel erbij.',
    sourceBuiltIn:
      'Bron: de catalogus zoals ingebouwd in deze applicatie (Wmcz 2018). De door de regiobeheerder bij te houden catalogus uit het register komt hiervoor in de plaats zodra het register beschikbaar is.',
    sourceRegister: 'Bron: de catalogus uit het register, bijgehouden door de regiobeheerder.',
    filtersLabel: 'Onderwerpen filteren',
    scopeLabel: 'Soort aanbieder',
    scope: {
      verblijf: 'Aanbieder met verblijf (alle onderwerpen)',
      'zonder-verblijf': 'Aanbieder zonder verblijf',
    },
    rightLabel: 'Recht',
    allRights: 'Alle rechten',
    searchLabel: 'Zoek in de onderwerpen',
    count: (n: number) => `${n} ${plural(n, 'onderwerp', 'onderwerpen')}`,
    article: 'Wetsartikel',
    residentialOnly: 'Alleen bij verblijf',
    rightExplanation: {
      ADVICE:
        'De zorgaanbieder vraagt de cliëntenraad om advies op een moment dat het advies het besluit nog wezenlijk kan beïnvloeden. Wijkt hij af van het advies, dan overlegt hij eerst met de raad en legt hij schriftelijk uit waarom (art. 7 Wmcz 2018).',
      CONSENT:
        'Zonder instemming van de cliëntenraad mag de zorgaanbieder deze besluiten niet nemen. Weigert de raad, dan kan de aanbieder de commissie van vertrouwenslieden om vervangende toestemming vragen (art. 8 Wmcz 2018).',
      NOMINATION:
        'De cliëntenraad mag een lid van de raad van toezicht voordragen; de aanbieder volgt die voordracht (art. 10 Wmcz 2018).',
      UNSOLICITED:
        'De cliëntenraad mag ook uit zichzelf advies geven over alles wat voor cliënten van belang is (art. 7 lid 2 Wmcz 2018).',
    } as Record<'ADVICE' | 'CONSENT' | 'NOMINATION' | 'UNSOLICITED', string>,
    aboutTitle: 'Goed om te weten',
    about: [
      'De Wmcz 2018 geldt sinds 1 juli 2020 en via de Jeugdwet ook voor jeugdhulpaanbieders.',
      'Een cliëntenraad is verplicht waar meer dan 10 personen zorg verlenen (art. 3 Wmcz 2018).',
      'De wet noemt geen vast aantal dagen om te adviseren: die adviestermijn spreken raad en bestuurder af in de medezeggenschapsregeling.',
      'Het “verzwaard advies” bestaat niet meer in de Wmcz 2018; het is vervangen door het instemmingsrecht.',
    ],
  },
};

export type Messages = typeof nl;
