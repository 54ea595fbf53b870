// The district UI as lazy components: its code and strings load with the first district set,
// never with the entry chunk.
import { lazy } from 'react';

export const DistrictLegend = lazy(() => import('../districts/DistrictLegend').then((m) => ({ default: m.DistrictLegend })));
export const DistrictTooltip = lazy(() => import('../districts/DistrictTooltip').then((m) => ({ default: m.DistrictTooltip })));
export const DistrictSummaryText = lazy(() => import('../districts/DistrictSummaryText').then((m) => ({ default: m.DistrictSummaryText })));
