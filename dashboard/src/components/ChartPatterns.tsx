import { useId } from 'react';
import { type PatternKind, patternId, type SeriesStyle } from '../lib/chart-colors';

function PatternShape({ kind }: { kind: PatternKind }) {
  // Light marks on the series colour keep the colour recognisable and add a texture that survives
  // greyscale printing and colour blindness.
  const mark = '#FFFFFF';
  switch (kind) {
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={mark} strokeWidth={1.6} />;
    case 'cross':
      return <path d="M0,0 L8,8 M8,0 L0,8" stroke={mark} strokeWidth={1.4} />;
    case 'dots':
      return <circle cx={4} cy={4} r={1.6} fill={mark} />;
    case 'horizontal':
      return <path d="M0,4 H8" stroke={mark} strokeWidth={1.6} />;
    case 'vertical':
      return <path d="M4,0 V8" stroke={mark} strokeWidth={1.6} />;
    default:
      return null;
  }
}

/** SVG pattern definitions for the given series styles; place inside a Recharts chart. */
export function ChartPatterns({ styles }: { styles: readonly SeriesStyle[] }) {
  const unique = new Map<string, SeriesStyle>();
  for (const style of styles) {
    if (style.pattern === 'solid' || style.pattern === 'none') continue;
    unique.set(patternId(style.pattern, style.color), style);
  }
  return (
    <defs>
      {[...unique].map(([id, style]) => (
        <pattern key={id} id={id} width={8} height={8} patternUnits="userSpaceOnUse">
          <rect width={8} height={8} fill={style.color} />
          <PatternShape kind={style.pattern} />
        </pattern>
      ))}
    </defs>
  );
}

/** A small swatch showing a series' colour and pattern, for HTML legends. */
export function Swatch({ style }: { style: SeriesStyle }) {
  const id = `sw-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const patterned = style.pattern !== 'solid' && style.pattern !== 'none';
  return (
    <svg className="swatch" width={16} height={16} aria-hidden="true" focusable="false">
      {patterned && (
        <defs>
          <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
            <rect width={8} height={8} fill={style.color} />
            <PatternShape kind={style.pattern} />
          </pattern>
        </defs>
      )}
      <rect
        x={0.5}
        y={0.5}
        width={15}
        height={15}
        fill={patterned ? `url(#${id})` : style.color}
        stroke="#1A1A1A"
      />
    </svg>
  );
}

/** An HTML legend (readable by screen readers, unlike the SVG one): swatch, glyph and label. */
export function Legend({
  items,
}: {
  items: ReadonlyArray<{ key: string; label: string; style: SeriesStyle }>;
}) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.key}>
          <Swatch style={item.style} />
          <span aria-hidden="true" className="legend-glyph">
            {item.style.glyph}
          </span>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
