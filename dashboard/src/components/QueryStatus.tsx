import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import type { GraphQLRequestError } from '../lib/graphql';
import { EmptyState } from './EmptyState';

/** Loading text while the first answer is on its way; a plain error when the API refused or failed. */
export function QueryStatus({
  loading,
  error,
  hasData,
  children,
}: {
  loading: boolean;
  error: GraphQLRequestError | undefined;
  hasData: boolean;
  children: ReactNode;
}) {
  const { m } = useI18n();
  if (error) {
    if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')
      return <EmptyState reason="notAllowed" />;
    return (
      <EmptyState
        reason="error"
        detail={error.code === 'NETWORK' ? m.errors.network : `${m.errors.loadFailed} ${error.message}`}
      />
    );
  }
  if (!hasData) {
    return (
      <p className="loading" role="status">
        {loading ? m.common.loading : ''}
      </p>
    );
  }
  return <>{children}</>;
}
