import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVICE_KINDS,
  ADVICE_KIND_LABELS,
  COUNCIL_POSITIONS,
  COUNCIL_POSITION_LABELS,
  DomainValidationError,
  ESCALATION_RULINGS,
  ESCALATION_RULING_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  REQUEST_STATUSES,
  REQUEST_STATUS_LABELS,
  VERDICTS,
  VERDICT_LABELS,
  WMCZ_CATALOGUE,
  WMCZ_RIGHTS,
  WMCZ_RIGHT_LABELS,
  WMCZ_THRESHOLD_CARE_WORKERS,
  councilRequired,
  findSubject,
  positionMatchesKind,
  subjectMatchesKind,
  subjectsForProvider,
} from '@pm/domain';

const byCode = (code: string) => {
  const subject = findSubject(code);
  if (subject === undefined) throw new Error(`catalogue has no ${code}`);
  return subject;
};

describe('Wmcz 2018 catalogue', () => {
  it('gives every row a unique, stable-looking code', () => {
    const codes = WMCZ_CATALOGUE.map((subject) => subject.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^ART\d+(_\d+)?(_[A-Z])?(_\d)?$/);
  });

  it('cites the Wmcz 2018 article of every row, matching its code', () => {
    for (const subject of WMCZ_CATALOGUE) {
      expect(subject.articleRef).toMatch(/^art\. \d+( lid \d+)?( onder [a-z])?( sub \d°)? Wmcz 2018$/);
      const [, article, lid, letter, sub] =
        /^ART(\d+)(?:_(\d+))?(?:_([A-Z]))?(?:_(\d))?$/.exec(subject.code) ?? [];
      expect(subject.articleRef).toContain(`art. ${article}`);
      if (lid) expect(subject.articleRef).toContain(`lid ${lid}`);
      if (letter) expect(subject.articleRef).toContain(`onder ${letter.toLowerCase()}`);
      if (sub) expect(subject.articleRef).toContain(`sub ${sub}°`);
    }
  });

  it('fills titles and plain-language explanations in Dutch and English', () => {
    for (const subject of WMCZ_CATALOGUE) {
      for (const text of [subject.titleNl, subject.titleEn, subject.explanationNl, subject.explanationEn]) {
        expect(text.trim().length).toBeGreaterThan(3);
      }
      expect(subject.explanationNl).not.toBe(subject.explanationEn);
    }
  });

  it('lists the advisory right of art. 7 lid 1 under a to i', () => {
    const advisory = WMCZ_CATALOGUE.filter((subject) => subject.articleRef.startsWith('art. 7 lid 1'));
    expect(advisory.map((subject) => subject.code)).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((letter) => `ART7_1_${letter}`),
    );
    expect(advisory.every((subject) => subject.right === 'ADVICE')).toBe(true);
  });

  it('limits housing and the appointment of care managers to residential providers', () => {
    expect(byCode('ART7_1_H').residentialOnly).toBe(true);
    expect(byCode('ART7_1_I').residentialOnly).toBe(true);
    const residentialAdvice = WMCZ_CATALOGUE.filter((s) => s.right === 'ADVICE' && s.residentialOnly);
    expect(residentialAdvice.map((s) => s.code)).toEqual(['ART7_1_H', 'ART7_1_I']);
  });

  it('gives consent rights over the regulations, complaints officer, care plans, quality and the support officer', () => {
    for (const code of ['ART8_1_A', 'ART8_1_B', 'ART8_1_C_1', 'ART8_1_C_2', 'ART8_1_D']) {
      expect(byCode(code)).toMatchObject({ right: 'CONSENT', residentialOnly: false });
    }
  });

  it('gives residential providers’ councils consent over food, spiritual care, recreation and social support', () => {
    const residentialConsent = WMCZ_CATALOGUE.filter((s) => s.right === 'CONSENT' && s.residentialOnly);
    expect(residentialConsent.map((s) => s.titleEn)).toEqual([
      'General policy on food',
      'General policy on spiritual care',
      'General policy on recreation',
      'General policy on social support',
    ]);
  });

  it('includes the binding nomination of art. 10 and unsolicited advice', () => {
    expect(byCode('ART10')).toMatchObject({ right: 'NOMINATION', articleRef: 'art. 10 Wmcz 2018' });
    expect(byCode('ART7_2')).toMatchObject({ right: 'UNSOLICITED', articleRef: 'art. 7 lid 2 Wmcz 2018' });
  });

  it('has no "verzwaard advies": the Wmcz 2018 replaced it with consent', () => {
    const text = JSON.stringify(WMCZ_CATALOGUE).toLowerCase();
    expect(text).not.toContain('verzwaard');
    expect(text).not.toContain('reinforced advice');
  });

  it('offers non-residential providers every subject except the residential ones', () => {
    const all = subjectsForProvider(true);
    const nonResidential = subjectsForProvider(false);
    expect(all).toHaveLength(WMCZ_CATALOGUE.length);
    expect(nonResidential).toHaveLength(WMCZ_CATALOGUE.length - 6);
    expect(nonResidential.some((subject) => subject.residentialOnly)).toBe(false);
  });

  it('finds nothing for an unknown code', () => {
    expect(findSubject('VERZWAARD')).toBeUndefined();
  });
});

describe('subjectMatchesKind', () => {
  it.each([
    ['ADVICE', 'ADVICE', true],
    ['NOMINATION', 'ADVICE', true],
    ['CONSENT', 'ADVICE', false],
    ['UNSOLICITED', 'ADVICE', false],
    ['CONSENT', 'CONSENT', true],
    ['ADVICE', 'CONSENT', false],
    ['NOMINATION', 'CONSENT', false],
    ['UNSOLICITED', 'CONSENT', false],
    ['UNSOLICITED', 'UNSOLICITED', true],
    ['ADVICE', 'UNSOLICITED', true],
    ['CONSENT', 'UNSOLICITED', true],
    ['NOMINATION', 'UNSOLICITED', true],
  ] as const)('a %s subject %s a %s entry', (right, kind, expected) => {
    expect(subjectMatchesKind(right, kind)).toBe(expected);
  });

  it('leaves every catalogue row reachable by at least one kind of entry', () => {
    for (const subject of WMCZ_CATALOGUE) {
      expect(ADVICE_KINDS.some((kind) => subjectMatchesKind(subject.right, kind))).toBe(true);
    }
  });
});

describe('positionMatchesKind', () => {
  it('answers consent requests only with consent given or withheld', () => {
    expect(positionMatchesKind('CONSENT_WITHHELD', 'CONSENT')).toBe(true);
    expect(positionMatchesKind('NEGATIVE', 'CONSENT')).toBe(false);
    expect(positionMatchesKind('CONSENT_GIVEN', 'ADVICE')).toBe(false);
    expect(positionMatchesKind('POSITIVE_WITH_CONDITIONS', 'ADVICE')).toBe(true);
  });
});

describe('councilRequired', () => {
  it('requires a council only above 10 people providing care', () => {
    expect(WMCZ_THRESHOLD_CARE_WORKERS).toBe(10);
    expect(councilRequired(0)).toBe(false);
    expect(councilRequired(10)).toBe(false);
    expect(councilRequired(11)).toBe(true);
  });

  it.each([-1, 10.5, Number.NaN])('rejects %s people', (count) => {
    let caught: unknown;
    try {
      councilRequired(count);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainValidationError);
    expect(caught).toMatchObject({ code: 'INVALID_COUNT', field: 'careWorkers' });
  });

  it('is monotone: more people never removes the obligation', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(1_000), (count, more) => {
        if (councilRequired(count)) expect(councilRequired(count + more)).toBe(true);
      }),
    );
  });
});

describe('enum labels', () => {
  it.each([
    ['advice kinds', ADVICE_KINDS, ADVICE_KIND_LABELS],
    ['rights', WMCZ_RIGHTS, WMCZ_RIGHT_LABELS],
    ['council positions', COUNCIL_POSITIONS, COUNCIL_POSITION_LABELS],
    ['outcomes', OUTCOMES, OUTCOME_LABELS],
    ['verdicts', VERDICTS, VERDICT_LABELS],
    ['request statuses', REQUEST_STATUSES, REQUEST_STATUS_LABELS],
    ['escalation rulings', ESCALATION_RULINGS, ESCALATION_RULING_LABELS],
  ] as const)(
    'labels every one of the %s in Dutch and English, and nothing else',
    (_name, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) {
        const label = (labels as Record<string, { nl: string; en: string }>)[value];
        expect(label?.nl.length).toBeGreaterThan(0);
        expect(label?.en.length).toBeGreaterThan(0);
      }
    },
  );

  it('uses the agreed Dutch names for the verdicts', () => {
    expect(Object.fromEntries(VERDICTS.map((v) => [v, VERDICT_LABELS[v].nl]))).toEqual({
      ON_TIME: 'Op tijd',
      SHORT_NOTICE: 'Te krap',
      AFTER_THE_FACT: 'Voldongen feit',
      NOT_REQUESTED: 'Niet gevraagd',
      OPEN: 'Lopend',
      WITHDRAWN: 'Ingetrokken',
      NOT_APPLICABLE: 'Niet van toepassing',
    });
  });
});
