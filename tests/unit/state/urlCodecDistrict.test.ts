// The district key of the URL codec (issue 5, district sets): `district=<datasetId>.<n>` or `off`.
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../src/state/urlCodec';
import { defaultDoc } from '../../../src/state/doc';

const fallback = defaultDoc('en');
const read = (s: string) => decode(new URLSearchParams(s), fallback);

describe('URL codec: district', () => {
  it('reads a dataset and indicator number, and off', () => {
    expect(read('district=mk2ab10.3').district).toBe('mk2ab10.3');
    expect(read('district=OFF').district).toBe('off');
  });

  it('falls back to the default for anything else, never throwing', () => {
    for (const bad of ['', 'x', 'abc.', '.1', 'abc.1.2', 'abc.1000', 'a-b.1', '__proto__.1', 'abc.-1', '%00', 'a'.repeat(21) + '.1']) {
      expect(read(`district=${encodeURIComponent(bad)}`).district).toBeNull();
    }
  });

  it('writes the key only when chosen', () => {
    expect(encode(fallback, fallback).has('district')).toBe(false);
    expect(encode({ ...fallback, district: 'off' }, fallback).get('district')).toBe('off');
  });
});
