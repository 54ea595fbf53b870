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
}

export function Sparkline({ points, national, year, label, width = 240, height = 48 }: Props) {
  const layout = useMemo(() => sparklineLayout(points, national, year, width, height), [points, national, year, width, height]);
  if (!layout) return null;
  return (
    <svg className="sparkline" width={width} height={height} role="img" aria-label={label} data-testid="sparkline">
      <path d={layout.nationalPath} className="spark-national" />
      <path d={layout.path} className="spark-line" />
      {layout.dot && <circle cx={layout.dot.x} cy={layout.dot.y} r={3} className="spark-dot" />}
    </svg>
  );
}
