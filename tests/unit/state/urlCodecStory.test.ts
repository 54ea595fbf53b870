// The story keys of the URL codec: story, slide, autoplay (issue 7).
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../src/state/urlCodec';
import { defaultDoc } from '../../../src/state/doc';

const fallback = defaultDoc('en');
const read = (q: string) => decode(new URLSearchParams(q), fallback);

describe('URL codec: story mode', () => {
  it('reads a story id or a same-site path, with its slide and kiosk seconds', () => {
    expect(read('story=learning-city-thailand&slide=4&autoplay=20')).toMatchObject({ story: 'learning-city-thailand', slide: 4, autoplay: 20 });
    expect(read('story=./my/story.json').story).toBe('./my/story.json');
    expect(read('story=/stories/x.json').story).toBe('/stories/x.json');
    expect(read('story=http://127.0.0.1:4173/x.json').story).toBe('http://127.0.0.1:4173/x.json');
  });

  it('falls back on bad values, key by key', () => {
    expect(read('story=javascript:alert(1)').story).toBeNull();
    expect(read('story=//evil.example/x.json').story).toBeNull();
    expect(read('story=Bad%20Id').story).toBeNull();
    expect(read('story=s&slide=0').slide).toBe(1);
    expect(read('story=s&slide=-2').slide).toBe(1);
    expect(read('story=s&slide=2.5').slide).toBe(1);
    expect(read('story=s&slide=abc').slide).toBe(1);
    expect(read('story=s&autoplay=1').autoplay).toBeNull();
    expect(read('story=s&autoplay=99999').autoplay).toBeNull();
  });

  it('writes slide and autoplay only with a story, and skips slide 1', () => {
    expect(encode({ ...fallback, story: 's', slide: 1 }, fallback).toString()).toBe('lang=en&story=s');
    expect(encode({ ...fallback, story: 's', slide: 3, autoplay: 10 }, fallback).toString()).toBe('lang=en&story=s&slide=3&autoplay=10');
    expect(encode({ ...fallback, slide: 3, autoplay: 10 }, fallback).toString()).toBe('lang=en');
  });
});
