import { describe, expect, it } from 'vitest';
import { isSafeLink, renderMarkdown } from '../../../src/present/markdown';

describe('renderMarkdown', () => {
  it('renders bold, italics, links and lists', () => {
    expect(renderMarkdown('**bold** and *it*')).toBe('<p><strong>bold</strong> and <em>it</em></p>\n');
    expect(renderMarkdown('- a\n- b')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n');
    expect(renderMarkdown('1. a\n2. b')).toBe('<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n');
    expect(renderMarkdown('[EEF](https://www.eef.or.th/)')).toBe(
      '<p><a href="https://www.eef.or.th/" target="_blank" rel="noopener noreferrer">EEF</a></p>\n',
    );
  });

  it('escapes <script> and any raw HTML', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nhi <img src=x onerror="alert(1)"> <b>b</b>');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('drops javascript:, data: and protocol-relative links', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//evil.example/']) {
      const html = renderMarkdown(`[x](${href})`);
      expect(html, href).not.toContain('<a');
    }
  });

  it('keeps relative and mail links', () => {
    expect(renderMarkdown('[s](./stories/a.json)')).toContain('href="./stories/a.json"');
    expect(renderMarkdown('[m](mailto:info@eef.or.th)')).toContain('href="mailto:info@eef.or.th"');
  });

  it('does not render headings, quotes, code or images (the subset is small)', () => {
    const html = renderMarkdown('# h\n\n> q\n\n`c`');
    expect(html).not.toMatch(/<h1|<blockquote|<code/);
  });
});

describe('isSafeLink', () => {
  it('allows only http(s), mailto and relative links', () => {
    expect(isSafeLink('https://a.org')).toBe(true);
    expect(isSafeLink('http://a.org')).toBe(true);
    expect(isSafeLink('mailto:a@b.c')).toBe(true);
    expect(isSafeLink('stories/a.json?x=1#y')).toBe(true);
    expect(isSafeLink('/a/b')).toBe(true);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('file:///etc/passwd')).toBe(false);
    expect(isSafeLink('//evil.example')).toBe(false);
  });
});
