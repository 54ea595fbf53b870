// The one store for app state: `doc` (what a link reproduces) and `session` (this tab only).
// Actions are plain module functions so the map, panels, URL sync and (later) the story player
// and postMessage API all change state the same way.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ProvinceCode } from '../data/types';
import type { CameraTarget } from '../lib/kinds';
import type { UserDataset } from '../data/import/userDataset';
import { modeFields, normaliseModes, type MapMode, type ModeFields } from './mapMode';
import { defaultDoc, PLACE_LAYERS, type ChangeKind, type ClassifyMethod, type Doc, type Lang, type PlaceLayerId, type View } from './doc';

export type { CameraMotion, CameraTarget } from '../lib/kinds';

/** Provinces lit up by the legend (a class) or a chart brush (a range); the rest are dimmed. */
export interface Highlight {
  source: 'legend' | 'brush' | 'story';
  codes: readonly ProvinceCode[];
}

export interface Session {
  /** Province under the pointer or keyboard focus, anywhere in the UI. */
  hover: ProvinceCode | null;
  /**
   * A camera move the map should perform. The sequence number lets the map tell a new request
   * from one it has already carried out; MapLibre, not the store, owns the live camera.
   */
  cameraRequest: { seq: number; target: CameraTarget } | null;
  highlight: Highlight | null;
  /** The year control is animating through the indicator's years. */
  playing: boolean;
  /** Datasets the user imported (import issue); kept in IndexedDB, never sent anywhere. */
  userData: readonly UserDataset[];
  /**
   * Pixels from the window's foot that the phone's bottom sheet covers once open (its height, at
   * least half-open); 0 without a sheet. A camera move keeps its target clear of it.
   */
  sheetCover: number;
}

export interface AtlasState {
  doc: Doc;
  session: Session;
}

export function initialState(lang: Lang): AtlasState {
  return { doc: defaultDoc(lang), session: { hover: null, cameraRequest: null, highlight: null, playing: false, userData: [], sheetCover: 0 } };
}

export const store = createStore<AtlasState>()(() => initialState('th'));

/** React binding: components select primitives or stable references. */
export function useAtlas<T>(selector: (s: AtlasState) => T): T {
  return useStore(store, selector);
}

function setDoc(patch: Partial<Doc>): void {
  store.setState((s) => ({ doc: { ...s.doc, ...patch } }));
}

function setSession(patch: Partial<Session>): void {
  store.setState((s) => ({ session: { ...s.session, ...patch } }));
}

export function replaceDoc(doc: Doc): void {
  store.setState({ doc });
}

export function setLang(lang: Lang): void {
  setDoc({ lang });
}

/**
 * Selects one province (replacing the selection), or toggles it in a multi-selection when
 * `additive`; selecting the only selected province again clears the selection.
 */
export function selectProvince(code: ProvinceCode | null, additive = false): void {
  const current = store.getState().doc.province;
  if (code === null) return setDoc({ province: [] });
  if (additive) {
    setDoc({
      province: current.includes(code) ? current.filter((c) => c !== code) : [...current, code],
    });
    return;
  }
  setDoc({ province: current.length === 1 && current[0] === code ? [] : [code] });
}

/** Replaces the whole selection (a host's `atlas:set`, a story slide). */
export function setSelection(codes: ProvinceCode[]): void {
  setDoc({ province: codes });
}

export function clearSelection(): void {
  setDoc({ province: [] });
}

export function hoverProvince(code: ProvinceCode | null): void {
  if (store.getState().session.hover !== code) setSession({ hover: code });
}

/** Records the camera after the user (or a fly-to) finished moving the map. */
export function commitView(view: View | null): void {
  setDoc({ view });
}

export function requestCamera(target: CameraTarget): void {
  const seq = (store.getState().session.cameraRequest?.seq ?? 0) + 1;
  setSession({ cameraRequest: { seq, target } });
}

/** Shows another indicator; the year is kept and resolved to the nearest year it has. */
export function setIndicator(id: string): void {
  setDoc({ indicator: id });
}

/** Sets the year (CE), or `null` for the indicator's latest. */
export function setYear(year: number | null): void {
  setDoc({ year });
}

export function setClassification(classify: ClassifyMethod, k: number, breaks: number[] = []): void {
  setDoc({ classify, k, breaks: classify === 'manual' ? breaks : [] });
}

export function setScatterAxes(x: string, y: string): void {
  setDoc({ scatter: [x, y] });
}

/** Lights up provinces from the legend or a brush; `null` codes clears that source's highlight. */
export function setHighlight(source: Highlight['source'], codes: readonly ProvinceCode[] | null): void {
  const current = store.getState().session.highlight;
  if (codes === null) {
    if (current?.source === source) setSession({ highlight: null });
    return;
  }
  setSession({ highlight: { source, codes } });
}

export function setPlaying(playing: boolean): void {
  setSession({ playing });
}

/** Shows or hides one place layer; the list stays in canonical order. */
export function toggleLayer(id: PlaceLayerId, on: boolean): void {
  const current = new Set(store.getState().doc.layers);
  if (on) current.add(id);
  else current.delete(id);
  setDoc({ layers: PLACE_LAYERS.filter((l) => current.has(l)) });
}

/** Year of the learning-city network; `null` = the latest. */
export function setNetworkYear(year: number | null): void {
  setDoc({ network: year });
}

/** Selects a learning city or partner (`city:<id>`, `partner:<id>`), or clears with `null`. */
export function selectPlace(id: string | null): void {
  setDoc({ place: id });
}

// Story mode (src/present/): the player and the presenter window move through slides with these.

/** Opens a story (id or same-origin URL) at a slide, 1-based. */
export function openStory(story: string, slide = 1): void {
  setDoc({ story, slide, autoplay: null });
}

/** Shows a slide of the open story, 1-based. */
export function showSlide(slide: number): void {
  if (store.getState().doc.slide !== slide) setDoc({ slide });
}

/** Leaves story mode; the map keeps the last slide's state for exploring. */
export function leaveStory(): void {
  setDoc({ story: null, slide: 1, autoplay: null });
}

/** Kiosk mode: seconds per slide, or `null` to stop looping. */
export function setAutoplay(seconds: number | null): void {
  setDoc({ autoplay: seconds });
}

/** Which district indicator the district layer shows (`<datasetId>.<n>`), `off`, or the default (null). */
export function setDistrict(district: string | null): void {
  setDoc({ district });
}

/**
 * Shows a comparison mode (src/state/mapMode.ts), clearing the others. `compare` is the year to
 * compare with (compare and change; without one those modes cannot be switched on).
 */
export function setMapMode(mode: MapMode, compare: number | null = store.getState().doc.compare, change: ChangeKind = store.getState().doc.change ?? 'diff'): void {
  setDoc(modeFields(mode, compare, change));
}

/** Sets the mode keys as a whole (a host's `atlas:set`), normalised to one mode. */
export function setModeFields(fields: ModeFields): void {
  setDoc(normaliseModes(fields));
}

/** Replaces the user's imported datasets (import panel, restore from IndexedDB). */
export function setUserData(userData: readonly UserDataset[]): void {
  setSession({ userData });
}

/** The bottom sheet reports what it covers (see Session.sheetCover). */
export function setSheetCover(px: number): void {
  if (store.getState().session.sheetCover !== px) setSession({ sheetCover: px });
}
