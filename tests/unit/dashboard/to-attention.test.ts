import { describe, expect, it } from 'vitest';
import { type AttentionInput, toAttention } from '../../../dashboard/src/features/overview/to-attention';

const action = (id: string, dueOn: string | null) => ({
  id,
  title: `Actie ${id}`,
  dueOn,
  pillar: { code: 'P1' },
  responsible: id === '1' ? { name: 'Anouk Voorbeeld' } : null,
});

const input: AttentionInput = {
  lateActions: { totalItems: 12, items: [action('1', '2026-11-20'), action('2', '2026-10-01')] },
  actionsDueWithin: { totalItems: 2, items: [action('3', '2026-11-30'), action('4', '2026-11-23')] },
  lateMilestones: {
    totalItems: 1,
    items: [{ id: '9', title: 'Plan klaar', dueOn: '2026-11-13', action: { id: '1', title: 'Actie 1' } }],
  },
  activities: {
    items: [
      {
        id: '20',
        title: 'Focusgroep',
        heldOn: '2026-09-01',
        report: { id: '30', status: 'SENT_TO_PARTICIPANTS', sentOn: '2026-09-10' },
      },
      {
        id: '21',
        title: 'Panel',
        heldOn: '2026-09-02',
        report: { id: '31', status: 'APPROVED_BY_PARTICIPANTS', sentOn: '2026-09-05' },
      },
      { id: '22', title: 'Training', heldOn: '2026-09-03', report: null },
    ],
  },
};

describe('toAttention (needs attention this week)', () => {
  const result = toAttention(input, '2026-11-23');
  const section = (kind: string) => result.sections.find((s) => s.kind === kind)!;

  it('lists late actions longest overdue first, with days late and the owner', () => {
    expect(section('lateAction').items.map((i) => [i.title, i.days, i.owner])).toEqual([
      ['Actie 2', 53, null],
      ['Actie 1', 3, 'Anouk Voorbeeld'],
    ]);
    expect(section('lateAction').items[0]!.href).toBe('/kerngroep?actie=2');
  });

  it('lists actions due within 7 days soonest first, today counting as 0 days', () => {
    expect(section('dueSoon').items.map((i) => [i.title, i.days])).toEqual([
      ['Actie 4', 0],
      ['Actie 3', 7],
    ]);
  });

  it('lists late milestones with their action, and only reports that wait for the participants', () => {
    expect(section('lateMilestone').items[0]).toMatchObject({
      title: 'Plan klaar',
      context: 'Actie 1',
      days: 10,
    });
    expect(section('reportWaiting').items.map((i) => [i.title, i.days])).toEqual([['Focusgroep', 74]]);
  });

  it('counts what the API reported, not only the items fetched', () => {
    expect(section('lateAction').total).toBe(12);
    expect(result.total).toBe(12 + 2 + 1 + 1);
  });
});
