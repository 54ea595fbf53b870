// The shell between the store and the address bar: decode on start, replaceState (debounced) on
// change, decode again on popstate. Everything that can fail lives in the pure codec.
import { decode, encode, type Known } from './urlCodec';
import { replaceDoc, store, type AtlasState } from './store';
import type { Doc } from './doc';

const DEBOUNCE_MS = 150;

/**
 * Starts syncing; returns the cleanup. `knownOf` gives, from the state at the time of decoding,
 * the codes and ids that exist (others fall back to defaults).
 */
export function startUrlSync(fallback: Doc, knownOf: (s: AtlasState) => Known): () => void {
  const read = () => replaceDoc(decode(new URLSearchParams(window.location.search), fallback, knownOf(store.getState())));
  read();

  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = window.location.search;
  const write = (doc: Doc) => {
    const search = `?${encode(doc, fallback).toString()}`;
    if (search === last) return;
    last = search;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.doc === prev.doc) return;
    clearTimeout(timer);
    timer = setTimeout(() => write(s.doc), DEBOUNCE_MS);
  });
  const onPop = () => {
    last = window.location.search;
    read();
  };
  window.addEventListener('popstate', onPop);
  write(store.getState().doc);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
