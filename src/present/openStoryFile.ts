// Opens a story file the user chose or dropped: read, validate against the atlas data, keep it
// in this browser and switch to story mode (where errors, if any, are listed by slide and field).
import type { AtlasData } from '../data/atlasData';
import { openStory } from '../state/store';
import { keepDroppedStory, MAX_STORY_BYTES, parseStory } from './loadStory';
import { storyKnown } from './storyKnown';

/**
 * Opens `file` as a story. With `onlyStories`, a JSON file that is not story-shaped (no `slides`
 * list: a data file meant for import) is left alone and `false` returned.
 */
export async function openStoryFile(file: File, data: AtlasData, onlyStories = false): Promise<boolean> {
  // A story is a few KB of JSON: a bigger file is not read (nor kept), it is shown as unreadable.
  if (file.size > MAX_STORY_BYTES) {
    if (onlyStories) return false;
    openStory(keepDroppedStory(file.name, { ok: false, reason: 'unreadable', detail: `${file.size} bytes > ${MAX_STORY_BYTES}` }));
    return true;
  }
  const text = await file.text();
  if (onlyStories && !/"slides"\s*:\s*\[/.test(text)) return false;
  const known = storyKnown(data.provinces.map((p) => p.iso), data.indicators, data.places);
  openStory(keepDroppedStory(file.name, parseStory(text, known), text));
  return true;
}
