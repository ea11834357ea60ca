import { VERDICTS } from '@pm/domain';
import { describe, expect, it } from 'vitest';
import { sortRows } from '../../../dashboard/src/lib/sort';
import { en } from '../../../dashboard/src/app/i18n/en';
import { nl } from '../../../dashboard/src/app/i18n/nl';
import { patternId, seriesFill, VERDICT_STYLES } from '../../../dashboard/src/lib/chart-colors';
import { fieldErrors, GraphQLRequestError } from '../../../dashboard/src/lib/graphql';

describe('sortRows (sortable table columns)', () => {
  const rows = [
    { name: 'Échte', n: 3 },
    { name: 'alfa', n: null },
    { name: 'Beta 10', n: 1 },
    { name: 'Beta 9', n: 2 },
  ];
  it('sorts text with the language’s collation (accents, case and numbers)', () => {
    expect(sortRows(rows, (r) => r.name, 'asc').map((r) => r.name)).toEqual([
      'alfa',
      'Beta 9',
      'Beta 10',
      'Échte',
    ]);
  });
  it('sorts numbers both ways and always puts missing values last', () => {
    expect(sortRows(rows, (r) => r.n, 'asc').map((r) => r.n)).toEqual([1, 2, 3, null]);
    expect(sortRows(rows, (r) => r.n, 'desc').map((r) => r.n)).toEqual([3, 2, 1, null]);
  });
});

describe('verdict styles', () => {
  it('give every verdict its own colour, pattern, marker and glyph, so colour is never the only cue', () => {
    for (const key of ['color', 'pattern', 'marker', 'glyph'] as const) {
      const values = VERDICTS.map((v) => VERDICT_STYLES[v][key]);
      expect(new Set(values).size, key).toBe(VERDICTS.length);
    }
  });
  it('fill patterned series through an SVG pattern and flat ones with their colour', () => {
    expect(seriesFill(VERDICT_STYLES.SHORT_NOTICE)).toBe(`url(#${patternId('diagonal', '#E69F00')})`);
    expect(seriesFill(VERDICT_STYLES.ON_TIME)).toBe('#009E73');
  });
});

describe('field errors from the API', () => {
  it('puts each error next to its input field (extensions.field without the input. prefix) and keeps the rest apart', () => {
    const error = new GraphQLRequestError(
      [
        {
          message: 'Een KvK-nummer bestaat uit precies 8 cijfers.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.kvkNumber' },
        },
        { message: 'U mag dit niet.', extensions: { code: 'FORBIDDEN' } },
      ],
      200,
    );
    const { fields, other } = fieldErrors(error);
    expect(Object.keys(fields)).toEqual(['kvkNumber']);
    expect(other.map((e) => e.message)).toEqual(['U mag dit niet.']);
  });
});

describe('an error about the record itself', () => {
  it('stands with the form, since no input field would show it', () => {
    const error = new GraphQLRequestError(
      [
        {
          message: 'Alleen een concept kan worden aangepast.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_A_DRAFT', field: 'id' },
        },
      ],
      200,
    );
    const { fields, other } = fieldErrors(error);
    expect(fields).toEqual({});
    expect(other.map((e) => e.extensions?.reason)).toEqual(['NOT_A_DRAFT']);
  });
});

function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (Array.isArray(value)) return `array/${value.length}`;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, shape(v)])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  return typeof value;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value('1', '2'))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('message files', () => {
  it('have the same keys, list lengths and placeholders in Dutch and English', () => {
    expect(shape(en)).toEqual(shape(nl));
  });
  it('have no empty text and no HTML markup in either language', () => {
    for (const text of [...strings(nl), ...strings(en)]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/<[a-z/]/i);
    }
  });
});
