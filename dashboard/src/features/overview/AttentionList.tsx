import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { EmptyState } from '../../components/EmptyState';
import type { Attention } from './to-attention';

/** The week's to-do list, grouped by kind, each item with a link and how late or how soon. */
export function AttentionList({ attention }: { attention: Attention }) {
  const { m, fmt } = useI18n();
  const t = m.overview.attention;
  if (attention.total === 0) return <EmptyState reason="noData" detail={t.nothing} />;
  return (
    <div className="attention" data-testid="attention">
      {attention.sections.map((section) => (
        <section
          key={section.kind}
          aria-labelledby={`attention-${section.kind}`}
          className="attention-section"
        >
          <h3 id={`attention-${section.kind}`}>
            {t.sections[section.kind]} <span className="count">({fmt.number(section.total)})</span>
          </h3>
          {section.items.length === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <ul>
              {section.items.slice(0, 8).map((item) => (
                <li key={item.key}>
                  <Link to={item.href}>{item.title}</Link>{' '}
                  <span className="muted">
                    {section.kind === 'lateMilestone'
                      ? t.ofAction(item.context)
                      : section.kind === 'reportWaiting'
                        ? t.heldOn(fmt.date(item.context))
                        : item.context}
                  </span>
                  {' — '}
                  <span
                    className={
                      section.kind === 'dueSoon' || section.kind === 'reportWaiting' ? '' : 'late-text'
                    }
                  >
                    {item.days === null
                      ? m.common.unknown
                      : section.kind === 'dueSoon'
                        ? t.dueIn(item.days)
                        : section.kind === 'reportWaiting'
                          ? t.waitingFor(item.days)
                          : t.daysLate(item.days)}
                  </span>
                  {item.owner && <span className="muted"> · {item.owner}</span>}
                </li>
              ))}
              {section.items.length > 8 && (
                <li>
                  <Link
                    to={section.kind === 'reportWaiting' ? '/kerngroep#bijeenkomsten' : '/kerngroep?laat=ja'}
                  >
                    {t.more(section.items.length - 8)}
                  </Link>
                </li>
              )}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
