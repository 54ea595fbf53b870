// One line above a chart that shows, in words, the mark in focus or under the pointer (else the
// selected one): what a tooltip would, for keyboard, touch and phone users too. Hidden from
// screen readers, which already hear the same text as the focused mark's name. Beside the
// 77-row ranking it is sticky (charts.css), so it stays in view.

export function ChartReadout({ text }: { text: string | null }) {
  return (
    <p className="chart-readout" aria-hidden="true">
      {text ?? '\u00a0'}
    </p>
  );
}

