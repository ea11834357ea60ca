import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n';

/** "Hoe berekend?": the rule behind a figure, one click away, in plain language. */
export function HowCalculated({ children, label }: { children: ReactNode; label?: string }) {
  const { m } = useI18n();
  return (
    <details className="how-calculated">
      <summary>{label ?? m.common.howCalculated}</summary>
      <div className="how-calculated-body">{children}</div>
    </details>
  );
}
