// The audience window of story mode: the live map beside the slide's words in large type, a
// progress bar and the controls. Each slide is applied through the store's actions; the map stays
// explorable, and the next key press after exploring brings the slide's view back.
import { useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { AtlasMap } from '../map/AtlasMap';
import { Legend } from '../panels/Legend';
import { LanguageToggle } from '../panels/LanguageToggle';
import { mapViewOf } from '../state/changeView';
import { leaveStory, showSlide, store, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { clampSlide, leftSlide } from './slideState';
import { useSlideOnMap } from './useSlideOnMap';
import { kioskNext, targetSlide, type StoryCommand } from './storyKeys';
import { st } from './storyMessages';
import type { Story } from './storyTypes';
import { SlideCard } from './SlideCard';
import { StoryLocator } from './StoryLocator';
import { useStoryKeys } from './useStoryKeys';
import { useStorySync } from './useStorySync';
import { PRESENTER_WINDOW } from './presenterWindow';

function toggleFullscreen(): void {
  // Browsers refuse full screen without a user gesture; nothing to report to the audience then.
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function openPresenter(slide: number): void {
  const params = new URLSearchParams(window.location.search);
  params.set('slide', String(slide));
  params.delete('autoplay');
  window.open(`${window.location.pathname}?${params.toString()}`, PRESENTER_WINDOW, 'popup,width=1200,height=760');
}

interface StoryPlayerProps {
  data: AtlasData;
  story: Story;
  storyRef: string;
  dark: boolean;
  narrow: boolean;
}

export function StoryPlayer({ data, story, storyRef, dark, narrow }: StoryPlayerProps) {
  const tr = useT();
  const lang = useAtlas((s) => s.doc.lang);
  const slideNo = useAtlas((s) => s.doc.slide);
  const autoplay = useAtlas((s) => s.doc.autoplay);
  const view = useAtlas((s) => mapViewOf(data.indicators, s.doc));
  const count = story.slides.length;
  const n = clampSlide(slideNo, count);
  const slide = story.slides[n - 1] ?? story.slides[0]!;
  const off = useAtlas((s) => leftSlide(s.doc, slide));
  /** Bumped to apply the current slide again (back from exploring). */
  const [applied, setApplied] = useState(0);
  const [touchedMap, setTouchedMap] = useState(false);
  const [playing, setPlayingState] = useState(autoplay !== null);
  // The interval reads this ref, so a key press stops the loop at once, even if a tick is already
  // queued before React re-renders and clears the interval.
  const playingRef = useRef(playing);
  const setPlaying = (next: boolean | ((p: boolean) => boolean)) => {
    const value = typeof next === 'function' ? next(playingRef.current) : next;
    playingRef.current = value;
    setPlayingState(value);
  };
  const explored = off || touchedMap;
  useStorySync(storyRef);

  useEffect(() => {
    if (slideNo !== n) showSlide(n);
  }, [slideNo, n]);

  useSlideOnMap(slide, applied, () => setTouchedMap(false));

  useEffect(() => {
    if (autoplay === null || !playing) return;
    const timer = setInterval(() => {
      if (playingRef.current) showSlide(kioskNext(clampSlide(store.getState().doc.slide, count), count));
    }, autoplay * 1000);
    return () => clearInterval(timer);
  }, [autoplay, playing, count]);

  // Kiosk: any key or touch pauses (P plays again).
  useEffect(() => {
    if (autoplay === null) return;
    const pause = (e: Event) => {
      if (e instanceof KeyboardEvent && (e.key === 'p' || e.key === 'P')) return;
      setPlaying(false);
    };
    window.addEventListener('keydown', pause);
    window.addEventListener('pointerdown', pause);
    return () => {
      window.removeEventListener('keydown', pause);
      window.removeEventListener('pointerdown', pause);
    };
  }, [autoplay]);

  const run = (command: StoryCommand) => {
    switch (command.kind) {
      case 'leave':
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        leaveStory();
        return;
      case 'fullscreen':
        toggleFullscreen();
        return;
      case 'play':
        if (autoplay !== null) setPlaying((p) => !p);
        return;
      default: {
        if (autoplay !== null) setPlaying(false);
        // After exploring, a step forward or back first returns to the slide the audience left.
        if (explored && (command.kind === 'next' || command.kind === 'previous')) {
          setApplied((a) => a + 1);
          return;
        }
        const target = targetSlide(command, n, count);
        if (target !== null) showSlide(target);
      }
    }
  };
  const digits = useStoryKeys(run);
  const titleId = 'story-slide-title';

  return (
    <div className="story" lang={lang}>
      <section className="story-panel" aria-label={st(lang, 'storyLabel')}>
        <p className="story-title">{story.title[lang]}</p>
        <SlideCard slide={slide} lang={lang} id={titleId} />
        {explored && (
          <p className="story-explored">
            {st(lang, 'explored')}{' '}
            <button type="button" className="text-button" onClick={() => setApplied((a) => a + 1)}>
              {st(lang, 'backToSlide')}
            </button>
          </p>
        )}
        {autoplay !== null && (
          <p className="story-kiosk" role="status">
            {playing ? st(lang, 'kioskPlaying', { seconds: autoplay }) : st(lang, 'kioskPaused')}{' '}
            {!playing && (
              <button type="button" className="text-button" onClick={() => setPlaying(true)}>
                {st(lang, 'kioskPlay')}
              </button>
            )}
          </p>
        )}
        <p className="story-keys">{st(lang, 'keysHelp')}</p>
      </section>
      <div
        className="story-map"
        onPointerDown={() => setTouchedMap(true)}
        onWheel={() => setTouchedMap(true)}
      >
        <AtlasMap data={data} label={tr('mapLabel')} description={tr('mapDescription')} dark={dark} />
        {/* Folded unless the slide is about an indicator: it would hide the places the slide shows. */}
        {view && <Legend view={view} file={data.indicators} compact={narrow || slide.indicator === undefined} />}
        {/* A province slide frames the province and its neighbours: the inset keeps Thailand in view. */}
        {slide.camera?.kind === 'province' && !explored && <StoryLocator data={data} code={slide.camera.code} lang={lang} />}
      </div>
      <nav className="story-bar" aria-label={st(lang, 'storyLabel')}>
        <button type="button" className="story-step" onClick={() => run({ kind: 'previous' })} disabled={n === 1 && !explored} aria-label={st(lang, 'previous')}>
          ←
        </button>
        <div className="story-progress-wrap">
          <span className="story-count" data-testid="story-count">
            {digits ? st(lang, 'jumpTo', { digits }) : st(lang, 'slideOf', { n, total: count })}
          </span>
          <div
            className="story-progress"
            role="progressbar"
            aria-label={st(lang, 'progress')}
            aria-valuemin={1}
            aria-valuemax={count}
            aria-valuenow={n}
            aria-valuetext={st(lang, 'slideOf', { n, total: count })}
          >
            <span style={{ width: `${(n / count) * 100}%` }} />
          </div>
        </div>
        <button type="button" className="story-step" onClick={() => run({ kind: 'next' })} disabled={n === count && !explored} aria-label={st(lang, 'next')}>
          →
        </button>
        <div className="story-actions">
          <LanguageToggle />
          <button type="button" className="text-button story-wide-only" data-testid="open-presenter" onClick={() => openPresenter(n)}>
            {st(lang, 'presenter')}
          </button>
          <button type="button" className="text-button story-wide-only" onClick={toggleFullscreen}>
            {st(lang, 'fullScreen')}
          </button>
          <button type="button" className="text-button" onClick={() => run({ kind: 'leave' })}>
            {st(lang, 'leave')}
          </button>
        </div>
      </nav>
      <p className="visually-hidden" aria-live="polite">
        {st(lang, 'slideOf', { n, total: count })}: {slide.title[lang]}
      </p>
    </div>
  );
}
