/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n      organisation {\n        id\n        kind\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      displayName\n      email\n      role\n      organisation {\n        id\n        kind\n        name\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query CouncilChoices($providerId: ID) {\n    clientCouncils(take: 200, filter: { providerId: $providerId }) {\n      items {\n        id\n        name\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CouncilChoicesDocument,
    "\n  query Council($id: ID!) {\n    clientCouncil(id: $id) {\n      id\n      name\n      kind\n      establishedOn\n      regulationAdoptedOn\n      meetingsPerYear\n      hasSupportOfficer\n      adviceTerms {\n        id\n        termDays\n        validFrom\n      }\n      provider {\n        id\n        name\n        residential\n      }\n    }\n  }\n": typeof types.CouncilDocument,
    "\n  query MunicipalityComparison {\n    municipalities(take: 200) {\n      items {\n        id\n        cbsCode\n        name\n        inhabitants\n        inhabitantsYear\n        youthPopulation\n        subregion {\n          id\n          name\n        }\n      }\n    }\n    providers(take: 200) {\n      totalItems\n      items {\n        id\n        councilRequired\n        councils {\n          id\n          regulationAdoptedOn\n        }\n        municipalities {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityComparisonDocument,
    "\n  query Municipality($cbsCode: String!) {\n    municipality(cbsCode: $cbsCode) {\n      id\n      cbsCode\n      name\n      inhabitants\n      inhabitantsYear\n      youthPopulation\n      validFrom\n      subregion {\n        id\n        name\n        region {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityDocument,
    "\n  query MunicipalityProviders($municipalityId: ID!) {\n    providers(take: 200, filter: { municipalityId: $municipalityId }) {\n      totalItems\n      items {\n        id\n        name\n        careWorkers\n        residential\n        councilRequired\n        councils {\n          id\n          name\n          regulationAdoptedOn\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityProvidersDocument,
    "\n  query RegionFacts {\n    regions {\n      id\n      code\n      name\n    }\n    municipalities(take: 200) {\n      totalItems\n      items {\n        id\n        inhabitants\n        youthPopulation\n      }\n    }\n    providers(take: 200) {\n      totalItems\n      items {\n        id\n        councilRequired\n        councils {\n          id\n          regulationAdoptedOn\n        }\n        municipalities {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RegionFactsDocument,
    "\n  query ProvidersOverview {\n    providers(take: 200) {\n      totalItems\n      items {\n        id\n        name\n        careWorkers\n        residential\n        fosterCare\n        councilRequired\n        councils {\n          id\n          regulationAdoptedOn\n        }\n        municipalities {\n          id\n          cbsCode\n        }\n      }\n    }\n    municipalities(take: 200) {\n      items {\n        id\n        cbsCode\n        name\n      }\n    }\n  }\n": typeof types.ProvidersOverviewDocument,
    "\n  query ProviderDetail($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      kvkNumber\n      careWorkers\n      residential\n      fosterCare\n      councilRequired\n      municipalities {\n        id\n        cbsCode\n        name\n      }\n      councils {\n        id\n        name\n        kind\n        establishedOn\n        regulationAdoptedOn\n        meetingsPerYear\n        hasSupportOfficer\n        adviceTerms {\n          id\n          termDays\n          validFrom\n        }\n        seats {\n          youthFilled\n          youthVacant\n          parentFilled\n          parentVacant\n          otherFilled\n          otherVacant\n        }\n      }\n    }\n  }\n": typeof types.ProviderDetailDocument,
    "\n  mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {\n    updateProvider(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateProviderDocument,
    "\n  mutation SetAdviceTerm($input: SetAdviceTermInput!) {\n    setAdviceTerm(input: $input) {\n      id\n    }\n  }\n": typeof types.SetAdviceTermDocument,
    "\n  mutation UpdateCouncil($id: ID!, $input: UpdateClientCouncilInput!) {\n    updateClientCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCouncilDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n      organisation {\n        id\n        kind\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      displayName\n      email\n      role\n      organisation {\n        id\n        kind\n        name\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query CouncilChoices($providerId: ID) {\n    clientCouncils(take: 200, filter: { providerId: $providerId }) {\n      items {\n        id\n        name\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CouncilChoicesDocument,
    "\n  query Council($id: ID!) {\n    clientCouncil(id: $id) {\n      id\n      name\n      kind\n      establishedOn\n      regulationAdoptedOn\n      meetingsPerYear\n      hasSupportOfficer\n      adviceTerms {\n        id\n        termDays\n        validFrom\n      }\n      provider {\n        id\n        name\n        residential\n      }\n    }\n  }\n": types.CouncilDocument,
    "\n  query MunicipalityComparison {\n    municipalities(take: 200) {\n      items {\n        id\n        cbsCode\n        name\n        inhabitants\n        inhabitantsYear\n        youthPopulation\n        subregion {\n          id\n          name\n        }\n      }\n    }\n    providers(take: 200) {\n      totalItems\n      items {\n        id\n        councilRequired\n        councils {\n          id\n          regulationAdoptedOn\n        }\n        municipalities {\n          id\n        }\n      }\n    }\n  }\n": types.MunicipalityComparisonDocument,
    "\n  query Municipality($cbsCode: String!) {\n    municipality(cbsCode: $cbsCode) {\n      id\n      cbsCode\n      name\n      inhabitants\n      inhabitantsYear\n      youthPopulation\n      validFrom\n      subregion {\n        id\n        name\n        region {\n          name\n        }\n      }\n    }\n  }\n": types.MunicipalityDocument,
    "\n  query MunicipalityProviders($municipalityId: ID!) {\n    providers(take: 200, filter: { municipalityId: $municipalityId }) {\n      totalItems\n      items {\n        id\n        name\n        careWorkers\n        residential\n        councilRequired\n        councils {\n          id\n          name\n          regulationAdoptedOn\n        }\n      }\n    }\n  }\n": types.MunicipalityProvidersDocument,
    "\n  query RegionFacts {\n    regions {\n      id\n      code\n      name\n    }\n    municipalities(take: 200) {\n      totalItems\n      items {\n        id\n        inhabitants\n        youthPopulation\n      }\n    }\n    providers(take: 200) {\n      totalItems\n      items {\n        id\n        councilRequired\n        councils {\n          id\n          regulationAdoptedOn\n        }\n        municipalities {\n          id\n        }\n      }\n    }\n  }\n": types.RegionFactsDocument,
    "\n  query ProvidersOverview {\n    providers(take: 200) {\n      totalItems\n      items {\n        id\n        name\n        careWorkers\n        residential\n        fosterCare\n        councilRequired\n        councils {\n          id\n          regulationAdoptedOn\n        }\n        municipalities {\n          id\n          cbsCode\n        }\n      }\n    }\n    municipalities(take: 200) {\n      items {\n        id\n        cbsCode\n        name\n      }\n    }\n  }\n": types.ProvidersOverviewDocument,
    "\n  query ProviderDetail($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      kvkNumber\n      careWorkers\n      residential\n      fosterCare\n      councilRequired\n      municipalities {\n        id\n        cbsCode\n        name\n      }\n      councils {\n        id\n        name\n        kind\n        establishedOn\n        regulationAdoptedOn\n        meetingsPerYear\n        hasSupportOfficer\n        adviceTerms {\n          id\n          termDays\n          validFrom\n        }\n        seats {\n          youthFilled\n          youthVacant\n          parentFilled\n          parentVacant\n          otherFilled\n          otherVacant\n        }\n      }\n    }\n  }\n": types.ProviderDetailDocument,
    "\n  mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {\n    updateProvider(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateProviderDocument,
    "\n  mutation SetAdviceTerm($input: SetAdviceTermInput!) {\n    setAdviceTerm(input: $input) {\n      id\n    }\n  }\n": types.SetAdviceTermDocument,
    "\n  mutation UpdateCouncil($id: ID!, $input: UpdateClientCouncilInput!) {\n    updateClientCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateCouncilDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n      organisation {\n        id\n        kind\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      displayName\n      email\n      role\n      organisation {\n        id\n        kind\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilChoices($providerId: ID) {\n    clientCouncils(take: 200, filter: { providerId: $providerId }) {\n      items {\n        id\n        name\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Council($id: ID!) {\n    clientCouncil(id: $id) {\n      id\n      name\n      kind\n      establishedOn\n      regulationAdoptedOn\n      meetingsPerYear\n      hasSupportOfficer\n      adviceTerms {\n        id\n        termDays\n        validFrom\n      }\n      provider {\n        id\n        name\n        residential\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityComparison {\n    municipalities(take: 200) {\n      items {\n        id\n        cbsCode\n        name\n        inhabitants\n        inhabitantsYear\n        youthPopulation\n        subregion {\n          id\n          name\n        }\n      }\n    }\n    providers(take: 200) {\n      totalItems\n      items {\n        id\n        councilRequired\n        councils {\n          id\n          regulationAdoptedOn\n        }\n        municipalities {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalityComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipality($cbsCode: String!) {\n    municipality(cbsCode: $cbsCode) {\n      id\n      cbsCode\n      name\n      inhabitants\n      inhabitantsYear\n      youthPopulation\n      validFrom\n      subregion {\n        id\n        name\n        region {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityProviders($municipalityId: ID!) {\n    providers(take: 200, filter: { municipalityId: $municipalityId }) {\n      totalItems\n      items {\n        id\n        name\n        careWorkers\n        residential\n        councilRequired\n        councils {\n          id\n          name\n          regulationAdoptedOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalityProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionFacts {\n    regions {\n      id\n      code\n      name\n    }\n    municipalities(take: 200) {\n      totalItems\n      items {\n        id\n        inhabitants\n        youthPopulation\n      }\n    }\n    providers(take: 200) {\n      totalItems\n      items {\n        id\n        councilRequired\n        councils {\n          id\n          regulationAdoptedOn\n        }\n        municipalities {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersOverview {\n    providers(take: 200) {\n      totalItems\n      items {\n        id\n        name\n        careWorkers\n        residential\n        fosterCare\n        councilRequired\n        councils {\n          id\n          regulationAdoptedOn\n        }\n        municipalities {\n          id\n          cbsCode\n        }\n      }\n    }\n    municipalities(take: 200) {\n      items {\n        id\n        cbsCode\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ProvidersOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderDetail($id: ID!) {\n    provider(id: $id) {\n      id\n      name\n      kvkNumber\n      careWorkers\n      residential\n      fosterCare\n      councilRequired\n      municipalities {\n        id\n        cbsCode\n        name\n      }\n      councils {\n        id\n        name\n        kind\n        establishedOn\n        regulationAdoptedOn\n        meetingsPerYear\n        hasSupportOfficer\n        adviceTerms {\n          id\n          termDays\n          validFrom\n        }\n        seats {\n          youthFilled\n          youthVacant\n          parentFilled\n          parentVacant\n          otherFilled\n          otherVacant\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {\n    updateProvider(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAdviceTerm($input: SetAdviceTermInput!) {\n    setAdviceTerm(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetAdviceTermDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCouncil($id: ID!, $input: UpdateClientCouncilInput!) {\n    updateClientCouncil(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateCouncilDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
