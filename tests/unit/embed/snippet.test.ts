import { describe, expect, it } from 'vitest';
import { dashboardUrlOf, embedUrlOf, hostCspLine, iframeSnippet, scriptSnippet } from '../../../src/embed/snippet';

const page = 'https://atlas.example.org/th/?lang=en&indicator=density&province=TH-56#x';

describe('embed snippets', () => {
  it('turns a dashboard URL into its embed URL and back, keeping the view', () => {
    const e = embedUrlOf(page);
    expect(e).toBe('https://atlas.example.org/th/?lang=en&indicator=density&province=TH-56&embed=1');
    expect(dashboardUrlOf(e)).toBe('https://atlas.example.org/th/?lang=en&indicator=density&province=TH-56');
  });

  it('writes an iframe with escaped attributes and no inline style', () => {
    const s = iframeSnippet('https://a.org/?x="><script>', 'Map "A" & <b>');
    expect(s).toContain('src="https://a.org/?x=&quot;&gt;&lt;script&gt;"');
    expect(s).toContain('title="Map &quot;A&quot; &amp; &lt;b&gt;"');
    expect(s).not.toContain('style=');
    expect(s).toMatch(/^<iframe [^<]*><\/iframe>$/);
  });

  it('writes the script version with embed.js beside the app, and the host CSP line', () => {
    const e = embedUrlOf(page);
    expect(scriptSnippet(e, 'Atlas')).toBe(
      `<script src="https://atlas.example.org/th/embed.js" defer></script>\n<atlas-map src="${e.replace(/&/g, '&amp;')}" label="Atlas"></atlas-map>`,
    );
    expect(hostCspLine(e, false)).toBe('frame-src https://atlas.example.org');
    expect(hostCspLine(e, true)).toBe('frame-src https://atlas.example.org; script-src https://atlas.example.org');
  });
});
