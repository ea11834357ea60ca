/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Soort raad. */
export type CouncilKind =
  | 'CENTRALE_CLIENTENRAAD'
  | 'CLIENTENRAAD'
  | 'JONGERENRAAD'
  | 'OUDERRAAD'
  | 'PLEEGOUDERRAAD';

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

export type SetAdviceTermInput = {
  councilId: string;
  termDays: number;
  validFrom: string;
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


export type MeQuery = { me: { id: string, displayName: string, email: string, role: Role, organisation: { id: string, kind: string, name: string } | null } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, displayName: string, email: string, role: Role, organisation: { id: string, kind: string, name: string } | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CouncilChoicesQueryVariables = Exact<{
  providerId?: string | null | undefined;
}>;


export type CouncilChoicesQuery = { clientCouncils: { items: Array<{ id: string, name: string, provider: { id: string, name: string } }> } };

export type CouncilQueryVariables = Exact<{
  id: string;
}>;


export type CouncilQuery = { clientCouncil: { id: string, name: string, kind: CouncilKind, establishedOn: string | null, regulationAdoptedOn: string | null, meetingsPerYear: number, hasSupportOfficer: boolean, adviceTerms: Array<{ id: string, termDays: number, validFrom: string }>, provider: { id: string, name: string, residential: boolean } } };

export type MunicipalityComparisonQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalityComparisonQuery = { municipalities: { items: Array<{ id: string, cbsCode: string, name: string, inhabitants: number, inhabitantsYear: number, youthPopulation: number | null, subregion: { id: string, name: string } }> }, providers: { totalItems: number, items: Array<{ id: string, councilRequired: boolean, councils: Array<{ id: string, regulationAdoptedOn: string | null }>, municipalities: Array<{ id: string }> }> } };

export type MunicipalityQueryVariables = Exact<{
  cbsCode: string;
}>;


export type MunicipalityQuery = { municipality: { id: string, cbsCode: string, name: string, inhabitants: number, inhabitantsYear: number, youthPopulation: number | null, validFrom: string, subregion: { id: string, name: string, region: { name: string } } } };

export type MunicipalityProvidersQueryVariables = Exact<{
  municipalityId: string;
}>;


export type MunicipalityProvidersQuery = { providers: { totalItems: number, items: Array<{ id: string, name: string, careWorkers: number, residential: boolean, councilRequired: boolean, councils: Array<{ id: string, name: string, regulationAdoptedOn: string | null }> }> } };

export type RegionFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionFactsQuery = { regions: Array<{ id: string, code: string, name: string }>, municipalities: { totalItems: number, items: Array<{ id: string, inhabitants: number, youthPopulation: number | null }> }, providers: { totalItems: number, items: Array<{ id: string, councilRequired: boolean, councils: Array<{ id: string, regulationAdoptedOn: string | null }>, municipalities: Array<{ id: string }> }> } };

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
    query MunicipalityComparison {
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
}
    `) as unknown as TypedDocumentString<MunicipalityComparisonQuery, MunicipalityComparisonQueryVariables>;
export const MunicipalityDocument = new TypedDocumentString(`
    query Municipality($cbsCode: String!) {
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
export const RegionFactsDocument = new TypedDocumentString(`
    query RegionFacts {
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
}
    `) as unknown as TypedDocumentString<RegionFactsQuery, RegionFactsQueryVariables>;
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