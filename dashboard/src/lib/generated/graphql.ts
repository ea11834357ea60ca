/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionDependencyInput = {
  /** De actie die wacht. */
  blockedId: string;
  /** De actie die blokkeert. */
  blockerId: string;
};

export type ActionFilter = {
  dueFrom?: string | null | undefined;
  dueTo?: string | null | undefined;
  goalId?: string | null | undefined;
  /** Met municipalityId: ook regiobrede acties tonen. */
  includeRegionWide?: boolean | null | undefined;
  /** true: alleen te late acties; false: alleen niet te late. */
  late?: boolean | null | undefined;
  /** Acties van dit kerngroeplid (verantwoordelijk of eigenaar). */
  memberId?: string | null | undefined;
  /** Acties waarbij deze gemeente betrokken is. */
  municipalityId?: string | null | undefined;
  /** Deelacties van deze actie. */
  parentId?: string | null | undefined;
  pillarId?: string | null | undefined;
  search?: string | null | undefined;
  statuses?: Array<ActionStatus> | null | undefined;
  /** true: alleen hoofdacties (geen deelacties). */
  topLevelOnly?: boolean | null | undefined;
};

/** Status van een kerngroepactie; elke status telt voor een vast voortgangsaandeel. */
export type ActionStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'DROPPED'
  | 'IDEA'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type ActionVersionInput = {
  id: string;
  /** De versie die de gebruiker zag. */
  version: number;
};

/** Vorm van een bijeenkomst. */
export type ActivityForm =
  | 'ACHTERBAN_CONTACT'
  | 'CLIENT_COUNCIL_MEETING'
  | 'CLIENT_INSPECTION'
  | 'CONFERENCE'
  | 'FOCUS_GROUP'
  | 'IN_DEPTH_INTERVIEW'
  | 'LINE_OF_DISCONTENT'
  | 'NETWORK_DAY'
  | 'PANEL'
  | 'TRAINING';

/** Adviesaanvraag (ADVICE), instemmingsverzoek (CONSENT) of ongevraagd advies (UNSOLICITED). */
export type AdviceKind =
  | 'ADVICE'
  | 'CONSENT'
  | 'UNSOLICITED';

export type BulkSetActionStatusInput = {
  /** De selectie; alles of niets. */
  items: Array<ActionVersionInput>;
  status: ActionStatus;
};

/** Zetel in de kerngroep: cliënten, gemeenten of aanbieders. */
export type CoreGroupSeat =
  | 'CLIENT'
  | 'MUNICIPALITY'
  | 'PROVIDER';

/** Soort raad. */
export type CouncilKind =
  | 'CENTRALE_CLIENTENRAAD'
  | 'CLIENTENRAAD'
  | 'JONGERENRAAD'
  | 'OUDERRAAD'
  | 'PLEEGOUDERRAAD';

/** Standpunt van de cliëntenraad. Op een adviesaanvraag: POSITIVE, POSITIVE_WITH_CONDITIONS, NEGATIVE, NO_ADVICE; op een instemmingsverzoek: CONSENT_GIVEN, CONSENT_WITHHELD; ongevraagd advies: POSITIVE, POSITIVE_WITH_CONDITIONS, NEGATIVE. */
export type CouncilPosition =
  | 'CONSENT_GIVEN'
  | 'CONSENT_WITHHELD'
  | 'NEGATIVE'
  | 'NO_ADVICE'
  | 'POSITIVE'
  | 'POSITIVE_WITH_CONDITIONS';

export type CreateActionInput = {
  /** Bijeenkomsten waarvan de inbreng tot deze actie leidde. */
  activityIds?: Array<string>;
  description?: string | null | undefined;
  dueOn?: string | null | undefined;
  goalId?: string | null | undefined;
  leadOrganisation: string;
  manualProgress?: number | null | undefined;
  /** Betrokken gemeenten; leeg als de actie regiobreed is. */
  municipalityIds?: Array<string>;
  /** Verdere eigenaren (kerngroepleden van andere organisaties). */
  ownerIds?: Array<string>;
  /** Hoofdactie, voor een deelactie (één niveau diep). */
  parentId?: string | null | undefined;
  pillarId: string;
  regionWide?: boolean;
  /** Verantwoordelijk kerngroeplid. */
  responsibleMemberId?: string | null | undefined;
  startOn?: string | null | undefined;
  status?: ActionStatus;
  title: string;
  weight?: number;
};

export type CreateActionMilestoneInput = {
  actionId: string;
  doneOn?: string | null | undefined;
  dueOn: string;
  title: string;
};

export type CreateActivityInput = {
  feedbackGiven?: boolean;
  form: ActivityForm;
  heldOn: string;
  level: ParticipationLevel;
  /** Leeg voor een regiobrede bijeenkomst. */
  municipalityId?: string | null | undefined;
  participants: ParticipantCountsInput;
  pillarIds: Array<string>;
  summary?: string | null | undefined;
  title: string;
};

export type CreateActivityReportInput = {
  activityId: string;
  /** Het verslag, zonder namen van deelnemers. */
  body: string;
  title: string;
};

/** Bestuur: legt een adviesaanvraag of instemmingsverzoek vast als concept. */
export type CreateAdviceRequestInput = {
  councilId: string;
  /** ADVICE of CONSENT; ongevraagd advies dient de raad zelf in. */
  kind: AdviceKind;
  plannedDecisionOn?: string | null | undefined;
  providerId: string;
  subjectId: string;
  summary?: string;
  title: string;
};

/** Beheerder: een nieuw catalogusonderwerp, bijvoorbeeld na een wetswijziging. Code en recht liggen daarna vast. */
export type CreateWmczSubjectInput = {
  articleRef: string;
  /** Vaste code: hoofdletters, cijfers en _, hoogstens 40 tekens (bijv. ART7_1_X). */
  code: string;
  explanationEn?: string;
  explanationNl?: string;
  /** Alleen voor aanbieders met verblijf. */
  residentialOnly?: boolean;
  /** Het recht van de raad op dit onderwerp. */
  right: WmczRight;
  titleEn: string;
  titleNl: string;
};

/** Raad: legt eigen (ongevraagd) advies vast. */
export type FileUnsolicitedAdviceInput = {
  councilId: string;
  /** Dag waarop de raad het advies gaf. */
  councilRespondedOn: string;
  /** POSITIVE, POSITIVE_WITH_CONDITIONS of NEGATIVE. */
  position: CouncilPosition;
  subjectId: string;
  summary?: string;
  title: string;
};

/** Procesbevinding (assessFindings in libs/domain), los van de tijdigheid: afgeweken zonder overleg of zonder schriftelijke motivering, uitgevoerd zonder (vervangende) instemming, ongevraagd advies zonder gemotiveerd antwoord, raad antwoordde na de eigen termijn. */
export type FindingCode =
  | 'CONSENT_WITHHELD_CARRIED_OUT'
  | 'COUNCIL_ANSWERED_LATE'
  | 'DEVIATION_WITHOUT_CONSULTATION'
  | 'DEVIATION_WITHOUT_REASONS'
  | 'UNSOLICITED_WITHOUT_REASONED_ANSWER';

/** Of een hogere of een lagere waarde beter is. */
export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** Eenheid van een indicator. */
export type IndicatorUnit =
  | 'COUNT'
  | 'DAYS'
  | 'GRADE'
  | 'PERCENT'
  | 'PER_10000_INHABITANTS';

/** Wat de aanbieder met het advies deed: opgevolgd, deels opgevolgd of niet opgevolgd. */
export type Outcome =
  | 'FOLLOWED'
  | 'NOT_FOLLOWED'
  | 'PARTLY_FOLLOWED';

/** Aantallen per soort deelnemer; nooit namen. */
export type ParticipantCountsInput = {
  other?: number;
  parents?: number;
  professionals?: number;
  youth?: number;
};

/** Trede op de participatieladder, van informeren tot meebeslissen. */
export type ParticipationLevel =
  | 'ADVISEREN'
  | 'COPRODUCEREN'
  | 'INFORMEREN'
  | 'MEEBESLISSEN'
  | 'RAADPLEGEN';

/** Raad: legt zijn standpunt eenmaal vast. */
export type RecordCouncilPositionInput = {
  /** Dag waarop de raad zijn standpunt gaf. */
  councilRespondedOn: string;
  position: CouncilPosition;
  /** De versie van het verzoek die u zag; is het intussen gewijzigd, dan wordt de stap geweigerd (STALE_VERSION). */
  version?: number | null | undefined;
};

export type RecordDecisionCommunicatedInput = {
  decisionCommunicatedOn: string;
  /** De versie van het verzoek die u zag; is het intussen gewijzigd, dan wordt de stap geweigerd (STALE_VERSION). */
  version?: number | null | undefined;
};

/** Bestuur: legt het besluit vast (bij ongevraagd advies: het antwoord). Een besluit vóór de aanvraag wordt vastgelegd en als voldongen feit beoordeeld. */
export type RecordDecisionInput = {
  /** Overleg met de raad vóór het afwijken (art. 9 Wmcz 2018). */
  consultationHeldOn?: string | null | undefined;
  decidedOn: string;
  /** Wat met het standpunt van de raad is gedaan. */
  outcome?: Outcome | null | undefined;
  /** De versie van het verzoek die u zag; is het intussen gewijzigd, dan wordt de stap geweigerd (STALE_VERSION). */
  version?: number | null | undefined;
  writtenReasonsGiven?: boolean;
};

export type RecordMeasurementInput = {
  indicatorId: string;
  measuredOn: string;
  note?: string | null | undefined;
  provisional?: boolean;
  /** Bron, bv. "CBS Jeugdmonitor" of "Enquête cliëntenraden 2025". */
  source: string;
  /** Moet de eenheid van de indicator zijn. */
  unit: IndicatorUnit;
  value: number;
};

/** Raad: meldt een besluit op een Wmcz-onderwerp waarover hij nooit om advies of instemming is gevraagd. */
export type ReportNotRequestedInput = {
  councilId: string;
  /** Dag van het besluit (zo goed als bekend). */
  decidedOn: string;
  /** ADVICE of CONSENT: wat de aanbieder had moeten vragen. */
  kind: AdviceKind;
  subjectId: string;
  summary?: string;
  title: string;
};

/** Concept → voorgelegd aan deelnemers → goedgekeurd door deelnemers → gedeeld met de regio. */
export type ReportStatus =
  | 'APPROVED_BY_PARTICIPANTS'
  | 'DRAFT'
  | 'SENT_TO_PARTICIPANTS'
  | 'SHARED_WITH_REGION';

/** Levensloop: DRAFT → SENT → RESPONDED → DECIDED → COMMUNICATED; WITHDRAWN vanuit een open stand; ESCALATED bij de commissie van vertrouwenslieden. */
export type RequestStatus =
  | 'COMMUNICATED'
  | 'DECIDED'
  | 'DRAFT'
  | 'ESCALATED'
  | 'RESPONDED'
  | 'SENT'
  | 'WITHDRAWN';

/** Rol van een ingelogde gebruiker. */
export type Role =
  | 'ADMIN'
  | 'CORE_GROUP'
  | 'COUNCIL_MEMBER'
  | 'POLICY_OFFICER'
  | 'PROVIDER_BOARD';

export type SeatCountsInput = {
  otherFilled?: number;
  otherVacant?: number;
  parentFilled?: number;
  parentVacant?: number;
  youthFilled?: number;
  youthVacant?: number;
};

/** Bestuur: legt het concept voor aan de raad; de adviestermijn van die dag wordt vastgelegd. */
export type SendAdviceRequestInput = {
  /** Besluitdatum in de aanvraag; leeg laat die van het concept staan. */
  plannedDecisionOn?: string | null | undefined;
  /** Dag waarop de raad de aanvraag ontving. */
  requestedOn: string;
  /** De versie van het verzoek die u zag; is het intussen gewijzigd, dan wordt de stap geweigerd (STALE_VERSION). */
  version?: number | null | undefined;
};

export type SetActivityReportStatusInput = {
  /** Datum van de stap; standaard vandaag. */
  on?: string | null | undefined;
  /** Het wijzigingsnummer (revision) dat u zag; is het verslag intussen gewijzigd, dan wordt de stap geweigerd (STALE_VERSION). */
  revision?: number | null | undefined;
  status: ReportStatus;
};

export type SetAdviceTermInput = {
  councilId: string;
  termDays: number;
  validFrom: string;
};

/** ALL: alles (ingelogd). PUBLISHED (publiek): alleen bijeenkomsten met een door de deelnemers goedgekeurd verslag, en alleen de regio en gemeenten die instemden met publicatie: regiobrede bijeenkomsten en indicatoren of die van zulke gemeenten, acties die regiobreed zijn of alleen zulke gemeenten betreffen, berekende indicatoren over aanbieders die instemden. */
export type StatsScope =
  | 'ALL'
  | 'PUBLISHED';

/** Alleen de meegegeven velden veranderen; null wist een veld. */
export type UpdateActionInput = {
  description?: string | null | undefined;
  dueOn?: string | null | undefined;
  goalId?: string | null | undefined;
  leadOrganisation?: string | null | undefined;
  /** null wist het handmatige percentage. */
  manualProgress?: number | null | undefined;
  /** Vervangt de betrokken gemeenten. */
  municipalityIds?: Array<string> | null | undefined;
  /** Vervangt de verdere eigenaren. */
  ownerIds?: Array<string> | null | undefined;
  regionWide?: boolean | null | undefined;
  responsibleMemberId?: string | null | undefined;
  startOn?: string | null | undefined;
  status?: ActionStatus | null | undefined;
  title?: string | null | undefined;
  /** De versie waarop deze wijziging is gebaseerd. */
  version: number;
  weight?: number | null | undefined;
};

export type UpdateActionMilestoneInput = {
  /** null: weer open. */
  doneOn?: string | null | undefined;
  dueOn?: string | null | undefined;
  title?: string | null | undefined;
};

/** Bestuur: past een concept aan (titel, samenvatting, onderwerp, soort, geplande besluitdatum); alleen zolang het een concept is. */
export type UpdateAdviceRequestDraftInput = {
  /** ADVICE of CONSENT; ongevraagd advies dient de raad zelf in. */
  kind: AdviceKind;
  plannedDecisionOn?: string | null | undefined;
  subjectId: string;
  summary?: string;
  title: string;
  /** De versie van het verzoek die u zag; is het intussen gewijzigd, dan wordt de stap geweigerd (STALE_VERSION). */
  version?: number | null | undefined;
};

export type UpdateClientCouncilInput = {
  establishedOn?: string | null | undefined;
  hasSupportOfficer?: boolean | null | undefined;
  kind?: CouncilKind | null | undefined;
  meetingsPerYear?: number | null | undefined;
  name?: string | null | undefined;
  regulationAdoptedOn?: string | null | undefined;
  seats?: SeatCountsInput | null | undefined;
};

export type UpdateProviderInput = {
  careWorkers?: number | null | undefined;
  fosterCare?: boolean | null | undefined;
  kvkNumber?: string | null | undefined;
  /** Vervangt de lijst contracterende gemeenten. */
  municipalityIds?: Array<string> | null | undefined;
  name?: string | null | undefined;
  residential?: boolean | null | undefined;
};

/** Wijzigt teksten en vlaggen van een catalogusonderwerp. Code en recht liggen vast. */
export type UpdateWmczSubjectInput = {
  active?: boolean | null | undefined;
  articleRef?: string | null | undefined;
  explanationEn?: string | null | undefined;
  explanationNl?: string | null | undefined;
  residentialOnly?: boolean | null | undefined;
  titleEn?: string | null | undefined;
  titleNl?: string | null | undefined;
  /** De versie die u zag; wijkt die af, dan wordt de wijziging geweigerd (STALE_VERSION). */
  version?: number | null | undefined;
};

/** Oordeel over tijdigheid (assessTimeliness in libs/domain): ON_TIME op tijd, SHORT_NOTICE te krap, AFTER_THE_FACT voldongen feit, NOT_REQUESTED niet gevraagd, OPEN lopend, WITHDRAWN ingetrokken, NOT_APPLICABLE ongevraagd advies. */
export type Verdict =
  | 'AFTER_THE_FACT'
  | 'NOT_APPLICABLE'
  | 'NOT_REQUESTED'
  | 'ON_TIME'
  | 'OPEN'
  | 'SHORT_NOTICE'
  | 'WITHDRAWN';

/** Bestuur trekt een aanvraag in; de raad trekt zijn eigen ongevraagd advies in. */
export type WithdrawAdviceRequestInput = {
  /** De versie van het verzoek die u zag; is het intussen gewijzigd, dan wordt de stap geweigerd (STALE_VERSION). */
  version?: number | null | undefined;
  withdrawnOn: string;
};

/** Recht van de cliëntenraad op een onderwerp: adviesrecht (art. 7), instemmingsrecht (art. 8), bindende voordracht (art. 10) of ongevraagd advies (art. 7 lid 2). */
export type WmczRight =
  | 'ADVICE'
  | 'CONSENT'
  | 'NOMINATION'
  | 'UNSOLICITED';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { today: string, me: { id: string, displayName: string, email: string, role: Role, organisation: { id: string, kind: string, name: string } | null } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, displayName: string, email: string, role: Role, organisation: { id: string, kind: string, name: string } | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CoreGroupQueryVariables = Exact<{
  filter?: ActionFilter | null | undefined;
  actionId: string;
  withAction: boolean;
}>;


export type CoreGroupQuery = { pillars: Array<{ id: string, code: string, number: number, title: string, titleEn: string, goals: Array<{ id: string, title: string }> }>, coreGroupMembers: Array<{ id: string, name: string, organisation: string, seat: CoreGroupSeat }>, municipalities: { items: Array<{ id: string, cbsCode: string, name: string }> }, actions: { totalItems: number, items: Array<{ id: string, version: number, title: string, status: ActionStatus, late: boolean, startOn: string | null, dueOn: string | null, regionWide: boolean, leadOrganisation: string, progress: { value: number | null }, pillar: { id: string, code: string }, responsible: { id: string, name: string } | null, municipalities: Array<{ id: string, name: string }>, blockedBy: Array<{ id: string, title: string, status: ActionStatus }>, milestones: Array<{ id: string, title: string, dueOn: string, doneOn: string | null, late: boolean }> }> }, action?: { id: string, version: number, title: string, description: string | null, status: ActionStatus, late: boolean, startOn: string | null, dueOn: string | null, regionWide: boolean, leadOrganisation: string, manualProgress: number | null, weight: number, progress: { value: number | null, basedOn: number, explanation: string, explanationEn: string }, pillar: { id: string, code: string, title: string, titleEn: string }, goal: { id: string, title: string } | null, responsible: { id: string, name: string, organisation: string } | null, owners: Array<{ id: string, name: string }>, municipalities: Array<{ id: string, name: string }>, parent: { id: string, title: string } | null, subActions: Array<{ id: string, title: string, status: ActionStatus }>, blockedBy: Array<{ id: string, title: string, status: ActionStatus, late: boolean }>, blocks: Array<{ id: string, title: string, status: ActionStatus }>, milestones: Array<{ id: string, title: string, dueOn: string, doneOn: string | null, late: boolean }>, history: Array<{ id: string, changedAt: string, changedBy: string | null, statusFrom: ActionStatus | null, statusTo: ActionStatus, manualProgressFrom: number | null, manualProgressTo: number | null }>, activities: Array<{ id: string, title: string, heldOn: string }> } };

export type CoreGroupActivitiesQueryVariables = Exact<{
  take: number;
}>;


export type CoreGroupActivitiesQuery = { activities: { totalItems: number, items: Array<{ id: string, title: string, heldOn: string, form: ActivityForm, level: ParticipationLevel, regionWide: boolean, feedbackGiven: boolean, municipality: { id: string, name: string } | null, participants: { total: number }, report: { id: string, revision: number, title: string, status: ReportStatus, sentOn: string | null, approvedOn: string | null, sharedOn: string | null, editable: boolean } | null, actions: Array<{ id: string, title: string }> }> } };

export type CreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type CreateActionMutation = { createAction: { id: string } };

export type UpdateActionMutationVariables = Exact<{
  id: string;
  input: UpdateActionInput;
}>;


export type UpdateActionMutation = { updateAction: { id: string, version: number } };

export type BulkSetActionStatusMutationVariables = Exact<{
  input: BulkSetActionStatusInput;
}>;


export type BulkSetActionStatusMutation = { bulkSetActionStatus: Array<{ id: string, status: ActionStatus }> };

export type AddActionDependencyMutationVariables = Exact<{
  input: ActionDependencyInput;
}>;


export type AddActionDependencyMutation = { addActionDependency: { blocker: { id: string } } };

export type RemoveActionDependencyMutationVariables = Exact<{
  input: ActionDependencyInput;
}>;


export type RemoveActionDependencyMutation = { removeActionDependency: boolean };

export type CreateActionMilestoneMutationVariables = Exact<{
  input: CreateActionMilestoneInput;
}>;


export type CreateActionMilestoneMutation = { createActionMilestone: { id: string } };

export type UpdateActionMilestoneMutationVariables = Exact<{
  id: string;
  input: UpdateActionMilestoneInput;
}>;


export type UpdateActionMilestoneMutation = { updateActionMilestone: { id: string } };

export type DeleteActionMilestoneMutationVariables = Exact<{
  id: string;
}>;


export type DeleteActionMilestoneMutation = { deleteActionMilestone: boolean };

export type SetActivityReportStatusMutationVariables = Exact<{
  id: string;
  input: SetActivityReportStatusInput;
}>;


export type SetActivityReportStatusMutation = { setActivityReportStatus: { id: string, status: ReportStatus } };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { id: string } };

export type CreateActivityReportMutationVariables = Exact<{
  input: CreateActivityReportInput;
}>;


export type CreateActivityReportMutation = { createActivityReport: { id: string } };

export type CouncilChoicesQueryVariables = Exact<{
  providerId?: string | null | undefined;
}>;


export type CouncilChoicesQuery = { clientCouncils: { items: Array<{ id: string, name: string, provider: { id: string, name: string } }> } };

export type CouncilQueryVariables = Exact<{
  id: string;
  from: string;
  to: string;
}>;


export type CouncilQuery = { clientCouncil: { id: string, name: string, kind: CouncilKind, establishedOn: string | null, regulationAdoptedOn: string | null, adviceTerms: Array<{ id: string, termDays: number, validFrom: string }>, provider: { id: string, name: string, residential: boolean } }, openRequests: { totalItems: number, items: Array<{ id: string, version: number, title: string, summary: string, kind: AdviceKind, status: RequestStatus, requestedOn: string | null, plannedDecisionOn: string | null, councilRespondedOn: string | null, councilPosition: CouncilPosition | null, decidedOn: string | null, outcome: Outcome | null, findings: Array<FindingCode>, reportedNotRequested: boolean, adviceTermDays: number, subject: { id: string, articleRef: string, titleNl: string, titleEn: string }, timeliness: { verdict: Verdict, deadline: string | null, daysLeft: number | null, grantedDays: number | null, marginDays: number | null, councilLate: boolean } | null }> }, allRequests: { totalItems: number, items: Array<{ id: string, version: number, title: string, summary: string, kind: AdviceKind, status: RequestStatus, requestedOn: string | null, plannedDecisionOn: string | null, councilRespondedOn: string | null, councilPosition: CouncilPosition | null, decidedOn: string | null, outcome: Outcome | null, findings: Array<FindingCode>, reportedNotRequested: boolean, adviceTermDays: number, subject: { id: string, articleRef: string, titleNl: string, titleEn: string }, timeliness: { verdict: Verdict, deadline: string | null, daysLeft: number | null, grantedDays: number | null, marginDays: number | null, councilLate: boolean } | null }> }, councilFigures: Array<{ onTimeRate: number | null, ratedCount: number, entryCount: number, findingCounts: { entriesWithFindings: number }, verdictCounts: { onTime: number, open: number } }>, regionFigures: Array<{ onTimeRate: number | null, ratedCount: number, verdictCounts: { onTime: number } }>, councilMonths: Array<{ key: string, name: string, periodStart: string | null, onTimeRate: number | null, ratedCount: number, entryCount: number, verdictCounts: { onTime: number, shortNotice: number, afterTheFact: number, notRequested: number, open: number, withdrawn: number, notApplicable: number } }>, regionMonths: Array<{ key: string, name: string, periodStart: string | null, onTimeRate: number | null, ratedCount: number, entryCount: number, verdictCounts: { onTime: number, shortNotice: number, afterTheFact: number, notRequested: number, open: number, withdrawn: number, notApplicable: number } }>, wmczSubjects: Array<{ id: string, code: string, right: WmczRight, titleNl: string, titleEn: string, articleRef: string, residentialOnly: boolean }> };

export type CouncilRequestFragment = { id: string, version: number, title: string, summary: string, kind: AdviceKind, status: RequestStatus, requestedOn: string | null, plannedDecisionOn: string | null, councilRespondedOn: string | null, councilPosition: CouncilPosition | null, decidedOn: string | null, outcome: Outcome | null, findings: Array<FindingCode>, reportedNotRequested: boolean, adviceTermDays: number, subject: { id: string, articleRef: string, titleNl: string, titleEn: string }, timeliness: { verdict: Verdict, deadline: string | null, daysLeft: number | null, grantedDays: number | null, marginDays: number | null, councilLate: boolean } | null };

export type MonthFiguresFragment = { key: string, name: string, periodStart: string | null, onTimeRate: number | null, ratedCount: number, entryCount: number, verdictCounts: { onTime: number, shortNotice: number, afterTheFact: number, notRequested: number, open: number, withdrawn: number, notApplicable: number } };

export type RecordCouncilPositionMutationVariables = Exact<{
  id: string;
  input: RecordCouncilPositionInput;
}>;


export type RecordCouncilPositionMutation = { recordCouncilPosition: { id: string, status: RequestStatus } };

export type RecordDecisionMutationVariables = Exact<{
  id: string;
  input: RecordDecisionInput;
}>;


export type RecordDecisionMutation = { recordDecision: { id: string, status: RequestStatus } };

export type FileUnsolicitedAdviceMutationVariables = Exact<{
  input: FileUnsolicitedAdviceInput;
}>;


export type FileUnsolicitedAdviceMutation = { fileUnsolicitedAdvice: { id: string } };

export type ReportNotRequestedMutationVariables = Exact<{
  input: ReportNotRequestedInput;
}>;


export type ReportNotRequestedMutation = { reportNotRequested: { id: string } };

export type CreateAdviceRequestMutationVariables = Exact<{
  input: CreateAdviceRequestInput;
}>;


export type CreateAdviceRequestMutation = { createAdviceRequest: { id: string, version: number } };

export type UpdateAdviceRequestDraftMutationVariables = Exact<{
  id: string;
  input: UpdateAdviceRequestDraftInput;
}>;


export type UpdateAdviceRequestDraftMutation = { updateAdviceRequestDraft: { id: string, version: number, title: string } };

export type SendAdviceRequestMutationVariables = Exact<{
  id: string;
  input: SendAdviceRequestInput;
}>;


export type SendAdviceRequestMutation = { sendAdviceRequest: { id: string, status: RequestStatus } };

export type WithdrawAdviceRequestMutationVariables = Exact<{
  id: string;
  input: WithdrawAdviceRequestInput;
}>;


export type WithdrawAdviceRequestMutation = { withdrawAdviceRequest: { id: string, status: RequestStatus } };

export type RecordDecisionCommunicatedMutationVariables = Exact<{
  id: string;
  input: RecordDecisionCommunicatedInput;
}>;


export type RecordDecisionCommunicatedMutation = { recordDecisionCommunicated: { id: string, status: RequestStatus } };

export type MunicipalityComparisonQueryVariables = Exact<{
  months: number;
  from: string;
  to: string;
  signedIn: boolean;
}>;


export type MunicipalityComparisonQuery = { timelinessByMunicipality?: Array<{ key: string, onTimeRate: number | null, ratedCount: number, verdictCounts: { onTime: number } }>, timelinessRegion: Array<{ key: string, onTimeRate: number | null, ratedCount: number, verdictCounts: { onTime: number } }>, municipalities: { items: Array<{ id: string, cbsCode: string, name: string, inhabitants: number, inhabitantsYear: number, youthPopulation: number | null, subregion: { id: string, name: string } }> }, providers: { totalItems: number, items: Array<{ id: string, councilRequired: boolean, councils: Array<{ id: string, regulationAdoptedOn: string | null }>, municipalities: Array<{ id: string }> }> }, programmeStats: { from: string, today: string, scope: StatsScope, municipalities: Array<{ cbsCode: string, inhabitants: number, activities: number, participants: number, actions: number, lateActions: number }> } };

export type MunicipalityQueryVariables = Exact<{
  cbsCode: string;
  months: number;
}>;


export type MunicipalityQuery = { municipality: { id: string, cbsCode: string, name: string, inhabitants: number, inhabitantsYear: number, youthPopulation: number | null, validFrom: string, subregion: { id: string, name: string, region: { name: string } } }, programmeStats: { from: string, today: string, scope: StatsScope, municipalities: Array<{ cbsCode: string, activities: number, participants: number, activitiesPer10000: number | null, participantsPer10000: number | null, actions: number, openActions: number, lateActions: number }> } };

export type MunicipalityProvidersQueryVariables = Exact<{
  municipalityId: string;
}>;


export type MunicipalityProvidersQuery = { providers: { totalItems: number, items: Array<{ id: string, name: string, careWorkers: number, residential: boolean, councilRequired: boolean, councils: Array<{ id: string, name: string, regulationAdoptedOn: string | null }> }> } };

export type MunicipalityDetailQueryVariables = Exact<{
  municipalityId: string;
  heldFrom: string;
  to: string;
}>;


export type MunicipalityDetailQuery = { municipalityMonths: Array<{ key: string, name: string, periodStart: string | null, onTimeRate: number | null, ratedCount: number, entryCount: number, verdictCounts: { onTime: number, shortNotice: number, afterTheFact: number, notRequested: number, open: number, withdrawn: number, notApplicable: number } }>, regionMonths: Array<{ key: string, name: string, periodStart: string | null, onTimeRate: number | null, ratedCount: number, entryCount: number, verdictCounts: { onTime: number, shortNotice: number, afterTheFact: number, notRequested: number, open: number, withdrawn: number, notApplicable: number } }>, providers: { totalItems: number, items: Array<{ id: string, name: string, careWorkers: number, residential: boolean, councilRequired: boolean, councils: Array<{ id: string, name: string, regulationAdoptedOn: string | null }> }> }, activities: { totalItems: number, items: Array<{ id: string, title: string, heldOn: string, form: ActivityForm, participants: { youth: number, parents: number, professionals: number, other: number, total: number } }> }, indicators: { items: Array<{ id: string, title: string, unit: IndicatorUnit, direction: IndicatorDirection, computed: boolean, baselineValue: number, baselineOn: string, targetValue: number, targetOn: string, latest: { on: string, value: number | null, provisional: boolean } | null, progress: { value: number | null, basedOn: number, explanation: string, explanationEn: string } }> }, actions: { totalItems: number, items: Array<{ id: string, title: string, status: ActionStatus, late: boolean, dueOn: string | null, pillar: { code: string } }> } };

export type MunicipalityMonthFragment = { key: string, name: string, periodStart: string | null, onTimeRate: number | null, ratedCount: number, entryCount: number, verdictCounts: { onTime: number, shortNotice: number, afterTheFact: number, notRequested: number, open: number, withdrawn: number, notApplicable: number } };

export type RecordMeasurementMutationVariables = Exact<{
  input: RecordMeasurementInput;
}>;


export type RecordMeasurementMutation = { recordMeasurement: { id: string } };

export type OverviewQueryVariables = Exact<{
  months: number;
  from: string;
  to: string;
}>;


export type OverviewQuery = { timelinessByMonth: Array<{ key: string, name: string, periodStart: string | null, onTimeRate: number | null, ratedCount: number, entryCount: number, verdictCounts: { onTime: number, shortNotice: number, afterTheFact: number, notRequested: number, open: number, withdrawn: number, notApplicable: number } }>, timelinessRegion: Array<{ key: string, name: string, onTimeRate: number | null, ratedCount: number, medianMarginDays: number | null, verdictCounts: { onTime: number, open: number } }>, regions: Array<{ id: string, code: string, name: string }>, municipalities: { totalItems: number, items: Array<{ id: string, inhabitants: number, youthPopulation: number | null }> }, providers: { totalItems: number, items: Array<{ id: string, councilRequired: boolean, councils: Array<{ id: string, regulationAdoptedOn: string | null }>, municipalities: Array<{ id: string }> }> }, programmeStats: { today: string, from: string, months: number, scope: StatsScope, pillars: Array<{ pillarId: string, code: string, number: number, title: string, titleEn: string, progress: { value: number | null, basedOn: number, rule: string, explanation: string, explanationEn: string } }>, pillarProgressOverTime: Array<{ on: string, pillarCode: string, value: number | null, basedOn: number }>, actionSummary: { total: number, open: number, late: number, blocked: number, dueThisMonth: number, dueWithin7Days: number, lateMilestones: number, waitingOnOthers: number }, actionsByPillarStatus: Array<{ pillarCode: string, status: ActionStatus, count: number, late: number }>, activitySummary: { activities: number, participants: number, feedbackShare: number | null, withApprovedReport: number }, activitiesByMonth: Array<{ key: string, activities: number, participants: number, youth: number, parents: number, professionals: number, other: number }> } };

export type AttentionQueryVariables = Exact<{ [key: string]: never; }>;


export type AttentionQuery = { adviceRequests: { totalItems: number, items: Array<{ id: string, title: string, council: { id: string, name: string }, timeliness: { deadline: string | null, daysLeft: number | null } | null }> }, lateActions: { totalItems: number, items: Array<{ id: string, title: string, dueOn: string | null, status: ActionStatus, pillar: { code: string }, responsible: { id: string, name: string } | null }> }, actionsDueWithin: { totalItems: number, items: Array<{ id: string, title: string, dueOn: string | null, status: ActionStatus, pillar: { code: string }, responsible: { id: string, name: string } | null }> }, lateMilestones: { totalItems: number, items: Array<{ id: string, title: string, dueOn: string, action: { id: string, title: string } }> }, activities: { items: Array<{ id: string, title: string, heldOn: string, report: { id: string, status: ReportStatus, sentOn: string | null } | null }> } };

export type ProvidersOverviewQueryVariables = Exact<{
  from: string;
  to: string;
  signedIn: boolean;
}>;


export type ProvidersOverviewQuery = { timelinessByProvider?: Array<{ key: string, onTimeRate: number | null, ratedCount: number, verdictCounts: { onTime: number, open: number }, findingCounts: { entriesWithFindings: number } }>, providers: { totalItems: number, items: Array<{ id: string, name: string, careWorkers: number, residential: boolean, fosterCare: boolean, councilRequired: boolean, councils: Array<{ id: string, regulationAdoptedOn: string | null }>, municipalities: Array<{ id: string, cbsCode: string }> }> }, municipalities: { items: Array<{ id: string, cbsCode: string, name: string }> } };

export type ProviderDetailQueryVariables = Exact<{
  id: string;
}>;


export type ProviderDetailQuery = { provider: { id: string, name: string, kvkNumber: string, careWorkers: number, residential: boolean, fosterCare: boolean, councilRequired: boolean, municipalities: Array<{ id: string, cbsCode: string, name: string }>, councils: Array<{ id: string, name: string, kind: CouncilKind, establishedOn: string | null, regulationAdoptedOn: string | null, meetingsPerYear: number, hasSupportOfficer: boolean, adviceTerms: Array<{ id: string, termDays: number, validFrom: string }>, seats: { youthFilled: number, youthVacant: number, parentFilled: number, parentVacant: number, otherFilled: number, otherVacant: number } }> } };

export type ProviderRegisterQueryVariables = Exact<{
  providerId: string;
  from: string;
  to: string;
}>;


export type ProviderRegisterQuery = { timelinessFigures: Array<{ key: string, name: string, periodStart: string | null, onTimeRate: number | null, ratedCount: number, entryCount: number, verdictCounts: { onTime: number, shortNotice: number, afterTheFact: number, notRequested: number, open: number, withdrawn: number, notApplicable: number }, findingCounts: { entriesWithFindings: number } }>, adviceRequests: { totalItems: number, items: Array<{ id: string, title: string, kind: AdviceKind, status: RequestStatus, requestedOn: string | null, decidedOn: string | null, findings: Array<FindingCode>, council: { id: string, name: string }, subject: { code: string, articleRef: string, titleNl: string, titleEn: string }, timeliness: { verdict: Verdict, deadline: string | null, daysLeft: number | null } | null }> } };

export type UpdateProviderMutationVariables = Exact<{
  id: string;
  input: UpdateProviderInput;
}>;


export type UpdateProviderMutation = { updateProvider: { id: string } };

export type SetAdviceTermMutationVariables = Exact<{
  input: SetAdviceTermInput;
}>;


export type SetAdviceTermMutation = { setAdviceTerm: { id: string } };

export type UpdateCouncilMutationVariables = Exact<{
  id: string;
  input: UpdateClientCouncilInput;
}>;


export type UpdateCouncilMutation = { updateClientCouncil: { id: string } };

export type WmczSubjectsQueryVariables = Exact<{
  includeInactive: boolean;
}>;


export type WmczSubjectsQuery = { wmczSubjects: Array<{ version: number, active: boolean, id: string, code: string, position: number, articleRef: string, right: WmczRight, titleNl: string, titleEn: string, explanationNl: string, explanationEn: string, residentialOnly: boolean }> };

export type UpdateWmczSubjectMutationVariables = Exact<{
  id: string;
  input: UpdateWmczSubjectInput;
}>;


export type UpdateWmczSubjectMutation = { updateWmczSubject: { id: string, version: number } };

export type CreateWmczSubjectMutationVariables = Exact<{
  input: CreateWmczSubjectInput;
}>;


export type CreateWmczSubjectMutation = { createWmczSubject: { id: string, code: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CouncilRequestFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"CouncilRequest"}) as unknown as TypedDocumentString<CouncilRequestFragment, unknown>;
export const MonthFiguresFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MonthFigures"}) as unknown as TypedDocumentString<MonthFiguresFragment, unknown>;
export const MunicipalityMonthFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MunicipalityMonth"}) as unknown as TypedDocumentString<MunicipalityMonthFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  today
  me {
    id
    displayName
    email
    role
    organisation {
      id
      kind
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    id
    displayName
    email
    role
    organisation {
      id
      kind
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const CoreGroupDocument = new TypedDocumentString(`
    query CoreGroup($filter: ActionFilter, $actionId: ID!, $withAction: Boolean!) {
  pillars {
    id
    code
    number
    title
    titleEn
    goals {
      id
      title
    }
  }
  coreGroupMembers {
    id
    name
    organisation
    seat
  }
  municipalities(take: 200) {
    items {
      id
      cbsCode
      name
    }
  }
  actions(take: 200, filter: $filter) {
    totalItems
    items {
      id
      version
      title
      status
      late
      startOn
      dueOn
      regionWide
      leadOrganisation
      progress {
        value
      }
      pillar {
        id
        code
      }
      responsible {
        id
        name
      }
      municipalities {
        id
        name
      }
      blockedBy {
        id
        title
        status
      }
      milestones {
        id
        title
        dueOn
        doneOn
        late
      }
    }
  }
  action(id: $actionId) @include(if: $withAction) {
    id
    version
    title
    description
    status
    late
    startOn
    dueOn
    regionWide
    leadOrganisation
    manualProgress
    weight
    progress {
      value
      basedOn
      explanation
      explanationEn
    }
    pillar {
      id
      code
      title
      titleEn
    }
    goal {
      id
      title
    }
    responsible {
      id
      name
      organisation
    }
    owners {
      id
      name
    }
    municipalities {
      id
      name
    }
    parent {
      id
      title
    }
    subActions {
      id
      title
      status
    }
    blockedBy {
      id
      title
      status
      late
    }
    blocks {
      id
      title
      status
    }
    milestones {
      id
      title
      dueOn
      doneOn
      late
    }
    history {
      id
      changedAt
      changedBy
      statusFrom
      statusTo
      manualProgressFrom
      manualProgressTo
    }
    activities {
      id
      title
      heldOn
    }
  }
}
    `) as unknown as TypedDocumentString<CoreGroupQuery, CoreGroupQueryVariables>;
export const CoreGroupActivitiesDocument = new TypedDocumentString(`
    query CoreGroupActivities($take: Int!) {
  activities(take: $take) {
    totalItems
    items {
      id
      title
      heldOn
      form
      level
      regionWide
      feedbackGiven
      municipality {
        id
        name
      }
      participants {
        total
      }
      report {
        id
        revision
        title
        status
        sentOn
        approvedOn
        sharedOn
        editable
      }
      actions {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoreGroupActivitiesQuery, CoreGroupActivitiesQueryVariables>;
export const CreateActionDocument = new TypedDocumentString(`
    mutation CreateAction($input: CreateActionInput!) {
  createAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateActionMutation, CreateActionMutationVariables>;
export const UpdateActionDocument = new TypedDocumentString(`
    mutation UpdateAction($id: ID!, $input: UpdateActionInput!) {
  updateAction(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateActionMutation, UpdateActionMutationVariables>;
export const BulkSetActionStatusDocument = new TypedDocumentString(`
    mutation BulkSetActionStatus($input: BulkSetActionStatusInput!) {
  bulkSetActionStatus(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BulkSetActionStatusMutation, BulkSetActionStatusMutationVariables>;
export const AddActionDependencyDocument = new TypedDocumentString(`
    mutation AddActionDependency($input: ActionDependencyInput!) {
  addActionDependency(input: $input) {
    blocker {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddActionDependencyMutation, AddActionDependencyMutationVariables>;
export const RemoveActionDependencyDocument = new TypedDocumentString(`
    mutation RemoveActionDependency($input: ActionDependencyInput!) {
  removeActionDependency(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveActionDependencyMutation, RemoveActionDependencyMutationVariables>;
export const CreateActionMilestoneDocument = new TypedDocumentString(`
    mutation CreateActionMilestone($input: CreateActionMilestoneInput!) {
  createActionMilestone(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateActionMilestoneMutation, CreateActionMilestoneMutationVariables>;
export const UpdateActionMilestoneDocument = new TypedDocumentString(`
    mutation UpdateActionMilestone($id: ID!, $input: UpdateActionMilestoneInput!) {
  updateActionMilestone(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateActionMilestoneMutation, UpdateActionMilestoneMutationVariables>;
export const DeleteActionMilestoneDocument = new TypedDocumentString(`
    mutation DeleteActionMilestone($id: ID!) {
  deleteActionMilestone(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteActionMilestoneMutation, DeleteActionMilestoneMutationVariables>;
export const SetActivityReportStatusDocument = new TypedDocumentString(`
    mutation SetActivityReportStatus($id: ID!, $input: SetActivityReportStatusInput!) {
  setActivityReportStatus(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetActivityReportStatusMutation, SetActivityReportStatusMutationVariables>;
export const CreateActivityDocument = new TypedDocumentString(`
    mutation CreateActivity($input: CreateActivityInput!) {
  createActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateActivityMutation, CreateActivityMutationVariables>;
export const CreateActivityReportDocument = new TypedDocumentString(`
    mutation CreateActivityReport($input: CreateActivityReportInput!) {
  createActivityReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateActivityReportMutation, CreateActivityReportMutationVariables>;
export const CouncilChoicesDocument = new TypedDocumentString(`
    query CouncilChoices($providerId: ID) {
  clientCouncils(take: 200, filter: {providerId: $providerId}) {
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
    `) as unknown as TypedDocumentString<CouncilChoicesQuery, CouncilChoicesQueryVariables>;
export const CouncilDocument = new TypedDocumentString(`
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
    filter: {councilId: $id, openOnly: true}
  ) {
    totalItems
    items {
      ...CouncilRequest
    }
  }
  allRequests: adviceRequests(
    take: 200
    sort: NEWEST_FIRST
    filter: {councilId: $id}
  ) {
    totalItems
    items {
      ...CouncilRequest
    }
  }
  councilFigures: timelinessFigures(
    groupBy: REGION
    from: $from
    to: $to
    filter: {councilId: $id}
  ) {
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
  councilMonths: timelinessFigures(
    groupBy: MONTH
    from: $from
    to: $to
    filter: {councilId: $id}
  ) {
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
}`) as unknown as TypedDocumentString<CouncilQuery, CouncilQueryVariables>;
export const RecordCouncilPositionDocument = new TypedDocumentString(`
    mutation RecordCouncilPosition($id: ID!, $input: RecordCouncilPositionInput!) {
  recordCouncilPosition(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecordCouncilPositionMutation, RecordCouncilPositionMutationVariables>;
export const RecordDecisionDocument = new TypedDocumentString(`
    mutation RecordDecision($id: ID!, $input: RecordDecisionInput!) {
  recordDecision(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const FileUnsolicitedAdviceDocument = new TypedDocumentString(`
    mutation FileUnsolicitedAdvice($input: FileUnsolicitedAdviceInput!) {
  fileUnsolicitedAdvice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FileUnsolicitedAdviceMutation, FileUnsolicitedAdviceMutationVariables>;
export const ReportNotRequestedDocument = new TypedDocumentString(`
    mutation ReportNotRequested($input: ReportNotRequestedInput!) {
  reportNotRequested(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportNotRequestedMutation, ReportNotRequestedMutationVariables>;
export const CreateAdviceRequestDocument = new TypedDocumentString(`
    mutation CreateAdviceRequest($input: CreateAdviceRequestInput!) {
  createAdviceRequest(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateAdviceRequestMutation, CreateAdviceRequestMutationVariables>;
export const UpdateAdviceRequestDraftDocument = new TypedDocumentString(`
    mutation UpdateAdviceRequestDraft($id: ID!, $input: UpdateAdviceRequestDraftInput!) {
  updateAdviceRequestDraft(id: $id, input: $input) {
    id
    version
    title
  }
}
    `) as unknown as TypedDocumentString<UpdateAdviceRequestDraftMutation, UpdateAdviceRequestDraftMutationVariables>;
export const SendAdviceRequestDocument = new TypedDocumentString(`
    mutation SendAdviceRequest($id: ID!, $input: SendAdviceRequestInput!) {
  sendAdviceRequest(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SendAdviceRequestMutation, SendAdviceRequestMutationVariables>;
export const WithdrawAdviceRequestDocument = new TypedDocumentString(`
    mutation WithdrawAdviceRequest($id: ID!, $input: WithdrawAdviceRequestInput!) {
  withdrawAdviceRequest(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawAdviceRequestMutation, WithdrawAdviceRequestMutationVariables>;
export const RecordDecisionCommunicatedDocument = new TypedDocumentString(`
    mutation RecordDecisionCommunicated($id: ID!, $input: RecordDecisionCommunicatedInput!) {
  recordDecisionCommunicated(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecordDecisionCommunicatedMutation, RecordDecisionCommunicatedMutationVariables>;
export const MunicipalityComparisonDocument = new TypedDocumentString(`
    query MunicipalityComparison($months: Int!, $from: Date!, $to: Date!, $signedIn: Boolean!) {
  timelinessByMunicipality: timelinessFigures(
    groupBy: MUNICIPALITY
    from: $from
    to: $to
  ) @include(if: $signedIn) {
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
    `) as unknown as TypedDocumentString<MunicipalityComparisonQuery, MunicipalityComparisonQueryVariables>;
export const MunicipalityDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MunicipalityQuery, MunicipalityQueryVariables>;
export const MunicipalityProvidersDocument = new TypedDocumentString(`
    query MunicipalityProviders($municipalityId: ID!) {
  providers(take: 200, filter: {municipalityId: $municipalityId}) {
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
    `) as unknown as TypedDocumentString<MunicipalityProvidersQuery, MunicipalityProvidersQueryVariables>;
export const MunicipalityDetailDocument = new TypedDocumentString(`
    query MunicipalityDetail($municipalityId: ID!, $heldFrom: Date!, $to: Date!) {
  municipalityMonths: timelinessFigures(
    groupBy: MONTH
    from: $heldFrom
    to: $to
    filter: {municipalityId: $municipalityId}
  ) {
    ...MunicipalityMonth
  }
  regionMonths: timelinessFigures(groupBy: MONTH, from: $heldFrom, to: $to) {
    ...MunicipalityMonth
  }
  providers(take: 200, filter: {municipalityId: $municipalityId}) {
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
  activities(
    take: 200
    filter: {municipalityId: $municipalityId, heldFrom: $heldFrom}
  ) {
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
  indicators(take: 100, filter: {municipalityId: $municipalityId}) {
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
  actions(take: 200, filter: {municipalityId: $municipalityId}) {
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
}`) as unknown as TypedDocumentString<MunicipalityDetailQuery, MunicipalityDetailQueryVariables>;
export const RecordMeasurementDocument = new TypedDocumentString(`
    mutation RecordMeasurement($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordMeasurementMutation, RecordMeasurementMutationVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($months: Int!, $from: Date!, $to: Date!) {
  timelinessByMonth: timelinessFigures(groupBy: MONTH, from: $from, to: $to) {
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
  timelinessRegion: timelinessFigures(groupBy: REGION, from: $from, to: $to) {
    key
    name
    onTimeRate
    ratedCount
    medianMarginDays
    verdictCounts {
      onTime
      open
    }
  }
  regions {
    id
    code
    name
  }
  municipalities(take: 200) {
    totalItems
    items {
      id
      inhabitants
      youthPopulation
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
    today
    from
    months
    scope
    pillars {
      pillarId
      code
      number
      title
      titleEn
      progress {
        value
        basedOn
        rule
        explanation
        explanationEn
      }
    }
    pillarProgressOverTime {
      on
      pillarCode
      value
      basedOn
    }
    actionSummary {
      total
      open
      late
      blocked
      dueThisMonth
      dueWithin7Days
      lateMilestones
      waitingOnOthers
    }
    actionsByPillarStatus {
      pillarCode
      status
      count
      late
    }
    activitySummary {
      activities
      participants
      feedbackShare
      withApprovedReport
    }
    activitiesByMonth {
      key
      activities
      participants
      youth
      parents
      professionals
      other
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const AttentionDocument = new TypedDocumentString(`
    query Attention {
  adviceRequests(take: 100, sort: DEADLINE_FIRST, filter: {openOnly: true}) {
    totalItems
    items {
      id
      title
      council {
        id
        name
      }
      timeliness {
        deadline
        daysLeft
      }
    }
  }
  lateActions(take: 50) {
    totalItems
    items {
      id
      title
      dueOn
      status
      pillar {
        code
      }
      responsible {
        id
        name
      }
    }
  }
  actionsDueWithin(days: 7, take: 50) {
    totalItems
    items {
      id
      title
      dueOn
      status
      pillar {
        code
      }
      responsible {
        id
        name
      }
    }
  }
  lateMilestones(take: 50) {
    totalItems
    items {
      id
      title
      dueOn
      action {
        id
        title
      }
    }
  }
  activities(take: 200) {
    items {
      id
      title
      heldOn
      report {
        id
        status
        sentOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttentionQuery, AttentionQueryVariables>;
export const ProvidersOverviewDocument = new TypedDocumentString(`
    query ProvidersOverview($from: Date!, $to: Date!, $signedIn: Boolean!) {
  timelinessByProvider: timelinessFigures(groupBy: PROVIDER, from: $from, to: $to) @include(if: $signedIn) {
    key
    onTimeRate
    ratedCount
    verdictCounts {
      onTime
      open
    }
    findingCounts {
      entriesWithFindings
    }
  }
  providers(take: 200) {
    totalItems
    items {
      id
      name
      careWorkers
      residential
      fosterCare
      councilRequired
      councils {
        id
        regulationAdoptedOn
      }
      municipalities {
        id
        cbsCode
      }
    }
  }
  municipalities(take: 200) {
    items {
      id
      cbsCode
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersOverviewQuery, ProvidersOverviewQueryVariables>;
export const ProviderDetailDocument = new TypedDocumentString(`
    query ProviderDetail($id: ID!) {
  provider(id: $id) {
    id
    name
    kvkNumber
    careWorkers
    residential
    fosterCare
    councilRequired
    municipalities {
      id
      cbsCode
      name
    }
    councils {
      id
      name
      kind
      establishedOn
      regulationAdoptedOn
      meetingsPerYear
      hasSupportOfficer
      adviceTerms {
        id
        termDays
        validFrom
      }
      seats {
        youthFilled
        youthVacant
        parentFilled
        parentVacant
        otherFilled
        otherVacant
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderDetailQuery, ProviderDetailQueryVariables>;
export const ProviderRegisterDocument = new TypedDocumentString(`
    query ProviderRegister($providerId: ID!, $from: Date!, $to: Date!) {
  timelinessFigures(
    groupBy: MONTH
    from: $from
    to: $to
    filter: {providerId: $providerId}
  ) {
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
    findingCounts {
      entriesWithFindings
    }
  }
  adviceRequests(take: 200, sort: NEWEST_FIRST, filter: {providerId: $providerId}) {
    totalItems
    items {
      id
      title
      kind
      status
      requestedOn
      decidedOn
      findings
      council {
        id
        name
      }
      subject {
        code
        articleRef
        titleNl
        titleEn
      }
      timeliness {
        verdict
        deadline
        daysLeft
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderRegisterQuery, ProviderRegisterQueryVariables>;
export const UpdateProviderDocument = new TypedDocumentString(`
    mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {
  updateProvider(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateProviderMutation, UpdateProviderMutationVariables>;
export const SetAdviceTermDocument = new TypedDocumentString(`
    mutation SetAdviceTerm($input: SetAdviceTermInput!) {
  setAdviceTerm(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetAdviceTermMutation, SetAdviceTermMutationVariables>;
export const UpdateCouncilDocument = new TypedDocumentString(`
    mutation UpdateCouncil($id: ID!, $input: UpdateClientCouncilInput!) {
  updateClientCouncil(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCouncilMutation, UpdateCouncilMutationVariables>;
export const WmczSubjectsDocument = new TypedDocumentString(`
    query WmczSubjects($includeInactive: Boolean!) {
  wmczSubjects(includeInactive: $includeInactive) {
    version
    active
    id
    code
    position
    articleRef
    right
    titleNl
    titleEn
    explanationNl
    explanationEn
    residentialOnly
  }
}
    `) as unknown as TypedDocumentString<WmczSubjectsQuery, WmczSubjectsQueryVariables>;
export const UpdateWmczSubjectDocument = new TypedDocumentString(`
    mutation UpdateWmczSubject($id: ID!, $input: UpdateWmczSubjectInput!) {
  updateWmczSubject(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateWmczSubjectMutation, UpdateWmczSubjectMutationVariables>;
export const CreateWmczSubjectDocument = new TypedDocumentString(`
    mutation CreateWmczSubject($input: CreateWmczSubjectInput!) {
  createWmczSubject(input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<CreateWmczSubjectMutation, CreateWmczSubjectMutationVariables>;