// The story editor light, in explore mode: add the current view as a slide (with a title),
// download the slides as a story file, open a story file, or play the draft.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { openStory, store, useAtlas } from '../state/store';
import { draftStory, slideFromDoc } from './storyDraft';
import { keepDroppedStory } from './loadStory';
import { openStoryFile } from './openStoryFile';
import { st } from './storyMessages';
import type { Slide } from './storyTypes';
import './story.css';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has started from the click; the object URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export default function StoryDraft({ data, onClose }: { data: AtlasData; onClose: () => void }) {
  const lang = useAtlas((s) => s.doc.lang);
  const [slides, setSlides] = useState<Slide[]>([]);
  const [title, setTitle] = useState('');
  const [storyTitle, setStoryTitle] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  const story = useMemo(() => draftStory(slides, storyTitle.trim() || st(lang, 'draftDefaultTitle')), [slides, storyTitle, lang]);

  useEffect(() => titleRef.current?.focus(), []);

  const add = () => {
    const t = title.trim() || st(lang, 'draftSlideTitle', { n: slides.length + 1 });
    setSlides((s) => [...s, slideFromDoc(store.getState().doc, t)]);
    setTitle('');
  };

  return (
    <section className="story-draft" aria-labelledby="story-draft-title" lang={lang}>
      <h2 id="story-draft-title">{st(lang, 'draftTitle')}</h2>
      <label>
        {st(lang, 'draftStoryName')}
        <input type="text" value={storyTitle} onChange={(e) => setStoryTitle(e.target.value)} />
      </label>
      <label>
        {st(lang, 'draftSlideName')}
        <input ref={titleRef} type="text" value={title} onChange={(e) => setTitle(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
      </label>
      <button type="button" className="text-button" data-testid="draft-add" onClick={add}>
        {st(lang, 'draftAdd')}
      </button>
      <p data-testid="draft-count">{st(lang, 'draftCount', { count: slides.length })}</p>
      {slides.length > 0 && (
        <ol className="story-draft-list">
          {slides.map((s, i) => (
            <li key={i}>{s.title.en}</li>
          ))}
        </ol>
      )}
      <div className="story-draft-actions">
        <button type="button" className="text-button" data-testid="draft-download" disabled={slides.length === 0} onClick={() => download(`${story.id}.json`, `${JSON.stringify(story, null, 2)}\n`)}>
          {st(lang, 'draftDownload')}
        </button>
        <button type="button" className="text-button" disabled={slides.length === 0} onClick={() => openStory(keepDroppedStory(`${story.id}.json`, { ok: true, story }))}>
          {st(lang, 'draftPlay')}
        </button>
        <label className="text-button story-draft-file">
          {st(lang, 'draftOpen')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="draft-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void openStoryFile(file, data);
            }}
          />
        </label>
        <button type="button" className="text-button" onClick={onClose}>
          {st(lang, 'draftClose')}
        </button>
      </div>
      <p className="story-draft-hint">{st(lang, 'draftHint')}</p>
    </section>
  );
}
