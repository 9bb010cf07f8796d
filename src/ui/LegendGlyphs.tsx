import {
  CHANGE_STYLE,
  RING_SEPARATOR,
  type ArrowShape,
  type LineStyle,
  type NodeShape,
} from '../domain/legend';

const SHAPE_POINTS: Partial<Record<NodeShape, string>> = {
  diamond: '9,1 17,9 9,17 1,9',
  hexagon: '5,2 13,2 17,9 13,16 5,16 1,9',
};

/**
 * A node's shape in a small square, as the map draws it: fill by chain; with `ring`, a round node
 * with its award ring outside a dark line (the legend's honour entries); `dashed`, a round node
 * with the dashed dark line of an outside node.
 */
export function ShapeGlyph({
  shape,
  fill = '#9aa5b1',
  ring,
  dashed = false,
}: {
  shape: NodeShape;
  fill?: string;
  ring?: string | null;
  dashed?: boolean;
}) {
  const points = SHAPE_POINTS[shape];
  return (
    <svg className="glyph" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {dashed ? (
        <circle
          cx="9"
          cy="9"
          r="7"
          fill={fill}
          stroke={RING_SEPARATOR.color}
          strokeWidth="1.6"
          strokeDasharray="3 2"
        />
      ) : ring ? (
        <>
          <circle cx="9" cy="9" r="7.2" fill="none" stroke={ring} strokeWidth="3" />
          <circle cx="9" cy="9" r="5.2" fill={fill} stroke={RING_SEPARATOR.color} strokeWidth="1" />
        </>
      ) : points ? (
        <polygon points={points} fill={fill} />
      ) : shape === 'ellipse' ? (
        <circle cx="9" cy="9" r="7" fill={fill} />
      ) : shape === 'barrel' ? (
        <rect x="1" y="5" width="16" height="8" rx="3" fill={fill} />
      ) : (
        <rect x="2" y="2" width="14" height="14" rx="4" fill={fill} />
      )}
    </svg>
  );
}

const DASHES: Record<LineStyle, string | undefined> = { solid: undefined, dashed: '5 3', dotted: '1.5 2.5' };

/** A relation's line: style, colour, width and whether it points. */
export function LineGlyph({
  lineStyle,
  color,
  width,
  arrow,
}: {
  lineStyle: LineStyle;
  color: string;
  width: number;
  arrow: ArrowShape;
}) {
  return (
    <svg className="glyph" width="30" height="18" viewBox="0 0 30 18" aria-hidden="true">
      <line
        x1="1"
        y1="9"
        x2={arrow === 'none' ? 29 : 22}
        y2="9"
        stroke={color}
        strokeWidth={Math.max(1.2, width)}
        strokeDasharray={DASHES[lineStyle]}
      />
      {arrow !== 'none' && <polygon points="22,4 29,9 22,14" fill={color} />}
    </svg>
  );
}

/** How the map marks a change (see graph-view/stylesheet.ts), on a plain round node. */
export function ChangeGlyph({ change }: { change: keyof typeof CHANGE_STYLE }) {
  const { color } = CHANGE_STYLE[change];
  return (
    <svg className="glyph" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {change === 'added' && <circle cx="9" cy="9" r="8.5" fill={color} opacity="0.55" />}
      {change === 'removed' ? (
        <circle
          cx="9"
          cy="9"
          r="6"
          fill="#ffffff"
          stroke={color}
          strokeWidth="1.5"
          strokeDasharray="2.5 1.5"
          opacity={CHANGE_STYLE.removed.opacity + 0.2}
        />
      ) : (
        <circle cx="9" cy="9" r={change === 'added' ? 5.5 : 6} fill="#9aa5b1" />
      )}
      {change === 'changed' && (
        <circle cx="9" cy="9" r="7" fill="none" stroke={color} strokeWidth="2" strokeDasharray="3 1.5" />
      )}
      {change === 'contains' && (
        <>
          <circle cx="9" cy="9" r="8" fill="none" stroke={color} strokeWidth="1.2" />
          <circle cx="9" cy="9" r="5.8" fill="none" stroke={color} strokeWidth="1.2" />
        </>
      )}
    </svg>
  );
}

/** A segment's outline round its bar and two members, dashed in a soft colour, as the map draws it. */
export function SegmentOutlineGlyph() {
  return (
    <svg className="glyph" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <rect
        x="1"
        y="1"
        width="16"
        height="16"
        rx="6"
        fill="#0072b2"
        fillOpacity="0.1"
        stroke="#0072b2"
        strokeOpacity="0.7"
        strokeWidth="1.2"
        strokeDasharray="2.5 2"
      />
      <rect x="5" y="4" width="8" height="3.5" rx="1.5" fill="#9aa5b1" />
      <circle cx="6.5" cy="12" r="2" fill="#9aa5b1" />
      <circle cx="11.5" cy="12" r="2" fill="#9aa5b1" />
    </svg>
  );
}
