// Loads a story for the player: an id or a URL under the app's stories/ folder, or a file the user
// dropped on the page (kept in memory, and its text in IndexedDB so a reload, the offline app and
// the presenter window find it too). Validation is the pure validateStory.
import { get, set } from 'idb-keyval';
import type { StoryKnown, Story } from './storyTypes';
import { validateStory, type StoryError } from './validateStory';

export type StoryLoad =
  | { ok: true; story: Story }
  | { ok: false; reason: 'not-same-origin' | 'dropped' | 'unreadable'; detail: string }
  | { ok: false; reason: 'invalid'; errors: StoryError[] };

/** Prefix of `story=` values that name a dropped file (it cannot be fetched again). */
export const DROPPED_PREFIX = 'file-';

const dropped = new Map<string, StoryLoad>();

/** IndexedDB key of the dropped stories' texts, by `story=` value (re-validated when read). */
const STORED = 'atlas:dropped-stories:v1';
/** Largest story file read or kept (bytes): a deck of slides is a few KB. */
export const MAX_STORY_BYTES = 1024 * 1024;
/** The newest few are kept: a presenter's own decks, not an archive. */
const KEEP = 8;

/**
 * Keeps a dropped file's story (or its errors, shown by the player) for this tab, and its text
 * in this browser; returns the `story=` value that opens it.
 */
export function keepDroppedStory(fileName: string, load: StoryLoad, text?: string): string {
  const slug = fileName.toLowerCase().replace(/\.json$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'story';
  const key = `${DROPPED_PREFIX}${slug}`.slice(0, 60).replace(/-+$/, '');
  dropped.set(key, load);
  // Only a valid story is stored, and only a small one: storage is not for broken or huge files.
  const stored = load.ok ? (text ?? JSON.stringify(load.story)) : undefined;
  if (stored !== undefined && stored.length <= MAX_STORY_BYTES) void remember(key, stored);
  return key;
}

async function remember(key: string, text: string): Promise<void> {
  try {
    const all = await storedStories();
    delete all[key];
    const kept = Object.entries({ ...all, [key]: text }).slice(-KEEP);
    await set(STORED, Object.fromEntries(kept));
  } catch {
    // Storage blocked (private window): the story still plays in this tab.
  }
}

async function storedStories(): Promise<Record<string, string>> {
  const value: unknown = await get(STORED);
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
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
  if (ref.startsWith(DROPPED_PREFIX)) {
    const text = await storedStories().then((all) => all[ref], () => undefined);
    return text === undefined ? { ok: false, reason: 'dropped', detail: ref } : parseStory(text, known);
  }
  const isId = /^[a-z0-9][a-z0-9-]*$/.test(ref);
  const url = new URL(isId ? `stories/${ref}.json` : ref, document.baseURI);
  // Only the app's own stories/ folder: a link must not make the player fetch any other file of
  // the site (a user upload area, a data file) and show it as slides.
  const folder = new URL('stories/', document.baseURI);
  if (url.origin !== folder.origin || !url.pathname.startsWith(folder.pathname)) return { ok: false, reason: 'not-same-origin', detail: url.href };
  try {
    const res = await fetch(url, signal ? { signal } : {});
    if (!res.ok) return { ok: false, reason: 'unreadable', detail: `${res.status} ${url.pathname}` };
    return parseStory(await res.text(), known);
  } catch (e) {
    if (signal?.aborted) throw e;
    return { ok: false, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
}
