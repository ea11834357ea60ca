// Routes: one per view, each loaded on demand so the first view only downloads what it needs.
// Paths are Dutch and stable (they are shared as links); filters are search parameters.
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { InitialLoading, NotFoundPage, RouteError } from './RouteError';

const page = (load: () => Promise<ComponentType>) => async () => ({ Component: await load() });

export function createRouter() {
  return createBrowserRouter([
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RouteError,
      HydrateFallback: InitialLoading,
      children: [
        { index: true, lazy: page(async () => (await import('../features/overview/Page')).OverviewPage) },
        {
          path: 'gemeenten',
          lazy: page(async () => (await import('../features/municipalities/Page')).MunicipalitiesPage),
        },
        {
          path: 'gemeenten/:cbsCode',
          lazy: page(
            async () => (await import('../features/municipalities/MunicipalityPage')).MunicipalityPage,
          ),
        },
        {
          path: 'aanbieders',
          lazy: page(async () => (await import('../features/providers/Page')).ProvidersPage),
        },
        {
          path: 'aanbieders/:id',
          lazy: page(async () => (await import('../features/providers/ProviderPage')).ProviderPage),
        },
        {
          path: 'kerngroep',
          lazy: page(async () => (await import('../features/core-group/Page')).CoreGroupPage),
        },
        {
          path: 'clientenraad',
          lazy: page(async () => (await import('../features/council/Page')).CouncilPage),
        },
        { path: 'wmcz', lazy: page(async () => (await import('../features/wmcz/Page')).WmczPage) },
        { path: 'inloggen', lazy: page(async () => (await import('./SignInPage')).SignInPage) },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}
