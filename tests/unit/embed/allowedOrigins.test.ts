import { describe, expect, it } from 'vitest';
import { normaliseOrigin, originAllowed, originsFromConfig, outboundTargets, parseOriginList } from '../../../src/embed/allowedOrigins';

describe('embed allow-list', () => {
  it('normalises configured origins and drops junk', () => {
    expect(normaliseOrigin('https://www.unesco.org/path?q=1')).toBe('https://www.unesco.org');
    expect(normaliseOrigin('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(normaliseOrigin('javascript:alert(1)')).toBeNull();
    expect(normaliseOrigin('*')).toBeNull();
    expect(parseOriginList(' https://a.org, https://b.org  https://a.org/x ,nope')).toEqual(['https://a.org', 'https://b.org']);
    expect(parseOriginList(undefined)).toEqual([]);
  });

  it('reads embed-config.json defensively', () => {
    expect(originsFromConfig({ allowedOrigins: ['https://a.org', 5, 'bad'] })).toEqual(['https://a.org']);
    expect(originsFromConfig({ allowedOrigins: 'https://a.org' })).toEqual([]);
    expect(originsFromConfig(null)).toEqual([]);
  });

  it('an empty list allows any parent; a list allows exactly its origins', () => {
    expect(originAllowed('https://evil.example', [])).toBe(true);
    expect(originAllowed('https://a.org', ['https://a.org'])).toBe(true);
    expect(originAllowed('https://a.org.evil.example', ['https://a.org'])).toBe(false);
    expect(originAllowed('http://a.org', ['https://a.org'])).toBe(false);
    expect(originAllowed('null', ['https://a.org'])).toBe(false);
  });

  it('sends outbound messages only where they may go', () => {
    expect(outboundTargets([], 'https://x.org')).toEqual(['*']);
    expect(outboundTargets(['https://a.org', 'https://b.org'], 'https://b.org')).toEqual(['https://b.org']);
    expect(outboundTargets(['https://a.org'], 'https://evil.example')).toEqual([]);
    expect(outboundTargets(['https://a.org', 'https://b.org'], null)).toEqual(['https://a.org', 'https://b.org']);
    expect(outboundTargets(null, 'https://a.org')).toEqual([]);
  });
});
