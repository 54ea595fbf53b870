// The marks that tell pilot provinces and UNESCO learning cities apart by shape, not colour alone
// (▲ pilot, ● learning city), and the small key that explains them.
import type { Lang } from '../state/doc';
import { ct } from './chartMessages';

/** A triangle (pilot) centred on (x, y), `size` px tall. */
export function PilotGlyph({ x, y, size = 7 }: { x: number; y: number; size?: number }) {
  const h = size;
  const w = size * 1.1;
  return <path className="glyph glyph-pilot" d={`M${x},${y - h / 2}L${x + w / 2},${y + h / 2}L${x - w / 2},${y + h / 2}Z`} />;
}

/** A disc (learning city) centred on (x, y). */
export function LearningCityGlyph({ x, y, size = 7 }: { x: number; y: number; size?: number }) {
  return <circle className="glyph glyph-lc" cx={x} cy={y} r={size / 2} />;
}

/** The glyphs of a province that apply to it, left to right from `x`. */
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
      {pilot && <PilotGlyph x={x + size / 2} y={y} size={size} />}
      {learningCity && <LearningCityGlyph x={x + size / 2 + (pilot ? step : 0)} y={y} size={size} />}
    </>
  );
}

/** A ring (learning city in the scatter plot, drawn around the point). */
export function LearningCityRing({ x, y, r = 6 }: { x: number; y: number; r?: number }) {
  return <circle className="glyph glyph-ring" cx={x} cy={y} r={r} />;
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
 * radius `r` (`data-shape` says which); a ring around a learning city. No fill of its own: the
 * point inherits its colour from its mark.
 */
export function PointMark({ x, y, r, pilot, learningCity }: { x: number; y: number; r: number; pilot: boolean; learningCity: boolean }) {
  return (
    <>
      <path className="point" data-shape={pilot ? 'pilot' : 'disc'} d={pilot ? trianglePath(x, y, r) : discPath(x, y, r)} />
      {learningCity && <LearningCityRing x={x} y={y} r={r + 2.5} />}
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
