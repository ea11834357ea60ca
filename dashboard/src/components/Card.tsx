import { type ReactNode, useId } from 'react';

/** A titled block of content; the heading level follows the page outline (h2 by default). */
export function Card({
  title,
  level = 2,
  actions,
  children,
  className,
}: {
  title: ReactNode;
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`card${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <div className="card-head">
        <Heading id={id}>{title}</Heading>
        {actions && <div className="card-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** A key figure: a big number with what it means and what it rests on. */
export function Figure({ label, value, detail }: { label: ReactNode; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        <span className="figure-value">{value}</span>
        {detail && <span className="figure-detail">{detail}</span>}
      </dd>
    </div>
  );
}

/** A row of key figures (a description list, so each number keeps its label for screen readers). */
export function Figures({ children }: { children: ReactNode }) {
  return <dl className="figures">{children}</dl>;
}
