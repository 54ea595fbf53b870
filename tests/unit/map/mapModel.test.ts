// The one map model: one state in, and what each renderer draws from it agrees: the deck.gl
// layers (modelLayers) and the SVG map's attributes (svgMapStyle) give every province the same
// fill, dimming and outline.
import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { mapModelOf } from '../../../src/map/mapModel';
import { modelLayers } from '../../../src/map/layers/modelLayers';
import { PROVINCE_HIGHLIGHT_LAYER_ID, PROVINCES_LAYER_ID } from '../../../src/map/layers/provincesLayer';
import { hexColor, outlineStroke, provinceFill, cssColor } from '../../../src/map/svg/svgMapStyle';
import { LEARNING_CITIES_ID } from '../../../src/map/layers/learningCitiesLayer';
import { LINKS_ID } from '../../../src/map/layers/linksLayer';
import { PARTNERS_ID } from '../../../src/map/layers/partnersLayer';
import { PARTNER_INACTIVE, PARTNER_STROKE, SELECTED_RING } from '../../../src/map/layers/placeStyle';
import { linkActive, partnerActive, type LinkSegment } from '../../../src/data/network';
import type { LearningCity, Partner } from '../../../src/data/placeTypes';
import { defaultDoc, type Doc } from '../../../src/state/doc';
import { initialState, type Session } from '../../../src/state/store';
import type { ProvinceCode, ProvinceFeature } from '../../../src/data/types';
import { withUserData } from '../../../src/state/withUserData';
import { data, districtDatasets } from '../districts/fixture';

function state(doc: Partial<Doc>, session: Partial<Session> = {}): [Doc, Session] {
  const s = initialState('en');
  return [{ ...defaultDoc('en'), ...doc }, { ...s.session, ...session }];
}

const byId = (layers: Layer[], id: string): { props: Record<string, unknown> } => {
  const l = layers.find((x) => x.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l as unknown as { props: Record<string, unknown> };
};
type Accessor<T> = (f: ProvinceFeature) => T;

describe('mapModelOf', () => {
  it('gives both renderers the same fills, dimming and outlines', () => {
    const lit = ['TH-10', 'TH-50', 'TH-56'] as ProvinceCode[];
    const [doc, session] = state({ indicator: 'hai', province: ['TH-56'] }, { hover: 'TH-50', highlight: { source: 'legend', codes: lit } });
    const model = mapModelOf(data, doc, session);
    expect(model.view?.indicator.id).toBe('hai');
    const layers = modelLayers(model);
    const fillOf = byId(layers, PROVINCES_LAYER_ID).props.getFillColor as unknown as Accessor<number[]>;
    let dimmed = 0;
    for (const f of data.features) {
      const gl = fillOf(f);
      const svg = provinceFill(f.id, model.fillOf, model.highlighted, model.hover, model.selected);
      expect(svg.fill).toBe(hexColor(gl as [number, number, number, number]));
      expect(svg.opacity).toBeCloseTo((gl[3] as number) / 255);
      expect(model.fillOfProvince(f.id)).toEqual(gl);
      if ((gl[3] as number) < 255) dimmed++;
    }
    // Everything but the three lit provinces is dimmed, in both.
    expect(dimmed).toBe(data.features.length - lit.length);

    // Outlines: the lit, the hovered, then the selection last, with the same widths and colours.
    expect(model.outlined.map((f) => f.id)).toEqual(['TH-10', 'TH-50', 'TH-56']);
    const outline = byId(layers, PROVINCE_HIGHLIGHT_LAYER_ID).props;
    const width = outline.getLineWidth as unknown as Accessor<number>;
    const color = outline.getLineColor as unknown as Accessor<[number, number, number, number]>;
    for (const f of model.outlined) {
      const svg = outlineStroke(f.id, model.hover, model.selected);
      expect(svg.width).toBe(width(f));
      expect(svg.stroke).toBe(cssColor(color(f)));
    }
    expect(width(model.outlined[2]!)).toBe(3);
    expect(width(model.outlined[1]!)).toBe(2);
  });

  it('is memoised: the same object until an input changes', () => {
    const [doc, session] = state({ indicator: 'hai' });
    const a = mapModelOf(data, doc, session);
    expect(mapModelOf(data, { ...doc }, { ...session })).toBe(a);
    const b = mapModelOf(data, { ...doc, province: ['TH-10'] }, session);
    expect(b).not.toBe(a);
    expect(b.selected).toEqual(['TH-10']);
    // Parts that did not change keep their identity (deck.gl compares data by reference).
    expect(b.pilotFeatures).toBe(a.pilotFeatures);
    expect(b.segments).toBe(a.segments);
  });

  it('carries the place layers, network year and the user’s districts and points', () => {
    const [doc, session] = state({ indicator: 'hai', layers: ['partners', 'links'], network: 2019 });
    const model = mapModelOf(withUserData(data, districtDatasets()), doc, session);
    expect(model.layers).toEqual(['partners', 'links']);
    expect(model.networkYear).toBe(2019);
    expect(model.hasDistrictSets).toBe(true);
    expect(model.districts?.features.length).toBeGreaterThan(0);
    const layers = modelLayers(model);
    expect(byId(layers, 'user-districts').props.visible).toBe(true);
    expect(layers.filter((l) => l.props.visible !== false).map((l) => l.id)).toEqual(expect.arrayContaining(['user-districts', 'partners', 'partnership-links']));
    expect(byId(layers, 'pilots-core').props.visible).toBe(false);
  });

  it('gives both renderers the same partners, cities and links (the SVG map reads the model, deck.gl its accessors)', () => {
    const partner = data.places.partners.find((p) => !partnerActive(p, 2019));
    if (!partner) throw new Error('no partner inactive in 2019 in places.json');
    const [doc, session] = state({ layers: ['cities', 'partners', 'links'], network: 2019, place: `partner:${partner.id}` });
    const model = mapModelOf(data, doc, session);
    const layers = modelLayers(model);
    const p = byId(layers, PARTNERS_ID).props;
    for (const x of data.places.partners) {
      const st = model.styleOfPartner(x);
      expect((p.getLineColor as (q: Partner) => unknown)(x)).toEqual(st.stroke);
      expect((p.getLineWidth as (q: Partner) => unknown)(x)).toBe(st.width);
      expect((p.getRadius as (q: Partner) => unknown)(x)).toBe(st.radius);
      if (x !== partner) expect(st.stroke).toEqual(partnerActive(x, 2019) ? PARTNER_STROKE : PARTNER_INACTIVE);
    }
    // The selected partner is ringed even in a year it is not active.
    expect(model.styleOfPartner(partner).stroke).toEqual(SELECTED_RING);
    const c = byId(layers, LEARNING_CITIES_ID).props;
    let joined = 0;
    for (const city of data.places.learningCities) {
      const st = model.styleOfCity(city);
      expect((c.getRadius as (q: LearningCity) => unknown)(city)).toBe(st.radius);
      expect((c.getLineColor as (q: LearningCity) => unknown)(city)).toEqual(st.stroke);
      if (st.radius > 0) joined++;
    }
    expect(joined).toBe(data.places.learningCities.filter((x) => x.yearJoined <= 2019).length);
    const l = byId(layers, LINKS_ID).props;
    for (const seg of model.segments) {
      expect((l.getWidth as (q: LinkSegment) => unknown)(seg)).toBe(model.styleOfLink(seg).width);
      expect(model.styleOfLink(seg).width > 0).toBe(linkActive(seg.link, 2019));
    }
  });
});
