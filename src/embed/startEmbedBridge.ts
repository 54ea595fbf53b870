// The postMessage API's shell: listens for `atlas:set` from the parent window (allowed origins
// only), hands each message to the pure validator, applies what passes through the store's
// actions, and reports ready/state/select/resize to the parent. The contract is in README.md.
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import type { Doc } from '../state/doc';
import { encode } from '../state/urlCodec';
import { requestCamera, setIndicator, setLang, setModeFields, setScatterAxes, setSelection, setYear, store } from '../state/store';
import { originAllowed, originsFromConfig, outboundTargets, parseOriginList } from './allowedOrigins';
import { API_VERSION, errorReply, modeState, validateInbound, type AtlasStateMessage, type OutboundMessage, type SetPatch } from './messages';

/**
 * The allow-list: the build's `VITE_ATLAS_ALLOWED_ORIGINS` plus `embed-config.json` beside
 * index.html. `null` (the file could not be read) means no host may send `atlas:set`: when the
 * deployer's list is unknown the API fails closed.
 */
export async function loadAllowList(): Promise<string[] | null> {
  const built = parseOriginList(import.meta.env.VITE_ATLAS_ALLOWED_ORIGINS as string | undefined);
  try {
    const res = await fetch('./embed-config.json', { cache: 'no-cache' });
    if (!res.ok) return null;
    return [...new Set([...built, ...originsFromConfig(await res.json())])];
  } catch {
    return null;
  }
}

/** Address of the same view in the full dashboard (no `embed`, every key written). */
export function dashboardUrl(doc: Doc): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}?${encode({ ...doc, embed: false }).toString()}`;
}

function stateOf(doc: Doc): AtlasStateMessage {
  return { lang: doc.lang, indicator: doc.indicator, year: doc.year, province: [...doc.province], view: doc.view, ...modeState(doc), url: dashboardUrl(doc) };
}

function apply(patch: SetPatch): void {
  if (patch.lang !== undefined) setLang(patch.lang);
  if (patch.indicator !== undefined) setIndicator(patch.indicator);
  if (patch.year !== undefined) setYear(patch.year);
  if (patch.province !== undefined) setSelection(patch.province);
  if (patch.scatter !== undefined) setScatterAxes(...patch.scatter);
  if (patch.modes !== undefined) setModeFields(patch.modes);
  if (patch.view !== undefined) {
    // A host's view is exact and immediate: no flight.
    const v = patch.view;
    requestCamera(v ? { kind: 'view', center: [v.lon, v.lat], zoom: v.zoom, pitch: 0, bearing: 0, motion: { duration: 0, essential: false } } : { kind: 'fit-thailand' });
  }
}

const STATE_DEBOUNCE_MS = 100;
/** The document's keys behind `atlas:state` (the mode keys too: a host shows what the map compares). */
const STATE_KEYS = ['lang', 'indicator', 'year', 'province', 'view', 'compare', 'change', 'bivariate', 'multiples'] as const satisfies readonly (keyof Doc)[];

/** The embedding page's origin where the browser tells us (ancestorOrigins, else the referrer). */
function parentOrigin(): string | null {
  const ancestor = window.location.ancestorOrigins?.[0];
  if (ancestor) return ancestor;
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * The targetOrigin for a message to the parent: an opaque origin (a sandboxed or file: page)
 * serialises as "null", which postMessage rejects with a SyntaxError; the message then goes to
 * the parent window itself ('*'), the only window it is ever posted to.
 */
export function replyTarget(origin: string): string {
  return origin === 'null' ? '*' : origin;
}

/** Starts the API inside an iframe; `measure` is the element whose height the host should give us. */
export function startEmbedBridge(data: AtlasData, allowList: readonly string[] | null, measure: HTMLElement): () => void {
  const parent = window.parent;
  if (parent === window) return () => {};
  const known = { provinces: new Set<string>(data.provinces.map((p) => p.iso)), indicators: new Set(data.indicators.indicators.map((i) => i.id)) };
  const targets = outboundTargets(allowList, parentOrigin());
  const post = (msg: OutboundMessage) => {
    for (const origin of targets) parent.postMessage(msg, replyTarget(origin));
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (allowList === null || !originAllowed(event.origin, allowList)) return;
    const result = validateInbound(event.data, known);
    if (result.kind === 'ignore') return;
    if (result.kind === 'reject') {
      parent.postMessage(errorReply(result.errors), replyTarget(event.origin));
      return;
    }
    apply(result.patch);
  };
  window.addEventListener('message', onMessage);

  let stateTimer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((s, prev) => {
    const d = s.doc;
    const p = prev.doc;
    if (d.province !== p.province) {
      const last = d.province.at(-1) ?? null;
      const province = last ? data.index.byCode(last) : undefined;
      post({
        type: 'atlas:select',
        province: last,
        provinces: [...d.province] as ProvinceCode[],
        name: province ? { th: province.nameTh, en: province.nameEn } : null,
      });
    }
    if (STATE_KEYS.some((k) => d[k] !== p[k])) {
      clearTimeout(stateTimer);
      stateTimer = setTimeout(() => post({ type: 'atlas:state', state: stateOf(store.getState().doc) }), STATE_DEBOUNCE_MS);
    }
  });

  let lastHeight = -1;
  const reportHeight = () => {
    const height = Math.ceil(measure.getBoundingClientRect().height);
    if (height === lastHeight || height <= 0) return;
    lastHeight = height;
    post({ type: 'atlas:resize', height });
  };
  const observer = new ResizeObserver(reportHeight);
  observer.observe(measure);

  post({ type: 'atlas:ready', version: API_VERSION, state: stateOf(store.getState().doc) });
  reportHeight();
  return () => {
    clearTimeout(stateTimer);
    unsubscribe();
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
