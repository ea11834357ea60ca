import { type ReactNode, useId, useState } from 'react';
import { useI18n } from '../app/i18n';

/**
 * Every chart sits in one of these: a title that says what and over which period, the chart itself
 * (an image for screen readers, with a summary), an HTML legend, and its numbers as a table behind a
 * toggle. When there is nothing to draw, `empty` (an EmptyState saying why) replaces chart and table.
 */
export function ChartFrame({
  title,
  description,
  summary,
  legend,
  chart,
  table,
  empty,
  footer,
  testId,
  tableInitiallyOpen = false,
}: {
  title: string;
  description?: ReactNode;
  /** One sentence for screen readers: what kind of chart and where its numbers are. */
  summary: string;
  legend?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  empty?: ReactNode;
  footer?: ReactNode;
  testId?: string;
  tableInitiallyOpen?: boolean;
}) {
  const { m } = useI18n();
  const [open, setOpen] = useState(tableInitiallyOpen);
  const titleId = useId();
  const tableId = useId();
  return (
    <section className="chart-frame" aria-labelledby={titleId} data-testid={testId}>
      <h3 id={titleId} className="chart-title">
        {title}
      </h3>
      {description && <div className="chart-description">{description}</div>}
      {empty ?? (
        <>
          <div className="chart-canvas" role="img" aria-label={`${title}. ${summary}`}>
            {chart}
          </div>
          {legend}
          <button
            type="button"
            className="link-button table-toggle"
            aria-expanded={open}
            aria-controls={tableId}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? m.chart.hideTable : m.chart.showTable}
          </button>
          <div id={tableId} hidden={!open} className="chart-table">
            {table}
          </div>
        </>
      )}
      {footer}
    </section>
  );
}
