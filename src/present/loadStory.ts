// Loads a story for the player: an id under stories/, a same-origin URL, or a file the user
// dropped on the page (kept in memory for this tab). Validation is the pure validateStory.
import type { StoryKnown, Story } from './storyTypes';
import { validateStory, type StoryError } from './validateStory';

export type StoryLoad =
  | { ok: true; story: Story }
  | { ok: false; reason: 'not-same-origin' | 'dropped' | 'unreadable'; detail: string }
  | { ok: false; reason: 'invalid'; errors: StoryError[] };

/** Prefix of `story=` values that name a dropped file (it cannot be fetched again). */
export const DROPPED_PREFIX = 'file-';

const dropped = new Map<string, StoryLoad>();

/**
 * Keeps a dropped file's story (or its errors, shown by the player) for this tab; returns the
 * `story=` value that opens it.
 */
export function keepDroppedStory(fileName: string, load: StoryLoad): string {
  const slug = fileName.toLowerCase().replace(/\.json$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'story';
  const key = `${DROPPED_PREFIX}${slug}`.slice(0, 60).replace(/-+$/, '');
  dropped.set(key, load);
  return key;
}

/** Reads and validates a story file's text (a dropped file). */
export function parseStory(text: string, known: StoryKnown): StoryLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
  const r = validateStory(raw, known);
  return r.ok ? r : { ok: false, reason: 'invalid', errors: r.errors };
}

/** Fetches and validates the story `ref` names (the URL's `story` value). */
export async function loadStory(ref: string, known: StoryKnown, signal?: AbortSignal): Promise<StoryLoad> {
  const kept = dropped.get(ref);
  if (kept) return kept;
  if (ref.startsWith(DROPPED_PREFIX)) return { ok: false, reason: 'dropped', detail: ref };
  const isId = /^[a-z0-9][a-z0-9-]*$/.test(ref);
  const url = new URL(isId ? `stories/${ref}.json` : ref, document.baseURI);
  if (url.origin !== window.location.origin) return { ok: false, reason: 'not-same-origin', detail: url.href };
  try {
    const res = await fetch(url, signal ? { signal } : {});
    if (!res.ok) return { ok: false, reason: 'unreadable', detail: `${res.status} ${url.pathname}` };
    return parseStory(await res.text(), known);
  } catch (e) {
    if (signal?.aborted) throw e;
    return { ok: false, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
}
