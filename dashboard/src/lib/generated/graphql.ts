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

/** Trede op de participatieladder, van informeren tot meebeslissen. */
export type ParticipationLevel =
  | 'ADVISEREN'
  | 'COPRODUCEREN'
  | 'INFORMEREN'
  | 'MEEBESLISSEN'
  | 'RAADPLEGEN';

/** Concept → voorgelegd aan deelnemers → goedgekeurd door deelnemers → gedeeld met de regio. */
export type ReportStatus =
  | 'APPROVED_BY_PARTICIPANTS'
  | 'DRAFT'
  | 'SENT_TO_PARTICIPANTS'
  | 'SHARED_WITH_REGION';

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

export type SetActivityReportStatusInput = {
  /** Datum van de stap; standaard vandaag. */
  on?: string | null | undefined;
  status: ReportStatus;
};

export type SetAdviceTermInput = {
  councilId: string;
  termDays: number;
  validFrom: string;
};

/** ALL: alle bijeenkomsten (ingelogd). PUBLISHED: alleen bijeenkomsten met een door de deelnemers goedgekeurd verslag (publiek). */
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


export type CoreGroupActivitiesQuery = { activities: { totalItems: number, items: Array<{ id: string, title: string, heldOn: string, form: ActivityForm, level: ParticipationLevel, regionWide: boolean, feedbackGiven: boolean, municipality: { id: string, name: string } | null, participants: { total: number }, report: { id: string, title: string, status: ReportStatus, sentOn: string | null, approvedOn: string | null, sharedOn: string | null, editable: boolean } | null, actions: Array<{ id: string, title: string }> }> } };

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

export type CouncilChoicesQueryVariables = Exact<{
  providerId?: string | null | undefined;
}>;


export type CouncilChoicesQuery = { clientCouncils: { items: Array<{ id: string, name: string, provider: { id: string, name: string } }> } };

export type CouncilQueryVariables = Exact<{
  id: string;
}>;


export type CouncilQuery = { clientCouncil: { id: string, name: string, kind: CouncilKind, establishedOn: string | null, regulationAdoptedOn: string | null, meetingsPerYear: number, hasSupportOfficer: boolean, adviceTerms: Array<{ id: string, termDays: number, validFrom: string }>, provider: { id: string, name: string, residential: boolean } } };

export type MunicipalityComparisonQueryVariables = Exact<{
  months: number;
}>;


export type MunicipalityComparisonQuery = { municipalities: { items: Array<{ id: string, cbsCode: string, name: string, inhabitants: number, inhabitantsYear: number, youthPopulation: number | null, subregion: { id: string, name: string } }> }, providers: { totalItems: number, items: Array<{ id: string, councilRequired: boolean, councils: Array<{ id: string, regulationAdoptedOn: string | null }>, municipalities: Array<{ id: string }> }> }, programmeStats: { from: string, today: string, scope: StatsScope, municipalities: Array<{ cbsCode: string, inhabitants: number, activities: number, participants: number, actions: number, lateActions: number }> } };

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
}>;


export type MunicipalityDetailQuery = { providers: { totalItems: number, items: Array<{ id: string, name: string, careWorkers: number, residential: boolean, councilRequired: boolean, councils: Array<{ id: string, name: string, regulationAdoptedOn: string | null }> }> }, activities: { totalItems: number, items: Array<{ id: string, title: string, heldOn: string, form: ActivityForm, participants: { youth: number, parents: number, professionals: number, other: number, total: number } }> }, actions: { totalItems: number, items: Array<{ id: string, title: string, status: ActionStatus, late: boolean, dueOn: string | null, pillar: { code: string } }> } };

export type OverviewQueryVariables = Exact<{
  months: number;
}>;


export type OverviewQuery = { regions: Array<{ id: string, code: string, name: string }>, municipalities: { totalItems: number, items: Array<{ id: string, inhabitants: number, youthPopulation: number | null }> }, providers: { totalItems: number, items: Array<{ id: string, councilRequired: boolean, councils: Array<{ id: string, regulationAdoptedOn: string | null }>, municipalities: Array<{ id: string }> }> }, programmeStats: { today: string, from: string, months: number, scope: StatsScope, pillars: Array<{ pillarId: string, code: string, number: number, title: string, titleEn: string, progress: { value: number | null, basedOn: number, rule: string, explanation: string, explanationEn: string } }>, pillarProgressOverTime: Array<{ on: string, pillarCode: string, value: number | null, basedOn: number }>, actionSummary: { total: number, open: number, late: number, blocked: number, dueThisMonth: number, dueWithin7Days: number, lateMilestones: number, waitingOnOthers: number }, actionsByPillarStatus: Array<{ pillarCode: string, status: ActionStatus, count: number, late: number }>, activitySummary: { activities: number, participants: number, feedbackShare: number | null, withApprovedReport: number }, activitiesByMonth: Array<{ key: string, activities: number, participants: number, youth: number, parents: number, professionals: number, other: number }> } };

export type AttentionQueryVariables = Exact<{ [key: string]: never; }>;


export type AttentionQuery = { lateActions: { totalItems: number, items: Array<{ id: string, title: string, dueOn: string | null, status: ActionStatus, pillar: { code: string }, responsible: { id: string, name: string } | null }> }, actionsDueWithin: { totalItems: number, items: Array<{ id: string, title: string, dueOn: string | null, status: ActionStatus, pillar: { code: string }, responsible: { id: string, name: string } | null }> }, lateMilestones: { totalItems: number, items: Array<{ id: string, title: string, dueOn: string, action: { id: string, title: string } }> }, activities: { items: Array<{ id: string, title: string, heldOn: string, report: { id: string, status: ReportStatus, sentOn: string | null } | null }> } };

export type ProvidersOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersOverviewQuery = { providers: { totalItems: number, items: Array<{ id: string, name: string, careWorkers: number, residential: boolean, fosterCare: boolean, councilRequired: boolean, councils: Array<{ id: string, regulationAdoptedOn: string | null }>, municipalities: Array<{ id: string, cbsCode: string }> }> }, municipalities: { items: Array<{ id: string, cbsCode: string, name: string }> } };

export type ProviderDetailQueryVariables = Exact<{
  id: string;
}>;


export type ProviderDetailQuery = { provider: { id: string, name: string, kvkNumber: string, careWorkers: number, residential: boolean, fosterCare: boolean, councilRequired: boolean, municipalities: Array<{ id: string, cbsCode: string, name: string }>, councils: Array<{ id: string, name: string, kind: CouncilKind, establishedOn: string | null, regulationAdoptedOn: string | null, meetingsPerYear: number, hasSupportOfficer: boolean, adviceTerms: Array<{ id: string, termDays: number, validFrom: string }>, seats: { youthFilled: number, youthVacant: number, parentFilled: number, parentVacant: number, otherFilled: number, otherVacant: number } }> } };

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
    query Council($id: ID!) {
  clientCouncil(id: $id) {
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
    provider {
      id
      name
      residential
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilQuery, CouncilQueryVariables>;
export const MunicipalityComparisonDocument = new TypedDocumentString(`
    query MunicipalityComparison($months: Int!) {
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
    query MunicipalityDetail($municipalityId: ID!, $heldFrom: Date!) {
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
    `) as unknown as TypedDocumentString<MunicipalityDetailQuery, MunicipalityDetailQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($months: Int!) {
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
    query ProvidersOverview {
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