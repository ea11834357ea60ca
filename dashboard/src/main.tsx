import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './app/styles.css';
import { I18nProvider, loadMessages, storedLang } from './app/i18n';
import { createRouter } from './app/router';
import { SessionProvider } from './app/session';

const router = createRouter();
const lang = storedLang();

// English users get their messages before the first paint (no flash of Dutch); Dutch needs no wait.
void loadMessages(lang).then((messages) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider initial={{ lang, messages }}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  ),
);
