// The lint rules that keep the layers visible (eslint.config.js): imports go down the folder table,
// and every .ts module is pure unless its folder or name says it is shell. Checked by linting
// snippets as if they lived at given paths, so a loosened rule fails here.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function rules(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('imports go down', () => {
  it('refuses a low folder importing a higher one, and allows the other way', async () => {
    expect(await rules("import { store } from '../state/store';\nexport const x = store;\n", 'src/data/probe.ts')).toContain('layers/imports-go-down');
    expect(await rules("import { App } from '../app/App';\nexport const x = App;\n", 'src/map/probe.tsx')).toContain('layers/imports-go-down');
    expect(await rules("export const x = () => import('../present/openStoryFile');\n", 'src/import/probe.ts')).toContain('layers/imports-go-down');
    expect(await rules("import { store } from '../state/store';\nexport const x = store;\n", 'src/map/probe.ts')).not.toContain('layers/imports-go-down');
    expect(await rules("import { classify } from '../../data/classify';\nexport const x = classify;\n", 'src/map/svg/probe.ts')).not.toContain('layers/imports-go-down');
  });
});

describe('pure by default', () => {
  const impure = "export const x = () => [document.title, Date.now(), new Date(), fetch('/x')];\n";
  it('refuses the DOM, the clock and the network in any .ts module', async () => {
    for (const path of ['src/data/probe.ts', 'src/app/probe.ts', 'src/map/probe.ts', 'src/panels/probe.ts', 'src/newFolder/probe.ts']) {
      expect(await rules(impure, path)).toEqual(expect.arrayContaining(['no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax']));
    }
  });

  it('lets a module be shell by its folder or name', async () => {
    for (const path of ['src/app/useProbe.ts', 'src/map/useProbe.ts', 'src/data/loadProbe.ts', 'src/state/startProbe.ts', 'src/export/probeDom.ts', 'src/map/probeController.ts', 'src/import/probeWorker.ts', 'src/map/Probe.tsx']) {
      const found = await rules(impure, path);
      expect(found.filter((r) => r.startsWith('no-restricted')), path).toEqual([]);
    }
  });
});
