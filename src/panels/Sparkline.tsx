// A small line of one province's values over the years against the whole kingdom (dashed).
import { useMemo } from 'react';
import { sparklineLayout, type SparkPoint } from './sparklineLayout';

interface Props {
  points: readonly SparkPoint[];
  national: readonly SparkPoint[];
  year: number;
  label: string;
  width?: number;
  height?: number;
  /** A value domain shared with the sparklines beside it (sharedSparkDomain); default its own. */
  domain?: readonly [number, number] | null;
}

export function Sparkline({ points, national, year, label, width = 240, height = 48, domain }: Props) {
  const layout = useMemo(
    () => (domain === undefined ? sparklineLayout(points, national, year, width, height) : sparklineLayout(points, national, year, width, height, 4, domain)),
    [points, national, year, width, height, domain],
  );
  if (!layout) return null;
  return (
    <svg className="sparkline" width={width} height={height} role="img" aria-label={label} data-testid="sparkline">
      <path d={layout.nationalPath} className="spark-national" />
      <path d={layout.path} className="spark-line" />
      {layout.dot && <circle cx={layout.dot.x} cy={layout.dot.y} r={3} className="spark-dot" />}
    </svg>
  );
}
