// The learning-city network: layer switches, the world view, the network year with play and the
// count of learning cities, and every pilot, city and partner as a button (keyboard access to
// what the map shows as dots and outlines).
import { memo, useCallback, useId, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { citiesInYear, cityJoined } from '../data/network';
import { NETWORK_FIRST_YEAR, NETWORK_LAST_YEAR, PLACE_LAYERS, type PlaceLayerId } from '../state/doc';
import {
  requestCamera,
  selectPlace,
  selectProvince,
  setNetworkYear,
  store,
  toggleLayer,
  useAtlas,
} from '../state/store';
import { playStart } from '../state/playback';
import { usePlayer } from './usePlayer';
import { useT } from '../i18n/useT';
import { formatYear } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';

const LAYER_LABEL: Record<PlaceLayerId, MessageKey> = {
  pilots: 'layerPilots',
  cities: 'layerCities',
  partners: 'layerPartners',
  links: 'layerLinks',
};

const currentNetworkYear = () => store.getState().doc.network ?? NETWORK_LAST_YEAR;

const NETWORK_YEARS = Array.from({ length: NETWORK_LAST_YEAR - NETWORK_FIRST_YEAR + 1 }, (_, i) => NETWORK_FIRST_YEAR + i);

export const NetworkPanel = memo(function NetworkPanel({ data }: { data: AtlasData }) {
  const lang = useAtlas((s) => s.doc.lang);
  const layers = useAtlas((s) => s.doc.layers);
  const year = useAtlas((s) => s.doc.network ?? NETWORK_LAST_YEAR);
  const place = useAtlas((s) => s.doc.place);
  const tr = useT();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const count = citiesInYear(data.places, year);

  const stop = useCallback(() => setPlaying(false), []);
  usePlayer(playing, NETWORK_YEARS, currentNetworkYear, setNetworkYear, stop);

  return (
    <section className="network-panel" aria-labelledby={`${id}-h`} data-testid="network-panel">
      <h2 id={`${id}-h`}>{tr('network')}</h2>
      <fieldset className="layer-toggles">
        <legend>{tr('layersLabel')}</legend>
        {PLACE_LAYERS.map((l) => (
          <label key={l} className={`layer-toggle layer-${l}`}>
            <input
              type="checkbox"
              checked={layers.includes(l)}
              data-layer={l}
              onChange={(e) => toggleLayer(l, e.target.checked)}
            />
            <span className="layer-glyph" aria-hidden="true" />
            {tr(LAYER_LABEL[l])}
          </label>
        ))}
      </fieldset>
      <div className="view-buttons">
        <button type="button" className="text-button" data-testid="world-view" onClick={() => requestCamera({ kind: 'world' })}>
          {tr('worldView')}
        </button>
        <button type="button" className="text-button" data-testid="thailand-view" onClick={() => requestCamera({ kind: 'fit-thailand' })}>
          {tr('thailandView')}
        </button>
      </div>
      <div className="year-control network-year">
        <button
          type="button"
          className="play-button"
          aria-pressed={playing}
          aria-label={playing ? tr('pause') : tr('playNetwork')}
          title={playing ? tr('pause') : tr('playNetwork')}
          data-testid="network-play"
          onClick={() => {
            if (playing) return setPlaying(false);
            setNetworkYear(playStart(NETWORK_YEARS, year));
            setPlaying(true);
          }}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <label htmlFor={`${id}-y`} className="visually-hidden">
          {tr('networkYear')}
        </label>
        <input
          id={`${id}-y`}
          type="range"
          min={NETWORK_FIRST_YEAR}
          max={NETWORK_LAST_YEAR}
          step={1}
          value={year}
          aria-valuetext={formatYear(year, lang)}
          data-testid="network-slider"
          onChange={(e) => {
            setPlaying(false);
            setNetworkYear(Number(e.target.value));
          }}
        />
        <output className="year-value">{formatYear(year, lang)}</output>
      </div>
      <p className="network-count" aria-live="polite" data-testid="network-count" data-count={count}>
        {count === 1 ? tr('citiesCountOne') : tr('citiesCount', { count })}
      </p>

      <details className="place-lists" data-testid="place-lists">
      <summary>{tr('placeLists')}</summary>
      <h3>{tr('pilotsList')}</h3>
      <ul className="place-list">
        {data.places.pilots.map((p) => (
          <li key={p.iso}>
            <button type="button" className="place-button pilot" data-pilot={p.iso} onClick={() => selectProvince(p.iso)}>
              <span aria-hidden="true">▲ </span>
              {p.name[lang]}
            </button>
          </li>
        ))}
      </ul>
      <h3>{tr('citiesList')}</h3>
      <ul className="place-list">
        {data.places.learningCities.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={`place-button city${cityJoined(c, year) ? '' : ' not-yet'}`}
              data-place={`city:${c.id}`}
              aria-pressed={place === `city:${c.id}`}
              onClick={() => selectPlace(`city:${c.id}`)}
            >
              <span aria-hidden="true">● </span>
              {c.name[lang]} <span className="place-year">{formatYear(c.yearJoined, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
      <h3>{tr('partnersList')}</h3>
      <ul className="place-list">
        {data.places.partners.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="place-button partner"
              data-place={`partner:${p.id}`}
              aria-pressed={place === `partner:${p.id}`}
              onClick={() => selectPlace(`partner:${p.id}`)}
            >
              <span aria-hidden="true">○ </span>
              {p.name[lang]} <span className="place-year">{p.city[lang]}</span>
            </button>
          </li>
        ))}
      </ul>
      </details>
    </section>
  );
});
