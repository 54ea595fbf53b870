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

/** The glyphs of a province, left to right from `x`. */
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

/** "▲ EEF learning-city pilot ● UNESCO learning city", drawn with the same shapes as the chart. */
export function GlyphKey({ lang }: { lang: Lang }) {
  return (
    <p className="chart-key">
      <span>
        <svg width="10" height="10" aria-hidden="true" focusable="false">
          <PilotGlyph x={5} y={5} size={8} />
        </svg>
        {ct(lang, 'keyPilot')}
      </span>
      <span>
        <svg width="10" height="10" aria-hidden="true" focusable="false">
          <LearningCityGlyph x={5} y={5} size={8} />
        </svg>
        {ct(lang, 'keyLearningCity')}
      </span>
    </p>
  );
}
