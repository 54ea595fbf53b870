// The one map model: a pure, memoised selector from (data, doc, session) to what any renderer
// draws: the indicator view behind the fills, hover, selection and the lit provinces (with the
// outlined features in drawing order), the place layers and their year, the selected place, the
// user's points and districts, and the province, place and link styles bound to that state. The
// WebGL map and the SVG map both draw from it, so they cannot select different slices of the store.
import type { AtlasData } from '../data/atlasData';
import type { UserDataset } from '../data/import/userDataset';
import { linkSegments, type LinkSegment } from '../data/network';
import type { LearningCity, Partner } from '../data/placeTypes';
import type { ProvinceCode, ProvinceFeature } from '../data/types';
import { memoLast } from '../lib/memo';
import { districtViewOf, type DistrictView } from '../state/districtView';
import { NETWORK_LAST_YEAR, type Doc, type PlaceLayerId } from '../state/doc';
import { makeIndicatorViewOf, type IndicatorView } from '../state/indicatorView';
import { mapViewOf } from '../state/changeView';
import { bivariateViewOf, type BivariateView } from '../state/bivariateView';
import { effectiveMode } from '../state/mapMode';
import type { Session } from '../state/store';
import {
  cityStyle,
  linkStyle,
  partnerStyle,
  provinceFillColor,
  provinceOutline,
  type OutlineStyle,
  type PlaceStyle,
  type ProvinceStyleState,
} from './featureStyle';
import type { RGBA } from './palette';
import { highlightFeatures } from './selectors';

export interface MapModel extends ProvinceStyleState {
  data: AtlasData;
  /** The view on the map (its colours fill the provinces; in change mode the change), or null: plain land. */
  view: IndicatorView | null;
  /** The bivariate map's pair and classes when that mode shows (its colours fill the provinces), else null. */
  bivariate: BivariateView | null;
  highlighted: ReadonlySet<ProvinceCode> | null;
  /** Lit, hovered and selected provinces' features, the selection last (drawn on top). */
  outlined: readonly ProvinceFeature[];
  layers: readonly PlaceLayerId[];
  /** Year of the learning-city network shown. */
  networkYear: number;
  /** The selected learning city or partner (`city:<id>`, `partner:<id>`). */
  place: string | null;
  pilotFeatures: readonly ProvinceFeature[];
  segments: readonly LinkSegment[];
  /** The user's imported point sets. */
  points: readonly { id: string; positions: Float32Array }[];
  /** The user's district layer, or null. */
  districts: DistrictView | null;
  /** True when any imported dataset is a district set (the district legend shows). */
  hasDistrictSets: boolean;
  /** A province's fill (alpha: dimming), the same for every renderer. */
  fillOfProvince: (code: ProvinceCode) => RGBA;
  outlineOfProvince: (code: ProvinceCode) => OutlineStyle;
  /** A learning city's dot in the network year (radius 0: not joined yet), the selected one ringed. */
  styleOfCity: (city: LearningCity) => PlaceStyle;
  /** A partner's ring, grey when not active in the network year. */
  styleOfPartner: (partner: Partner) => PlaceStyle;
  /** A partnership link's colours and width (0: not in the network year). */
  styleOfLink: (segment: LinkSegment) => ReturnType<typeof linkStyle>;
}

const placesOf = memoLast((data: AtlasData) => ({
  pilotFeatures: data.places.pilots.flatMap((p) => data.featureByCode.get(p.iso) ?? []),
  segments: linkSegments(data.places),
}));

const userLayersOf = memoLast((userData: readonly UserDataset[]) => ({
  points: userData.flatMap((d) => d.points ?? []),
  hasDistrictSets: userData.some((d) => d.districts),
}));

const highlightSetOf = memoLast((codes: readonly ProvinceCode[] | null) => (codes ? new Set<ProvinceCode>(codes) : null));
const outlinedOf = memoLast(highlightFeatures);

const buildModel = (
    data: AtlasData,
    view: IndicatorView | null,
    bivariate: BivariateView | null,
    hover: ProvinceCode | null,
    selected: readonly ProvinceCode[],
    highlightCodes: readonly ProvinceCode[] | null,
    layers: readonly PlaceLayerId[],
    networkYear: number,
    place: string | null,
    userData: readonly UserDataset[],
    districts: DistrictView | null,
  ): MapModel => {
    const highlighted = highlightSetOf(highlightCodes);
    const style: ProvinceStyleState = { hover, selected, fillOf: fillOfMode(view, bivariate), highlighted };
    return {
      data,
      view,
      bivariate,
      ...style,
      highlighted,
      outlined: outlinedOf(data.featureByCode, hover, selected, highlightCodes ?? []),
      layers,
      networkYear,
      place,
      ...placesOf(data),
      ...userLayersOf(userData),
      districts,
      fillOfProvince: (code) => provinceFillColor(code, style),
      outlineOfProvince: (code) => provinceOutline(code, hover, selected),
      styleOfCity: (c) => cityStyle(c, networkYear, place),
      styleOfPartner: (p) => partnerStyle(p, networkYear, place),
      styleOfLink: (s) => linkStyle(s, networkYear),
    };
  };
const build = memoLast(buildModel);

/**
 * The seam for fills that are not one indicator's choropleth: the mode's colour of a province
 * (bivariate classes), else the indicator's classes, else none (plain land).
 */
function fillOfMode(view: IndicatorView | null, bivariate: BivariateView | null): ((code: ProvinceCode) => RGBA) | undefined {
  return bivariate?.colorOf ?? view?.colorOf;
}

/** The model's inputs after the fills: the same for every map of a state. */
function stateInputs(data: AtlasData, doc: Doc, session: Session) {
  return [
    session.hover,
    doc.province,
    session.highlight?.codes ?? null,
    doc.layers,
    doc.network ?? NETWORK_LAST_YEAR,
    doc.place,
    data.datasets,
    districtViewOf(data.datasets, doc),
  ] as const;
}

/** The map model of a state; the same object until one of its inputs changes. */
export function mapModelOf(data: AtlasData, doc: Doc, session: Session): MapModel {
  const view = mapViewOf(data.indicators, doc);
  const bivariate = effectiveMode(doc, view?.indicator.years.length ?? 0) === 'bivariate' ? bivariateViewOf(data.indicators, doc) : null;
  return build(data, view, bivariate, ...stateInputs(data, doc, session));
}

/**
 * A map model selector of its own for a map showing another year than the document's (compare
 * mode): memoised apart from the shared one, so two maps do not evict each other's model.
 */
export function makeYearModelOf(): (data: AtlasData, doc: Doc, session: Session, year: number) => MapModel {
  const viewOf = makeIndicatorViewOf();
  const buildOwn = memoLast(buildModel);
  return (data, doc, session, year) =>
    buildOwn(data, viewOf(data.indicators, doc.year === year ? doc : { ...doc, year }), null, ...stateInputs(data, doc, session));
}
