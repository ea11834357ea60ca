// The dashboard's GraphQL client: POSTs typed documents (generated from api/schema.gql) with the
// session cookie. No cache library: each view asks for what it shows in one or two requests.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from './generated/graphql';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; reason?: string; field?: string } & Record<string, unknown>;
}

/** A request that the API answered with errors (or that failed on the way). */
export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: readonly GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
  }

  /** The API's error family of the first error: BAD_USER_INPUT, FORBIDDEN, UNAUTHENTICATED … */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** Counts requests in this page (read by the bench script through window.__pmGraphQLRequests). */
function countRequest(): void {
  const w = globalThis as { __pmGraphQLRequests?: number };
  w.__pmGraphQLRequests = (w.__pmGraphQLRequests ?? 0) + 1;
}

/** Sends one operation; resolves with its data or rejects with a GraphQLRequestError. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  countRequest();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError([{ message: 'NETWORK', extensions: { code: 'NETWORK' } }], 0);
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError([{ message: `HTTP ${response.status}` }], response.status);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors, response.status);
  if (body.data == null) throw new GraphQLRequestError([{ message: 'NO_DATA' }], response.status);
  return body.data;
}

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: GraphQLRequestError | undefined;
  /** True while a request is under way (data may still hold the previous answer). */
  loading: boolean;
  refetch(): void;
}

/**
 * Runs a query when the component mounts and whenever the variables change (compared by value).
 * Keeps the previous data while new data loads, so changing a filter does not blank the view.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables ?? {});
  const [state, setState] = useState<{ data?: TResult; error?: GraphQLRequestError; loading: boolean }>({
    loading: !options.skip,
  });
  const [version, setVersion] = useState(0);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  useEffect(() => {
    if (options.skip) {
      setState((previous) => ({ ...previous, loading: false }));
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    request(document, variablesRef.current, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure =
          error instanceof GraphQLRequestError
            ? error
            : new GraphQLRequestError([{ message: String(error) }], 0);
        setState({ error: failure, loading: false });
      },
    );
    return () => controller.abort();
  }, [document, key, version, options.skip]);

  const refetch = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}

/**
 * Errors per input field, from `extensions.field` ('input.requestedOn' → 'requestedOn'). An error
 * about the record as a whole (`field: 'id'`, e.g. NOT_A_DRAFT or INVALID_TRANSITION) has no input
 * to stand by, so it goes with the form's own errors instead of being dropped.
 */
export function fieldErrors(error: unknown): {
  fields: Record<string, GraphQLErrorEntry>;
  other: GraphQLErrorEntry[];
} {
  const fields: Record<string, GraphQLErrorEntry> = {};
  const other: GraphQLErrorEntry[] = [];
  const entries = error instanceof GraphQLRequestError ? error.errors : [{ message: String(error) }];
  for (const entry of entries) {
    const field = entry.extensions?.field;
    if (field && field !== 'id') {
      const name = field.replace(/^input\./, '');
      fields[name] ??= entry;
    } else other.push(entry);
  }
  return { fields, other };
}
