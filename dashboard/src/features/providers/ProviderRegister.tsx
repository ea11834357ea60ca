import {
  ADVICE_KIND_LABELS,
  type AdviceKind,
  FINDING_LABELS,
  type FindingCode,
  VERDICT_LABELS,
  type Verdict,
} from '@pm/domain';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { VerdictBadge } from '../../components/Badges';
import { ChartFrame } from '../../components/ChartFrame';
import { Legend } from '../../components/ChartPatterns';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { QueryStatus } from '../../components/QueryStatus';
import { MONTH_VERDICTS, OnTimeRateChart, VerdictMonthsChart } from '../../components/VerdictCharts';
import { VERDICT_STYLES } from '../../lib/chart-colors';
import type { ProviderRegisterQuery as Result } from '../../lib/generated/graphql';
import { useQuery } from '../../lib/graphql';
import { monthEnd, toVerdictMonths, type VerdictMonth, windowStart } from '../../lib/timeliness-figures';
import { ProviderRegisterQuery } from './providers.graphql';

type RequestRow = Result['adviceRequests']['items'][number];
const MONTHS = 24;

/** A provider's requests and verdicts over time (for those who may see its register entries). */
export function ProviderRegister({ providerId }: { providerId: string }) {
  const { m, fmt, lang } = useI18n();
  const t = m.provider.register;
  const { today } = useSession();
  const query = useQuery(
    ProviderRegisterQuery,
    { providerId, from: today ? windowStart(today, MONTHS - 1) : '', to: today ? monthEnd(today) : '' },
    { skip: !today },
  );
  const months = query.data ? toVerdictMonths(query.data.timelinessFigures) : [];
  const period = today ? `${fmt.month(windowStart(today, MONTHS - 1))} – ${fmt.month(today)}` : '';
  const verdictLabel = (v: Verdict) => fmt.label(VERDICT_LABELS[v]);

  const monthColumns: Column<VerdictMonth>[] = [
    { key: 'month', header: m.overview.month, rowHeader: true, cell: (r) => fmt.month(r.month) },
    ...MONTH_VERDICTS.map(([key, verdict]) => ({
      key,
      header: verdictLabel(verdict),
      align: 'end' as const,
      cell: (r: VerdictMonth) => fmt.number(r[key]),
    })),
    { key: 'rated', header: m.overview.rated, align: 'end', cell: (r) => fmt.number(r.rated) },
    {
      key: 'rate',
      header: m.overview.onTimeRate,
      align: 'end',
      cell: (r) => (r.rate === null ? m.common.noFigure : fmt.percent(r.rate)),
    },
  ];
  const requestColumns: Column<RequestRow>[] = [
    {
      key: 'title',
      header: t.request,
      rowHeader: true,
      cell: (r) => (
        <>
          {r.title}
          <br />
          <span className="muted">
            {fmt.label(ADVICE_KIND_LABELS[r.kind as AdviceKind])} · {r.council.name}
          </span>
        </>
      ),
      sortValue: (r) => r.title,
    },
    {
      key: 'subject',
      header: t.subject,
      cell: (r) => (
        <>
          {lang === 'nl' ? r.subject.titleNl : r.subject.titleEn}{' '}
          <span className="muted">({r.subject.articleRef})</span>
        </>
      ),
    },
    {
      key: 'requested',
      header: t.requestedOn,
      cell: (r) => (r.requestedOn ? fmt.date(r.requestedOn) : '—'),
      sortValue: (r) => r.requestedOn,
    },
    {
      key: 'decided',
      header: t.decidedOn,
      cell: (r) => (r.decidedOn ? fmt.date(r.decidedOn) : '—'),
      sortValue: (r) => r.decidedOn,
    },
    {
      key: 'verdict',
      header: t.verdict,
      cell: (r) =>
        r.timeliness ? (
          <VerdictBadge verdict={r.timeliness.verdict as Verdict} />
        ) : (
          <span className="muted">{t.draft}</span>
        ),
      sortValue: (r) => r.timeliness?.verdict ?? null,
    },
    {
      key: 'findings',
      header: t.findings,
      cell: (r) =>
        r.findings.length === 0
          ? '—'
          : r.findings.map((f) => fmt.label(FINDING_LABELS[f as FindingCode])).join('; '),
    },
  ];

  return (
    <QueryStatus loading={query.loading} error={query.error} hasData={!!query.data}>
      {query.data && (
        <>
          <ChartFrame
            testId="provider-verdicts-chart"
            title={t.verdictsTitle(period)}
            summary={m.overview.barsSummary}
            legend={
              <Legend
                items={MONTH_VERDICTS.map(([key, verdict]) => ({
                  key,
                  label: verdictLabel(verdict),
                  style: VERDICT_STYLES[verdict],
                }))}
              />
            }
            empty={
              months.every((r) => r.rated + r.open === 0) ? (
                <EmptyState reason="noData" detail={t.none} />
              ) : undefined
            }
            chart={
              <VerdictMonthsChart
                rows={months}
                verdictLabel={verdictLabel}
                formatMonth={fmt.month}
                formatCount={(v) => fmt.number(v)}
                axisLabel={t.countAxis}
              />
            }
            table={
              <DataTable
                caption={t.verdictsTitle(period)}
                columns={monthColumns}
                rows={months}
                rowKey={(r) => r.month}
                testId="provider-months-table"
              />
            }
          />
          <ChartFrame
            testId="provider-rate-chart"
            title={t.rateTitle(period)}
            summary={m.overview.linesSummary}
            empty={
              months.every((r) => r.rated === 0) ? <EmptyState reason="noData" detail={t.none} /> : undefined
            }
            chart={
              <OnTimeRateChart
                rows={months}
                formatMonth={fmt.month}
                formatPercent={(v) => fmt.percent(v)}
                axisLabel={m.overview.onTimeAxis}
                seriesLabel={m.overview.onTimeRate}
              />
            }
            table={
              <DataTable
                caption={t.rateTitle(period)}
                columns={monthColumns}
                rows={months}
                rowKey={(r) => r.month}
              />
            }
          />
          <h3>{t.requestsTitle}</h3>
          {query.data.adviceRequests.items.length === 0 ? (
            <EmptyState reason="noData" detail={t.none} />
          ) : (
            <DataTable
              caption={t.requestsCaption(fmt.number(query.data.adviceRequests.totalItems))}
              columns={requestColumns}
              rows={query.data.adviceRequests.items}
              rowKey={(r) => r.id}
              initialSort={{ key: 'requested', dir: 'desc' }}
              testId="provider-requests"
            />
          )}
        </>
      )}
    </QueryStatus>
  );
}
