// Story mode, loaded lazily when the URL names a story: load and validate the story, then show
// the audience player, or the presenter view in the window the player opened for it.
import { useEffect, useMemo, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { leaveStory, useAtlas } from '../state/store';
import { loadStory, type StoryLoad } from './loadStory';
import { formatStoryError, st } from './storyMessages';
import { storyKnown } from './storyKnown';
import { StoryPlayer } from './StoryPlayer';
import { PresenterView } from './PresenterView';
import { PRESENTER_WINDOW } from './presenterWindow';
import './story.css';

interface StoryModeProps {
  data: AtlasData;
  /** Dark colour scheme for the basemap (the app shell decides, with its high-contrast switch). */
  dark: boolean;
  narrow: boolean;
}

export default function StoryMode({ data, dark, narrow }: StoryModeProps) {
  const ref = useAtlas((s) => s.doc.story);
  const lang = useAtlas((s) => s.doc.lang);
  const known = useMemo(() => storyKnown(data.provinces.map((p) => p.iso), data.indicators, data.places), [data]);
  const [load, setLoad] = useState<{ ref: string; result: StoryLoad } | null>(null);

  useEffect(() => {
    if (!ref) return;
    const abort = new AbortController();
    loadStory(ref, known, abort.signal).then(
      (result) => setLoad({ ref, result }),
      () => undefined,
    );
    return () => abort.abort();
  }, [ref, known]);

  if (!ref) return null;
  if (!load || load.ref !== ref) {
    return (
      <p className="loading" role="status">
        {st(lang, 'loadingStory')}
      </p>
    );
  }
  const { result } = load;
  if (!result.ok) {
    return (
      <main className="story-failed" lang={lang}>
        <h1>{st(lang, 'storyFailed', { story: ref })}</h1>
        {result.reason === 'invalid' ? (
          <ul data-testid="story-errors">
            {result.errors.map((e, i) => (
              <li key={i}>{formatStoryError(e, lang)}</li>
            ))}
          </ul>
        ) : (
          <p>
            {result.reason === 'not-same-origin'
              ? st(lang, 'storyNotSameOrigin')
              : result.reason === 'dropped'
                ? st(lang, 'storyDropped')
                : st(lang, 'storyNotFound', { detail: result.detail })}
          </p>
        )}
        <button type="button" className="text-button" onClick={leaveStory}>
          {st(lang, 'backToMap')}
        </button>
      </main>
    );
  }
  return window.name === PRESENTER_WINDOW ? (
    <PresenterView data={data} story={result.story} storyRef={ref} dark={dark} />
  ) : (
    <StoryPlayer data={data} story={result.story} storyRef={ref} dark={dark} narrow={narrow} />
  );
}
