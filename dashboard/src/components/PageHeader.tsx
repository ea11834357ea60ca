import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../app/i18n';

/** The page's one h1, and the document title that goes with it. */
export function PageHeader({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  const { m } = useI18n();
  useEffect(() => {
    document.title = `${title} — ${m.app.name}`;
  }, [title, m.app.name]);
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </div>
  );
}
