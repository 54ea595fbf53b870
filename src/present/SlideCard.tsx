// One slide's words: title, Markdown body (rendered safely, see markdown.ts) and its sources.
import { useMemo } from 'react';
import type { Lang } from '../state/doc';
import { PlaceSources } from '../panels/PlaceSources';
import { renderMarkdown } from './markdown';
import type { Slide } from './storyTypes';

export function SlideCard({ slide, lang, id }: { slide: Slide; lang: Lang; id?: string }) {
  const body = slide.body?.[lang] ?? '';
  // markdown-it escapes raw HTML and drops unsafe links, so this HTML carries no script.
  const html = useMemo(() => renderMarkdown(body), [body]);
  return (
    <article className="slide-card" lang={lang} {...(id ? { 'aria-labelledby': id } : {})}>
      <h2 id={id}>{slide.title[lang]}</h2>
      {body && <div className="slide-body" dangerouslySetInnerHTML={{ __html: html }} />}
      {slide.sources && slide.sources.length > 0 && (
        <div className="slide-sources">
          <PlaceSources sources={slide.sources} />
        </div>
      )}
    </article>
  );
}
