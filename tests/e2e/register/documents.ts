// GraphQL documents the register e2e tests share (the names the dashboard will use too).
export const ENTRY = `id kind title status requestedOn adviceTermDays plannedDecisionOn councilRespondedOn
  councilPosition decidedOn outcome decisionCommunicatedOn consultationHeldOn writtenReasonsGiven escalatedOn
  escalationRuling rulingOn withdrawnOn reportedNotRequested version
  timeliness { verdict deadline grantedDays marginDays daysLeft councilLate }
  findings provider { id name } council { id name } subject { code right }`;

export const FIGURES = `key name periodStart entryCount ratedCount onTimeRate medianGrantedDays medianMarginDays
  outcomeCount followedCount followRate reasonsOwedCount reasonsGivenCount reasonsGivenRate
  verdictCounts { onTime shortNotice afterTheFact notRequested open withdrawn notApplicable }
  findingCounts { deviationWithoutConsultation deviationWithoutReasons consentWithheldCarriedOut
    unsolicitedWithoutReasonedAnswer councilAnsweredLate entriesWithFindings }`;

export const LIST = `query($filter: AdviceRequestFilter, $sort: AdviceRequestSort, $take: Int) {
  adviceRequests(filter: $filter, sort: $sort, take: $take) { totalItems items { ${ENTRY} } } }`;
export const ONE = `query($id: ID!) { adviceRequest(id: $id) { ${ENTRY} } }`;
export const FIGURES_QUERY = `query($groupBy: FiguresGroupBy!, $from: Date, $to: Date, $filter: TimelinessFiguresFilter) {
  timelinessFigures(groupBy: $groupBy, from: $from, to: $to, filter: $filter) { ${FIGURES} } }`;

const step = (name: string, input: string) =>
  `mutation($id: ID!, $input: ${input}!) { ${name}(id: $id, input: $input) { ${ENTRY} } }`;
export const CREATE = `mutation($input: CreateAdviceRequestInput!) { createAdviceRequest(input: $input) { ${ENTRY} } }`;
export const EDIT_DRAFT = step('updateAdviceRequestDraft', 'UpdateAdviceRequestDraftInput');
export const SEND = step('sendAdviceRequest', 'SendAdviceRequestInput');
export const POSITION = step('recordCouncilPosition', 'RecordCouncilPositionInput');
export const DECIDE = step('recordDecision', 'RecordDecisionInput');
export const COMMUNICATE = step('recordDecisionCommunicated', 'RecordDecisionCommunicatedInput');
export const WITHDRAW = step('withdrawAdviceRequest', 'WithdrawAdviceRequestInput');
export const ESCALATE = step('escalateAdviceRequest', 'EscalateAdviceRequestInput');
export const RULING = step('recordEscalationRuling', 'RecordEscalationRulingInput');
export const UNSOLICITED = `mutation($input: FileUnsolicitedAdviceInput!) { fileUnsolicitedAdvice(input: $input) { ${ENTRY} } }`;
export const NOT_REQUESTED = `mutation($input: ReportNotRequestedInput!) { reportNotRequested(input: $input) { ${ENTRY} } }`;
export const MEETING = `mutation($input: RecordConsultationMeetingInput!) {
  recordConsultationMeeting(input: $input) { id heldOn topics provider { id } council { id } } }`;
