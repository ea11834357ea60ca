// "Needs attention this week": late actions, actions due within 7 days, late milestones and reports
// waiting for the participants' approval, each with how many days late or left. Pure, unit-tested.
import { daysBetween } from '../../lib/format';

export interface AttentionAction {
  id: string;
  title: string;
  dueOn: string | null;
  pillar: { code: string };
  responsible: { name: string } | null;
}

export interface AttentionInput {
  adviceRequests?: {
    items: ReadonlyArray<{
      id: string;
      title: string;
      council: { id: string; name: string };
      timeliness: { deadline: string | null; daysLeft: number | null } | null;
    }>;
  };
  lateActions: { totalItems: number; items: readonly AttentionAction[] };
  actionsDueWithin: { totalItems: number; items: readonly AttentionAction[] };
  lateMilestones: {
    totalItems: number;
    items: ReadonlyArray<{ id: string; title: string; dueOn: string; action: { id: string; title: string } }>;
  };
  activities: {
    items: ReadonlyArray<{
      id: string;
      title: string;
      heldOn: string;
      report: { id: string; status: string; sentOn: string | null } | null;
    }>;
  };
}

export interface AttentionItem {
  key: string;
  kind: 'requestDeadline' | 'lateAction' | 'dueSoon' | 'lateMilestone' | 'reportWaiting';
  title: string;
  /** The action a milestone belongs to, or the pillar code of an action. */
  context: string;
  /** Link target inside the dashboard. */
  href: string;
  date: string | null;
  /** Days past the date (late) or until it (due soon); for a report: days since it was sent. */
  days: number | null;
  owner: string | null;
}

export interface Attention {
  sections: Array<{ kind: AttentionItem['kind']; total: number; items: AttentionItem[] }>;
  total: number;
}

/** The four lists, each most urgent first; `total` counts what the API reported, not only what is shown. */
export function toAttention(input: AttentionInput, today: string): Attention {
  const action = (kind: 'lateAction' | 'dueSoon') => (a: AttentionAction) => ({
    key: `${kind}-${a.id}`,
    kind,
    title: a.title,
    context: a.pillar.code,
    href: `/kerngroep?actie=${a.id}`,
    date: a.dueOn,
    days: a.dueOn ? Math.abs(daysBetween(today, a.dueOn)) : null,
    owner: a.responsible?.name ?? null,
  });
  const late = input.lateActions.items
    .map(action('lateAction'))
    .sort((a, b) => (b.days ?? 0) - (a.days ?? 0));
  const soon = input.actionsDueWithin.items
    .map(action('dueSoon'))
    .sort((a, b) => (a.days ?? 0) - (b.days ?? 0));
  const milestones = input.lateMilestones.items
    .map((m) => ({
      key: `lateMilestone-${m.id}`,
      kind: 'lateMilestone' as const,
      title: m.title,
      context: m.action.title,
      href: `/kerngroep?actie=${m.action.id}`,
      date: m.dueOn,
      days: daysBetween(m.dueOn, today),
      owner: null,
    }))
    .sort((a, b) => b.days - a.days);
  const reports = input.activities.items
    .filter((a) => a.report?.status === 'SENT_TO_PARTICIPANTS')
    .map((a) => ({
      key: `reportWaiting-${a.report!.id}`,
      kind: 'reportWaiting' as const,
      title: a.title,
      context: a.heldOn,
      href: `/kerngroep?bijeenkomst=${a.id}#bijeenkomsten`,
      date: a.report!.sentOn,
      days: a.report!.sentOn ? daysBetween(a.report!.sentOn, today) : null,
      owner: null,
    }))
    .sort((a, b) => (b.days ?? 0) - (a.days ?? 0));
  // Open requests whose council deadline falls today or in the next 7 days (the council still has to answer).
  const requests = (input.adviceRequests?.items ?? [])
    .filter((r) => r.timeliness?.daysLeft != null && r.timeliness.daysLeft >= 0 && r.timeliness.daysLeft <= 7)
    .map((r) => ({
      key: `requestDeadline-${r.id}`,
      kind: 'requestDeadline' as const,
      title: r.title,
      context: r.council.name,
      href: `/clientenraad?raad=${r.council.id}`,
      date: r.timeliness!.deadline,
      days: r.timeliness!.daysLeft,
      owner: null,
    }))
    .sort((a, b) => (a.days ?? 0) - (b.days ?? 0));
  const sections = [
    ...(input.adviceRequests
      ? [{ kind: 'requestDeadline' as const, total: requests.length, items: requests }]
      : []),
    { kind: 'lateAction' as const, total: input.lateActions.totalItems, items: late },
    { kind: 'dueSoon' as const, total: input.actionsDueWithin.totalItems, items: soon },
    { kind: 'lateMilestone' as const, total: input.lateMilestones.totalItems, items: milestones },
    { kind: 'reportWaiting' as const, total: reports.length, items: reports },
  ];
  return { sections, total: sections.reduce((sum, s) => sum + s.total, 0) };
}
