// The native tooltip of a chart mark: a <title> on a <g> inside the focusable mark rather than on
// the mark itself. On the mark, Chrome also reads the <title> as its description, so a screen
// reader would hear the name twice (its aria-label, then the same text again). Hidden from the
// accessibility tree: the mark's own name says it all, and a time-series line's tooltip group
// would otherwise sit among the options.
import type { ReactNode } from 'react';

export function MarkTooltip({ text, children }: { text: string | undefined; children: ReactNode }) {
  return (
    <g aria-hidden="true">
      {text !== undefined && <title>{text}</title>}
      {children}
    </g>
  );
}
