import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  ACTIVITY_FORM_LABELS,
  ACTIVITY_FORMS,
  compareParticipationLevels,
  CORE_GROUP_SEAT_LABELS,
  CORE_GROUP_SEATS,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  PARTICIPATION_LEVEL_LABELS,
  PARTICIPATION_LEVELS,
  participationLevelRank,
  PILLAR_CODES,
  PILLAR_LABELS,
  PILLARS,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  STATUS_PROGRESS_SHARE,
} from '@pm/domain';

describe('programme vocabulary', () => {
  it('titles the three pillars exactly as the Zuid-Limburg programme does', () => {
    expect(PILLARS.map((pillar) => [pillar.code, pillar.number, pillar.title.nl])).toEqual([
      ['P1', 1, 'Versterking van de reguliere (georganiseerde) medezeggenschap'],
      ['P2', 2, 'Ontwikkelen van medezeggenschap op regionaal gemeentelijk niveau'],
      ['P3', 3, 'Betrekken van de cliëntenpopulatie in de brede zin (empowerment)'],
    ]);
    expect(PILLARS.map((pillar) => pillar.code)).toEqual([...PILLAR_CODES]);
  });

  it('labels action statuses in the Dutch the core group uses', () => {
    expect(ACTION_STATUSES.map((status) => ACTION_STATUS_LABELS[status].nl)).toEqual([
      'Idee',
      'Gepland',
      'In uitvoering',
      'Afgerond',
      'Geblokkeerd',
      'Vervallen',
    ]);
  });

  it('gives every code of every list a Dutch and an English label', () => {
    const lists: Array<[readonly string[], Record<string, { nl: string; en: string }>]> = [
      [PILLAR_CODES, PILLAR_LABELS],
      [ACTION_STATUSES, ACTION_STATUS_LABELS],
      [CORE_GROUP_SEATS, CORE_GROUP_SEAT_LABELS],
      [ACTIVITY_FORMS, ACTIVITY_FORM_LABELS],
      [PARTICIPATION_LEVELS, PARTICIPATION_LEVEL_LABELS],
      [REPORT_STATUSES, REPORT_STATUS_LABELS],
      [INDICATOR_DIRECTIONS, INDICATOR_DIRECTION_LABELS],
    ];
    for (const [codes, labels] of lists) {
      expect(Object.keys(labels).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        expect(labels[code]?.nl, code).toMatch(/\S/);
        expect(labels[code]?.en, code).toMatch(/\S/);
      }
    }
  });

  it('names the region’s own methods in Dutch', () => {
    expect(ACTIVITY_FORM_LABELS.CLIENT_INSPECTION.nl).toBe('Cliëntinspectie');
    expect(ACTIVITY_FORM_LABELS.LINE_OF_DISCONTENT.nl).toBe('Lijn van ongenoegen');
  });

  it('gives a done action 100%, leaves a dropped one out and ranks the other shares sensibly', () => {
    expect(STATUS_PROGRESS_SHARE.DONE).toBe(100);
    expect(STATUS_PROGRESS_SHARE.DROPPED).toBeNull();
    expect(STATUS_PROGRESS_SHARE.IDEA).toBe(0);
    expect(STATUS_PROGRESS_SHARE.IDEA).toBeLessThan(STATUS_PROGRESS_SHARE.PLANNED);
    expect(STATUS_PROGRESS_SHARE.PLANNED).toBeLessThan(STATUS_PROGRESS_SHARE.BLOCKED);
    // A block must lower the figure, not hide behind the in-progress share.
    expect(STATUS_PROGRESS_SHARE.BLOCKED).toBeLessThan(STATUS_PROGRESS_SHARE.IN_PROGRESS);
    expect(STATUS_PROGRESS_SHARE.IN_PROGRESS).toBeLessThan(STATUS_PROGRESS_SHARE.DONE);
  });

  it('orders participation levels from informing to co-deciding', () => {
    expect(participationLevelRank('INFORMEREN')).toBe(1);
    expect(participationLevelRank('MEEBESLISSEN')).toBe(5);
    const shuffled = ['MEEBESLISSEN', 'INFORMEREN', 'COPRODUCEREN', 'RAADPLEGEN', 'ADVISEREN'] as const;
    expect([...shuffled].sort(compareParticipationLevels)).toEqual([...PARTICIPATION_LEVELS]);
    expect(PARTICIPATION_LEVELS).toEqual([
      'INFORMEREN',
      'RAADPLEGEN',
      'ADVISEREN',
      'COPRODUCEREN',
      'MEEBESLISSEN',
    ]);
  });
});
