// The slides' short Markdown: bold, italics, links and lists, rendered to HTML that cannot carry
// script. markdown-it escapes all raw HTML (`html: false`) and every other block is switched off;
// links pass only when they are http(s), mailto or a relative path on this site.
import MarkdownIt from 'markdown-it';

/** A link that may leave the slide: web, mail, or relative (no scheme such as `javascript:`). */
export function isSafeLink(url: string): boolean {
  const u = url.trim();
  if (/^(https?:\/\/|mailto:)/i.test(u)) return true;
  // A scheme is letters then ':' before any '/', '?' or '#'; relative paths have none.
  return !/^[^/?#]*:/.test(u) && !u.startsWith('//');
}

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false });
md.enable(['emphasis', 'link', 'list', 'escape', 'entity', 'newline']);
md.validateLink = isSafeLink;

const renderToken = md.renderer.renderToken.bind(md.renderer);
md.renderer.rules.link_open = (tokens, idx, options) => {
  const token = tokens[idx];
  // Opening a link must not navigate the projector away from the story.
  token?.attrSet('target', '_blank');
  token?.attrSet('rel', 'noopener noreferrer');
  return renderToken(tokens, idx, options);
};

/** Renders slide Markdown to HTML safe for `innerHTML`. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
