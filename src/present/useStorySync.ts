// Keeps the audience window and the presenter window on the same slide, both ways, over a
// BroadcastChannel (same origin, no server). A slide received is not sent back.
import { useEffect } from 'react';
import { showSlide, store } from '../state/store';

const CHANNEL = 'atlas-story';

interface SlideMessage {
  type: 'atlas:story-slide';
  story: string;
  slide: number;
}

function isSlideMessage(m: unknown): m is SlideMessage {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  return o.type === 'atlas:story-slide' && typeof o.story === 'string' && Number.isInteger(o.slide) && (o.slide as number) >= 1;
}

export function useStorySync(story: string): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    /** The slide just received, so the store change it causes is not echoed. */
    let received: number | null = null;
    channel.onmessage = (e: MessageEvent<unknown>) => {
      const m = e.data;
      if (!isSlideMessage(m) || m.story !== story || store.getState().doc.slide === m.slide) return;
      received = m.slide;
      showSlide(m.slide);
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.doc.slide === prev.doc.slide || s.doc.story !== story) return;
      if (s.doc.slide === received) {
        received = null;
        return;
      }
      received = null;
      channel.postMessage({ type: 'atlas:story-slide', story, slide: s.doc.slide } satisfies SlideMessage);
    });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [story]);
}
