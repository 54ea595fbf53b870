// One slide's words: title, Markdown body (rendered safely, see markdown.ts) and its sources.
import { useMemo } from 'react';
import type { Lang } from '../state/doc';
import { renderMarkdown } from './markdown';
import { st } from './storyMessages';
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
        <p className="slide-sources">
          {st(lang, 'sources')}:{' '}
          {slide.sources.map((s, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.label}
                </a>
              ) : (
                s.label
              )}
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
