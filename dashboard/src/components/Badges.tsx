import { ACTION_STATUS_LABELS, type ActionStatus, VERDICT_LABELS, type Verdict } from '@pm/domain';
import { useI18n } from '../app/i18n';
import { ACTION_STATUS_STYLES, type SeriesStyle, VERDICT_STYLES } from '../lib/chart-colors';
import { Swatch } from './ChartPatterns';

function Badge({ style, label, kind }: { style: SeriesStyle; label: string; kind: string }) {
  return (
    <span className="badge" data-badge={kind}>
      <Swatch style={style} />
      <span aria-hidden="true" className="badge-glyph">
        {style.glyph}
      </span>
      {label}
    </span>
  );
}

/** A timeliness verdict: the same colour, pattern, glyph and words everywhere. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { fmt } = useI18n();
  return <Badge style={VERDICT_STYLES[verdict]} label={fmt.label(VERDICT_LABELS[verdict])} kind={verdict} />;
}

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { fmt } = useI18n();
  return (
    <Badge
      style={ACTION_STATUS_STYLES[status]}
      label={fmt.label(ACTION_STATUS_LABELS[status])}
      kind={status}
    />
  );
}

/** "Te laat": a word, never only a colour. */
export function LateBadge() {
  const { m } = useI18n();
  return (
    <span className="badge badge-late" data-badge="LATE">
      <span aria-hidden="true" className="badge-glyph">
        ⚠
      </span>
      {m.common.late}
    </span>
  );
}

/** Ja / nee with a symbol, for yes/no columns. */
export function YesNo({ value, yes, no }: { value: boolean; yes?: string; no?: string }) {
  const { m } = useI18n();
  return (
    <span className={value ? 'yes' : 'no'}>
      <span aria-hidden="true">{value ? '✓ ' : '✕ '}</span>
      {value ? (yes ?? m.common.yes) : (no ?? m.common.no)}
    </span>
  );
}
