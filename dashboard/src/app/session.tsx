// Who is signed in. Views read the role from here to decide what to offer; the API decides what they
// may see and change (the dashboard never relies on hiding alone).
import type { Role } from '@pm/domain';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { MeQuery as MeResult } from '../lib/generated/graphql';
import { request, useQuery } from '../lib/graphql';
import { MeQuery, SignInMutation, SignOutMutation } from './session.graphql';

export type SignedInUser = NonNullable<MeResult['me']>;

export interface Session {
  /** null: the public (not signed in); undefined: still asking the API. */
  me: SignedInUser | null | undefined;
  role: Role | null;
  /** The API's "today" ('YYYY-MM-DD'); undefined until the first answer. Count days from this. */
  today: string | undefined;
  signIn(email: string, password: string): Promise<SignedInUser>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const query = useQuery(MeQuery);
  const [override, setOverride] = useState<{ me: SignedInUser | null } | null>(null);
  const me = override ? override.me : query.error ? null : query.data?.me;

  const signIn = useCallback(async (email: string, password: string) => {
    const data = await request(SignInMutation, { email, password });
    setOverride({ me: data.signIn });
    return data.signIn;
  }, []);
  const signOut = useCallback(async () => {
    await request(SignOutMutation);
    setOverride({ me: null });
  }, []);

  const value = useMemo<Session>(
    () => ({ me, role: (me?.role as Role | undefined) ?? null, today: query.data?.today, signIn, signOut }),
    [me, query.data?.today, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
