import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, cspMeta } from '../../../deploy/csp';

describe('the production CSP', () => {
  it('has no unsafe-inline, unsafe-eval or third-party origin', () => {
    for (const [, value] of CSP_DIRECTIVES) {
      expect(value).not.toMatch(/unsafe-(inline|eval)|wasm-unsafe|https?:|\*/);
    }
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspHeader()).toBe(`${cspMeta()}; frame-ancestors *`);
  });

  it('is what examples/nginx.conf sends', () => {
    const conf = readFileSync('examples/nginx.conf', 'utf8');
    const sent = /add_header Content-Security-Policy "([^"]+)" always;/.exec(conf)?.[1];
    expect(sent).toBe(cspHeader());
  });
});
