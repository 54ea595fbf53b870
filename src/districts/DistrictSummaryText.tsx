// The district layer's screen-reader sentence, beside the map's own summary (MapSummaryText).
import type { DistrictView } from '../state/districtView';
import { useAtlas } from '../state/store';
import { districtSummary } from './districtSummary';

export function DistrictSummaryText({ view }: { view: DistrictView }) {
  const lang = useAtlas((s) => s.doc.lang);
  return (
    <p className="visually-hidden" data-testid="district-summary" data-district={view.choice} aria-live="polite">
      {districtSummary(view, lang)}
    </p>
  );
}
