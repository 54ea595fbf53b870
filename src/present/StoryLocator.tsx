// The locator inset of a province slide: a small map of Thailand with the slide's province filled
// and ringed, so the audience keeps its bearings while the big map shows the province and its
// neighbours. Plain SVG from the province geometry (locatorLayout), so it is the same under the
// WebGL and the SVG renderer; its text alternative names the province.
import { useMemo } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import type { Lang } from '../state/doc';
import { locatorLayout } from './locatorLayout';
import { st } from './storyMessages';

export function StoryLocator({ data, code, lang }: { data: AtlasData; code: ProvinceCode; lang: Lang }) {
  const province = data.index.byCode(code);
  const layout = useMemo(() => (province ? locatorLayout(data.features, province) : null), [data, province]);
  if (!province || !layout) return null;
  const label = st(lang, 'locator', { province: lang === 'th' ? province.nameTh : province.nameEn });
  const titleId = `story-locator-title-${code}`;
  return (
    <svg
      className="story-locator"
      data-testid="story-locator"
      data-iso={code}
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${layout.size.width} ${layout.size.height}`}
    >
      <title id={titleId}>{label}</title>
      {layout.provinces.map((p) => (
        <path key={p.code} d={p.d} className={p.code === layout.marked ? 'locator-marked' : 'locator-province'} data-iso={p.code} />
      ))}
      <circle className="locator-ring" cx={layout.ring.cx} cy={layout.ring.cy} r={layout.ring.r} />
    </svg>
  );
}
