import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from './i18n';

/** Shown for the moment the first view's code is still on its way. */
export function InitialLoading() {
  const { m } = useI18n();
  return (
    <p className="loading initial-loading" role="status">
      {m.common.loading}
    </p>
  );
}

export function NotFoundPage() {
  const { m } = useI18n();
  return (
    <>
      <PageHeader title={m.errors.notFoundTitle} intro={m.errors.notFoundText} />
      <p>
        <Link to="/">{m.errors.backHome}</Link>
      </p>
    </>
  );
}

/** Shown when a route fails to load or render (e.g. a chunk that can no longer be fetched). */
export function RouteError() {
  const error = useRouteError();
  const { m } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main id="main" className="route-error">
      <h1>{m.errors.somethingWrong}</h1>
      <p>{m.errors.reload}</p>
      <p>
        <a href="/">{m.errors.backHome}</a>
      </p>
    </main>
  );
}
