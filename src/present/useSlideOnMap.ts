// Puts a slide on the map through the store's actions: its document (indicator, layers, selection),
// its lit-up provinces and its camera. The audience window and the presenter window both call it,
// so the presenter sees the map the audience sees. Leaving the story drops the slide's highlight.
import { useEffect } from 'react';
import { replaceDoc, requestCamera, setHighlight, store } from '../state/store';
import { slideCamera, slideDoc, slideHighlight } from './slideState';
import type { Slide } from './storyTypes';

/** Applies `slide` whenever it or `applied` (a counter bumped to apply it again) changes. */
export function useSlideOnMap(slide: Slide, applied = 0, onApplied?: () => void): void {
  useEffect(() => {
    replaceDoc(slideDoc(store.getState().doc, slide));
    setHighlight('story', slideHighlight(slide));
    requestCamera(slideCamera(slide.camera));
    onApplied?.();
    // onApplied is a notification, not an input: a new function each render must not re-apply.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slide, applied]);
  useEffect(() => () => setHighlight('story', null), []);
}
