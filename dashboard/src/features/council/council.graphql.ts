import { graphql } from '../../lib/documents';

export const CouncilChoicesQuery = graphql(`
  query CouncilChoices($providerId: ID) {
    clientCouncils(take: 200, filter: { providerId: $providerId }) {
      items {
        id
        name
        provider {
          id
          name
        }
      }
    }
  }
`);

// Everything "Worden wij op tijd betrokken?" shows for one council, in one request: its requests (open
// ones by deadline, then all), its figures against the region, and the catalogue for its forms.
export const CouncilQuery = graphql(`
  query Council($id: ID!, $from: Date!, $to: Date!) {
    clientCouncil(id: $id) {
      id
      name
      kind
      establishedOn
      regulationAdoptedOn
      adviceTerms {
        id
        termDays
        validFrom
      }
      provider {
        id
        name
        residential
      }
    }
    openRequests: adviceRequests(
      take: 100
      sort: DEADLINE_FIRST
      filter: { councilId: $id, openOnly: true }
    ) {
      totalItems
      items {
        ...CouncilRequest
      }
    }
    allRequests: adviceRequests(take: 200, sort: NEWEST_FIRST, filter: { councilId: $id }) {
      totalItems
      items {
        ...CouncilRequest
      }
    }
    councilFigures: timelinessFigures(groupBy: REGION, from: $from, to: $to, filter: { councilId: $id }) {
      onTimeRate
      ratedCount
      entryCount
      findingCounts {
        entriesWithFindings
      }
      verdictCounts {
        onTime
        open
      }
    }
    regionFigures: timelinessFigures(groupBy: REGION, from: $from, to: $to) {
      onTimeRate
      ratedCount
      verdictCounts {
        onTime
      }
    }
    councilMonths: timelinessFigures(groupBy: MONTH, from: $from, to: $to, filter: { councilId: $id }) {
      ...MonthFigures
    }
    regionMonths: timelinessFigures(groupBy: MONTH, from: $from, to: $to) {
      ...MonthFigures
    }
    wmczSubjects {
      id
      code
      right
      titleNl
      titleEn
      articleRef
      residentialOnly
    }
  }

  fragment CouncilRequest on AdviceRequest {
    id
    version
    title
    summary
    kind
    status
    requestedOn
    plannedDecisionOn
    councilRespondedOn
    councilPosition
    decidedOn
    outcome
    findings
    reportedNotRequested
    adviceTermDays
    subject {
      id
      articleRef
      titleNl
      titleEn
    }
    timeliness {
      verdict
      deadline
      daysLeft
      grantedDays
      marginDays
      councilLate
    }
  }

  fragment MonthFigures on TimelinessFigures {
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

export const RecordPositionMutation = graphql(`
  mutation RecordCouncilPosition($id: ID!, $input: RecordCouncilPositionInput!) {
    recordCouncilPosition(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($id: ID!, $input: RecordDecisionInput!) {
    recordDecision(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const FileUnsolicitedMutation = graphql(`
  mutation FileUnsolicitedAdvice($input: FileUnsolicitedAdviceInput!) {
    fileUnsolicitedAdvice(input: $input) {
      id
    }
  }
`);

export const ReportNotRequestedMutation = graphql(`
  mutation ReportNotRequested($input: ReportNotRequestedInput!) {
    reportNotRequested(input: $input) {
      id
    }
  }
`);

export const CreateRequestMutation = graphql(`
  mutation CreateAdviceRequest($input: CreateAdviceRequestInput!) {
    createAdviceRequest(input: $input) {
      id
      version
    }
  }
`);

export const UpdateDraftMutation = graphql(`
  mutation UpdateAdviceRequestDraft($id: ID!, $input: UpdateAdviceRequestDraftInput!) {
    updateAdviceRequestDraft(id: $id, input: $input) {
      id
      version
      title
    }
  }
`);

export const SendRequestMutation = graphql(`
  mutation SendAdviceRequest($id: ID!, $input: SendAdviceRequestInput!) {
    sendAdviceRequest(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const WithdrawRequestMutation = graphql(`
  mutation WithdrawAdviceRequest($id: ID!, $input: WithdrawAdviceRequestInput!) {
    withdrawAdviceRequest(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const CommunicatedMutation = graphql(`
  mutation RecordDecisionCommunicated($id: ID!, $input: RecordDecisionCommunicatedInput!) {
    recordDecisionCommunicated(id: $id, input: $input) {
      id
      status
    }
  }
`);
