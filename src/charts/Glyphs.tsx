// The marks that tell pilot provinces and UNESCO learning cities apart by shape, not colour alone
// (▲ pilot, ● learning city), and the small key that explains them.
import type { Lang } from '../state/doc';
import { ct } from './chartMessages';

/** SVG `display` for a glyph kept in the DOM while it does not apply (no attribute when shown). */
function shown(on: boolean): 'none' | undefined {
  return on ? undefined : 'none';
}

/** A triangle (pilot) centred on (x, y), `size` px tall. */
export function PilotGlyph({ x, y, size = 7, hidden = false }: { x: number; y: number; size?: number; hidden?: boolean }) {
  const h = size;
  const w = size * 1.1;
  // No outline while hidden: the rank chart keeps one per row, and most rows are not pilots.
  return <path className="glyph glyph-pilot" display={shown(!hidden)} d={hidden ? undefined : `M${x},${y - h / 2}L${x + w / 2},${y + h / 2}L${x - w / 2},${y + h / 2}Z`} />;
}

/** A disc (learning city) centred on (x, y). */
export function LearningCityGlyph({ x, y, size = 7, hidden = false }: { x: number; y: number; size?: number; hidden?: boolean }) {
  return <circle className="glyph glyph-lc" display={shown(!hidden)} cx={x} cy={y} r={size / 2} />;
}

/**
 * The glyphs of a province, left to right from `x`. Both are always in the DOM, the absent one
 * with `display="none"`: rows keyed by rank get another province on every re-rank, and glyphs
 * that came and went would be created and removed each time (issue 16).
 */
export function ProvinceGlyphs({ x, y, pilot, learningCity, size = 7 }: {
  x: number;
  y: number;
  pilot: boolean;
  learningCity: boolean;
  size?: number;
}) {
  const step = size + 2;
  return (
    <>
      <PilotGlyph x={x + size / 2} y={y} size={size} hidden={!pilot} />
      <LearningCityGlyph x={x + size / 2 + (pilot ? step : 0)} y={y} size={size} hidden={!learningCity} />
    </>
  );
}

/** A ring (learning city in the scatter plot, drawn around the point). */
export function LearningCityRing({ x, y, r = 6, hidden = false }: { x: number; y: number; r?: number; hidden?: boolean }) {
  return <circle className="glyph glyph-ring" display={shown(!hidden)} cx={x} cy={y} r={r} />;
}

/** The outline of a disc of radius `r` centred on (x, y), as a path (two half arcs). */
function discPath(x: number, y: number, r: number): string {
  return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

/** A triangle pointing up for a point of radius `r` centred on (x, y). */
function trianglePath(x: number, y: number, r: number): string {
  return `M${x},${y - r * 1.35}L${x + r * 1.2},${y + r * 0.9}L${x - r * 1.2},${y + r * 0.9}Z`;
}

/**
 * A province as a point (scatter plot, region strip): a triangle for a pilot, else a disc of
 * radius `r` (`data-shape` says which); a ring around a learning city. One path and one ring
 * whatever the province: dots keyed by place in a row get another province on every indicator,
 * and a shape swapped between elements would be removed and created each time (issue 16).
 */
export function PointMark({ x, y, r, pilot, learningCity, fill }: {
  x: number;
  y: number;
  r: number;
  pilot: boolean;
  learningCity: boolean;
  fill?: string;
}) {
  return (
    <>
      <path className="point" data-shape={pilot ? 'pilot' : 'disc'} fill={fill} d={pilot ? trianglePath(x, y, r) : discPath(x, y, r)} />
      <LearningCityRing x={x} y={y} r={r + 2.5} hidden={!learningCity} />
    </>
  );
}

/**
 * "▲ EEF learning-city pilot ● UNESCO learning city", drawn with the same shapes as the chart:
 * glyphs beside names (`glyphs`) or the scatter plot's point shapes (`points`: triangle, ring).
 */
export function GlyphKey({ lang, variant = 'glyphs' }: { lang: Lang; variant?: 'glyphs' | 'points' }) {
  return (
    <p className="chart-key">
      <span>
        <svg width="12" height="12" aria-hidden="true" focusable="false">
          <PilotGlyph x={6} y={6} size={8} />
        </svg>
        {ct(lang, 'keyPilot')}
      </span>
      <span>
        <svg width="12" height="12" aria-hidden="true" focusable="false">
          {variant === 'glyphs' ? <LearningCityGlyph x={6} y={6} size={8} /> : <LearningCityRing x={6} y={6} r={4.5} />}
        </svg>
        {ct(lang, 'keyLearningCity')}
      </span>
    </p>
  );
}
