export interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string };
}

/** POSTs a GraphQL document with the session cookie; returns data or throws the first error. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
  if (body.errors?.length)
    throw Object.assign(new Error(body.errors[0]!.message), { graphql: body.errors[0] });
  return body.data as T;
}
