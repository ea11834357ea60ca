import { ROLE_LABELS } from '@pm/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { useI18n } from './i18n';
import { NAV } from './nav';
import { useSession } from './session';

function LanguageSwitch() {
  const { lang, setLang, m } = useI18n();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      className="button header-button"
      lang={other}
      onClick={() => setLang(other)}
      data-testid="language-switch"
    >
      {m.app.switchLanguage}
    </button>
  );
}

function UserBox() {
  const { m, fmt } = useI18n();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  if (me === undefined) return null;
  if (me === null) {
    const back = `${location.pathname}${location.search}`;
    return (
      <Link
        className="button header-button"
        to={location.pathname === '/inloggen' ? location : `/inloggen?terug=${encodeURIComponent(back)}`}
      >
        {m.session.signIn}
      </Link>
    );
  }
  return (
    <div className="user-box" data-testid="user-box">
      <p>
        <span className="visually-hidden">{m.session.signedInAs} </span>
        <strong>{me.displayName}</strong>
        <span className="user-role">
          {fmt.label(ROLE_LABELS[me.role])}
          {me.organisation ? ` · ${me.organisation.name}` : ''}
        </span>
      </p>
      <button
        type="button"
        className="button header-button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await signOut();
            navigate('/');
          } finally {
            setBusy(false);
          }
        }}
      >
        {m.session.signOut}
      </button>
    </div>
  );
}

export function Layout() {
  const { m } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(location.pathname);

  // After a route change, move focus to the content so keyboard and screen-reader users start there.
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = location.pathname;
    mainRef.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {m.nav.skipToContent}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link to="/" className="brand-name">
            {m.app.name}
          </Link>
          <span className="brand-region">{m.app.region}</span>
        </div>
        <div className="header-tools">
          <UserBox />
          <LanguageSwitch />
        </div>
      </header>
      <nav className="site-nav" aria-label={m.nav.label}>
        <ul>
          {NAV.map((item) => (
            <li key={item.path}>
              <NavLink to={item.path} end={item.path === '/'}>
                {item.label(m)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {navigation.state === 'loading' && (
        <p className="route-loading" role="status">
          {m.common.loading}
        </p>
      )}
      <main id="main" tabIndex={-1} ref={mainRef}>
        {me === undefined ? (
          <p className="loading" role="status">
            {m.common.loading}
          </p>
        ) : (
          <Outlet key={me?.id ?? 'public'} />
        )}
      </main>
      <footer className="site-footer">
        <p>{m.app.footer}</p>
      </footer>
    </>
  );
}
