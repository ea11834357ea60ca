// One palette for every chart: Okabe–Ito, readable with the common forms of colour blindness. Colour is
// never the only cue: each series also has a fill pattern (bars, areas), a marker shape (lines, dots)
// and a glyph (badges), and every bar gets a dark outline so its edge contrasts with the background
// whatever its fill (WCAG 2.1 1.4.1 and 1.4.11).
import type { ActionStatus, Verdict } from '@pm/domain';

export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  skyBlue: '#56B4E9',
  vermillion: '#D55E00',
  yellow: '#F0E442',
  black: '#000000',
  grey: '#8C8C8C',
  lightGrey: '#C8C8C8',
} as const;

/** Outline of bars and markers: dark enough against white and against every palette colour. */
export const OUTLINE = '#1A1A1A';
/** Axis, grid and reference-line colours (text-level contrast on white). */
export const AXIS = '#3D3D3D';
export const GRID = '#D9D9D9';
export const REFERENCE = '#000000';

export const PATTERNS = ['solid', 'diagonal', 'cross', 'dots', 'horizontal', 'vertical', 'none'] as const;
export type PatternKind = (typeof PATTERNS)[number];

/** Marker shapes Recharts can draw (`Symbols` / Scatter `shape`). */
export type MarkerShape = 'circle' | 'triangle' | 'cross' | 'diamond' | 'square' | 'star' | 'wye';

export interface SeriesStyle {
  readonly color: string;
  readonly pattern: PatternKind;
  readonly marker: MarkerShape;
  /** A short text glyph shown beside the label in badges and legends. */
  readonly glyph: string;
}

/** Series colours in order, for charts whose series have no fixed meaning (subregions, pillars). */
export const SERIES: readonly SeriesStyle[] = [
  { color: PALETTE.blue, pattern: 'solid', marker: 'circle', glyph: '●' },
  { color: PALETTE.orange, pattern: 'diagonal', marker: 'triangle', glyph: '▲' },
  { color: PALETTE.bluishGreen, pattern: 'dots', marker: 'square', glyph: '■' },
  { color: PALETTE.reddishPurple, pattern: 'cross', marker: 'diamond', glyph: '◆' },
  { color: PALETTE.skyBlue, pattern: 'horizontal', marker: 'star', glyph: '★' },
  { color: PALETTE.vermillion, pattern: 'vertical', marker: 'wye', glyph: '✶' },
];

/** The series style at a position, cycling when there are more series than styles. */
export function seriesStyle(index: number): SeriesStyle {
  return SERIES[((index % SERIES.length) + SERIES.length) % SERIES.length]!;
}

/** Verdict colours are fixed: the same verdict looks the same in every chart, table and badge. */
export const VERDICT_STYLES: Readonly<Record<Verdict, SeriesStyle>> = {
  ON_TIME: { color: PALETTE.bluishGreen, pattern: 'solid', marker: 'circle', glyph: '✓' },
  SHORT_NOTICE: { color: PALETTE.orange, pattern: 'diagonal', marker: 'triangle', glyph: '!' },
  AFTER_THE_FACT: { color: PALETTE.vermillion, pattern: 'cross', marker: 'cross', glyph: '✕' },
  NOT_REQUESTED: { color: PALETTE.reddishPurple, pattern: 'dots', marker: 'diamond', glyph: '?' },
  OPEN: { color: PALETTE.skyBlue, pattern: 'horizontal', marker: 'square', glyph: '…' },
  WITHDRAWN: { color: PALETTE.grey, pattern: 'vertical', marker: 'wye', glyph: '–' },
  NOT_APPLICABLE: { color: PALETTE.lightGrey, pattern: 'none', marker: 'star', glyph: '·' },
};

/** Action status colours, fixed like the verdicts; late is shown separately (outline and text). */
export const ACTION_STATUS_STYLES: Readonly<Record<ActionStatus, SeriesStyle>> = {
  IDEA: { color: PALETTE.lightGrey, pattern: 'none', marker: 'star', glyph: '○' },
  PLANNED: { color: PALETTE.skyBlue, pattern: 'horizontal', marker: 'square', glyph: '◔' },
  IN_PROGRESS: { color: PALETTE.blue, pattern: 'diagonal', marker: 'triangle', glyph: '◑' },
  DONE: { color: PALETTE.bluishGreen, pattern: 'solid', marker: 'circle', glyph: '✓' },
  BLOCKED: { color: PALETTE.vermillion, pattern: 'cross', marker: 'cross', glyph: '⊘' },
  DROPPED: { color: PALETTE.grey, pattern: 'vertical', marker: 'wye', glyph: '–' },
};

/** Late actions and milestones: one colour, always with the word "te laat" beside it. */
export const LATE_COLOR = PALETTE.vermillion;

/** Stable id of the SVG pattern for a pattern kind in a colour (see components/ChartPatterns). */
export function patternId(pattern: PatternKind, color: string): string {
  return `pm-pattern-${pattern}-${color.replace('#', '').toLowerCase()}`;
}

/** The SVG `fill` for a series: its pattern when it has one, else its flat colour. */
export function seriesFill(style: SeriesStyle): string {
  return style.pattern === 'solid' || style.pattern === 'none'
    ? style.color
    : `url(#${patternId(style.pattern, style.color)})`;
}
