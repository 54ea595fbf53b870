// Partnership links as great-circle arcs from Thai cities to the partners abroad; links not yet
// made (or ended) in the network year have zero width.
import { ArcLayer } from '@deck.gl/layers';
import type { LinkSegment } from '../../data/network';
import { linkStyle } from '../featureStyle';

export const LINKS_ID = 'partnership-links';

export interface LinksInput {
  segments: readonly LinkSegment[];
  visible: boolean;
  year: number;
}

export function linksLayer(input: LinksInput): ArcLayer<LinkSegment> {
  const { year } = input;
  return new ArcLayer<LinkSegment>({
    id: LINKS_ID,
    data: input.segments as LinkSegment[],
    visible: input.visible,
    pickable: false,
    // Flat great circles: the true shortest path, which also reads well in a top-down view.
    greatCircle: true,
    getHeight: 0,
    widthUnits: 'pixels',
    getSourcePosition: (s) => s.source,
    getTargetPosition: (s) => s.target,
    getSourceColor: (s) => linkStyle(s, year).from,
    getTargetColor: (s) => linkStyle(s, year).to,
    getWidth: (s) => linkStyle(s, year).width,
    updateTriggers: { getWidth: [year] },
  });
}
