import { graphql } from '../../lib/documents';

// One request for the comparison: the current municipalities and the providers with the facts the
// foundation metrics need (contracts, council obligation, councils and their regulation).
export const MunicipalityComparisonQuery = graphql(`
  query MunicipalityComparison($months: Int!, $from: Date!, $to: Date!, $signedIn: Boolean!) {
    timelinessByMunicipality: timelinessFigures(groupBy: MUNICIPALITY, from: $from, to: $to)
      @include(if: $signedIn) {
      key
      onTimeRate
      ratedCount
      verdictCounts {
        onTime
      }
    }
    timelinessRegion: timelinessFigures(groupBy: REGION, from: $from, to: $to) {
      key
      onTimeRate
      ratedCount
      verdictCounts {
        onTime
      }
    }
    municipalities(take: 200) {
      items {
        id
        cbsCode
        name
        inhabitants
        inhabitantsYear
        youthPopulation
        subregion {
          id
          name
        }
      }
    }
    providers(take: 200) {
      totalItems
      items {
        id
        councilRequired
        councils {
          id
          regulationAdoptedOn
        }
        municipalities {
          id
        }
      }
    }
    programmeStats(months: $months) {
      from
      today
      scope
      municipalities {
        cbsCode
        inhabitants
        activities
        participants
        actions
        lateActions
      }
    }
  }
`);

export const MunicipalityQuery = graphql(`
  query Municipality($cbsCode: String!, $months: Int!) {
    municipality(cbsCode: $cbsCode) {
      id
      cbsCode
      name
      inhabitants
      inhabitantsYear
      youthPopulation
      validFrom
      subregion {
        id
        name
        region {
          name
        }
      }
    }
    programmeStats(months: $months) {
      from
      today
      scope
      municipalities {
        cbsCode
        activities
        participants
        activitiesPer10000
        participantsPer10000
        actions
        openActions
        lateActions
      }
    }
  }
`);

export const MunicipalityProvidersQuery = graphql(`
  query MunicipalityProviders($municipalityId: ID!) {
    providers(take: 200, filter: { municipalityId: $municipalityId }) {
      totalItems
      items {
        id
        name
        careWorkers
        residential
        councilRequired
        councils {
          id
          name
          regulationAdoptedOn
        }
      }
    }
  }
`);

// Signed in: also the activities held in the municipality and the actions it is involved in.
export const MunicipalityDetailQuery = graphql(`
  query MunicipalityDetail($municipalityId: ID!, $heldFrom: Date!, $to: Date!) {
    municipalityMonths: timelinessFigures(
      groupBy: MONTH
      from: $heldFrom
      to: $to
      filter: { municipalityId: $municipalityId }
    ) {
      ...MunicipalityMonth
    }
    regionMonths: timelinessFigures(groupBy: MONTH, from: $heldFrom, to: $to) {
      ...MunicipalityMonth
    }
    providers(take: 200, filter: { municipalityId: $municipalityId }) {
      totalItems
      items {
        id
        name
        careWorkers
        residential
        councilRequired
        councils {
          id
          name
          regulationAdoptedOn
        }
      }
    }
    activities(take: 200, filter: { municipalityId: $municipalityId, heldFrom: $heldFrom }) {
      totalItems
      items {
        id
        title
        heldOn
        form
        participants {
          youth
          parents
          professionals
          other
          total
        }
      }
    }
    indicators(take: 100, filter: { municipalityId: $municipalityId }) {
      items {
        id
        title
        unit
        direction
        computed
        baselineValue
        baselineOn
        targetValue
        targetOn
        latest {
          on
          value
          provisional
        }
        progress {
          value
          basedOn
          explanation
          explanationEn
        }
      }
    }
    actions(take: 200, filter: { municipalityId: $municipalityId }) {
      totalItems
      items {
        id
        title
        status
        late
        dueOn
        pillar {
          code
        }
      }
    }
  }

  fragment MunicipalityMonth on TimelinessFigures {
    key
    name
    periodStart
    onTimeRate
    ratedCount
    entryCount
    verdictCounts {
      onTime
      shortNotice
      afterTheFact
      notRequested
      open
      withdrawn
      notApplicable
    }
  }
`);

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      id
    }
  }
`);
