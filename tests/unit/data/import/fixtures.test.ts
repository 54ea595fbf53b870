import { describe, expect, it } from 'vitest';
import { binaryBytes, fixtureFiles } from '../../../fixtures/import/make';
import { fixture } from './importContext';

describe('committed import fixtures', () => {
  it('are what tests/fixtures/import/make.ts writes (the legacy files come from iconv-lite)', () => {
    for (const [name, bytes] of Object.entries(fixtureFiles())) expect(Buffer.from(fixture(name)).equals(bytes), name).toBe(true);
    expect(Buffer.from(fixture('binary-renamed.csv')).equals(binaryBytes())).toBe(true);
  });
});
