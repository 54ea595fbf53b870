// One line above a chart that shows, in words, the mark in focus or under the pointer (else the
// selected one): what a tooltip would, for keyboard, touch and phone users too. Hidden from
// screen readers, which already hear the same text as the focused mark's name. Beside the
// 77-row ranking it is sticky (charts.css), so it stays in view.
import type { ProvinceCode } from '../data/types';
import { useAtlas } from '../state/store';
import { readoutKey } from './keyboardNav';

export function ChartReadout({ text }: { text: string | null }) {
  return (
    <p className="chart-readout" aria-hidden="true">
      {text ?? '\u00a0'}
    </p>
  );
}

/**
 * The readout of a chart whose marks are keyed by province (or by the province's series): it reads
 * the hover itself, so a hover re-renders this line and not the chart. `names`: key → name.
 */
export function HoverReadout({ names, focused, selected }: {
  names: ReadonlyMap<string, string>;
  focused: string | null;
  selected: ReadonlySet<ProvinceCode>;
}) {
  const hover = useAtlas((s) => s.session.hover);
  const key = readoutKey(focused, hover, selected, (c) => (names.has(c) ? c : undefined));
  return <ChartReadout text={key === null ? null : (names.get(key) ?? null)} />;
}
