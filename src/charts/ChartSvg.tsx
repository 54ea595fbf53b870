// The frame every chart draws in: an <svg> named by its title and described by its text
// alternative, tagged `data-chart` (for export and tests), where focus returns on Escape; and
// the top value axis with grid lines that the bar and region charts share.
import { useId, type ReactNode } from 'react';

interface ChartSvgProps {
  chart: 'rank' | 'regions' | 'scatter' | 'timeseries';
  width: number;
  height: number;
  title: string;
  description: string;
  children: ReactNode;
}

export function ChartSvg({ chart, width, height, title, description, children }: ChartSvgProps) {
  const id = useId();
  return (
    <svg
      data-chart={chart}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      // Escape from the marks lands here (useMarkNav): focusable by script, not a tab stop.
      tabIndex={-1}
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {children}
    </svg>
  );
}

/** Ticks above the plot with vertical grid lines down to its bottom. */
export function TopAxis({
  ticks,
  top,
  bottom,
  format,
}: {
  ticks: readonly { value: number; x: number }[];
  top: number;
  bottom: number;
  format: (v: number) => string;
}) {
  return (
    <g className="axis" aria-hidden="true">
      {/* Keyed by place, moved by a transform: a new indicator's scale renames and moves the
          ticks instead of removing and creating them. */}
      {ticks.map((t, i) => (
        <g key={i} transform={`translate(${t.x},0)`}>
          <line className="grid" y1={top - 4} y2={bottom} />
          <text y={top - 8} textAnchor="middle">
            {format(t.value)}
          </text>
        </g>
      ))}
    </g>
  );
}
