import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n';

/** Why there is nothing to show: the user can then tell an empty register from a too-narrow filter. */
export type EmptyReason = 'noData' | 'filterTooNarrow' | 'notAllowed' | 'notAvailableYet' | 'error';

export function EmptyState({
  reason,
  detail,
  children,
}: {
  reason: EmptyReason;
  /** Replaces the standard explanation for this reason. */
  detail?: ReactNode;
  /** An action that helps: clear the filters, sign in … */
  children?: ReactNode;
}) {
  const { m } = useI18n();
  const text = m.empty[reason];
  return (
    <div className={`empty-state empty-${reason}`} data-empty-reason={reason}>
      <p className="empty-title">{text.title}</p>
      <p>{detail ?? text.detail}</p>
      {children && <div className="empty-actions">{children}</div>}
    </div>
  );
}
