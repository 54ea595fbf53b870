// The presenter's window: the current and next slide, the map as the audience sees it, speaker
// notes and a timer. It moves the story with the same keys as the audience window, and the two
// follow each other (useStorySync).
import { useEffect, useState } from 'react';
import { formatNumber } from '../i18n/format';
import { showSlide, useAtlas } from '../state/store';
import { clampSlide } from './slideState';
import { targetSlide, type StoryCommand } from './storyKeys';
import { st } from './storyMessages';
import type { Story } from './storyTypes';
import { SlideCard } from './SlideCard';
import { useStoryKeys } from './useStoryKeys';
import { useStorySync } from './useStorySync';
import { LanguageToggle } from '../panels/LanguageToggle';
import type { AtlasData } from '../data/atlasData';
import { AtlasMap } from '../map/AtlasMap';
import { useT } from '../i18n/useT';
import { useSlideOnMap } from './useSlideOnMap';

function useElapsedSeconds(): [number, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return [
    Math.max(0, Math.floor((now - start) / 1000)),
    () => {
      const t = Date.now();
      setStart(t);
      setNow(t);
    },
  ];
}

interface PresenterViewProps {
  data: AtlasData;
  story: Story;
  storyRef: string;
  dark: boolean;
}

export function PresenterView({ data, story, storyRef, dark }: PresenterViewProps) {
  const tr = useT();
  const lang = useAtlas((s) => s.doc.lang);
  const slideNo = useAtlas((s) => s.doc.slide);
  const count = story.slides.length;
  const n = clampSlide(slideNo, count);
  const slide = story.slides[n - 1] ?? story.slides[0]!;
  const next = story.slides[n];
  const [elapsed, resetTimer] = useElapsedSeconds();
  useStorySync(storyRef);
  useSlideOnMap(slide);

  useEffect(() => {
    document.title = `${st(lang, 'presenterTitle')} · ${story.title[lang]}`;
  }, [lang, story]);

  const run = (command: StoryCommand) => {
    const target = targetSlide(command, n, count);
    if (target !== null) showSlide(target);
  };
  const digits = useStoryKeys(run);
  const mm = formatNumber(Math.floor(elapsed / 60), lang, { minimumIntegerDigits: 2 });
  const ss = formatNumber(elapsed % 60, lang, { minimumIntegerDigits: 2 });

  return (
    <div className="presenter" lang={lang}>
      <header className="presenter-head">
        <h1>
          {st(lang, 'presenterTitle')}: {story.title[lang]}
        </h1>
        <p className="presenter-count" data-testid="presenter-count">
          {digits ? st(lang, 'jumpTo', { digits }) : st(lang, 'slideOf', { n, total: count })}
        </p>
        <p className="presenter-timer">
          {st(lang, 'timer')} <time data-testid="presenter-timer">{mm}:{ss}</time>{' '}
          <button type="button" className="text-button" onClick={resetTimer}>
            {st(lang, 'resetTimer')}
          </button>
        </p>
        <LanguageToggle />
      </header>
      <section className="presenter-current" aria-labelledby="presenter-now">
        <h2 id="presenter-now" className="presenter-label">
          {st(lang, 'current')}
        </h2>
        <SlideCard slide={slide} lang={lang} />
      </section>
      <section className="presenter-map" aria-labelledby="presenter-map">
        <h2 id="presenter-map" className="presenter-label">
          {st(lang, 'onScreen')}
        </h2>
        <AtlasMap data={data} label={tr('mapLabel')} description={tr('mapDescription')} dark={dark} />
      </section>
      <section className="presenter-notes" aria-labelledby="presenter-notes">
        <h2 id="presenter-notes" className="presenter-label">
          {st(lang, 'notes')}
        </h2>
        <p data-testid="presenter-notes-text">{slide.notes?.[lang] ?? st(lang, 'noNotes')}</p>
      </section>
      <section className="presenter-next" aria-labelledby="presenter-next">
        <h2 id="presenter-next" className="presenter-label">
          {st(lang, 'upNext')}
        </h2>
        {next ? <p className="presenter-next-title">{next.title[lang]}</p> : <p>{st(lang, 'endOfStory')}</p>}
      </section>
      <nav className="presenter-bar" aria-label={st(lang, 'storyLabel')}>
        <button type="button" className="story-step" onClick={() => run({ kind: 'previous' })} disabled={n === 1} aria-label={st(lang, 'previous')}>
          ←
        </button>
        <button type="button" className="story-step" onClick={() => run({ kind: 'next' })} disabled={n === count} aria-label={st(lang, 'next')}>
          →
        </button>
        <span>{st(lang, 'presenterHint')}</span>
      </nav>
    </div>
  );
}
