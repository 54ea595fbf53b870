// `npm test`: every test, from a machine that has only Node and `npm ci` done. Installs the
// system packages the browser tests need (scripts/ensureSystemDeps.ts), then runs typecheck,
// lint, unit tests, the production build and the end-to-end suite, and prints each step's time
// (CI reads the e2e and total times from here).
import { spawn } from 'node:child_process';
import { ensureSystemDeps } from './ensureSystemDeps.ts';

interface Step {
  name: string;
  /** npm script to run, or a function. */
  run: string | (() => void);
}

const STEPS: Step[] = [
  { name: 'system packages', run: ensureSystemDeps },
  { name: 'typecheck', run: 'typecheck' },
  { name: 'lint', run: 'lint' },
  { name: 'unit', run: 'test:unit' },
  { name: 'build', run: 'build' },
  { name: 'e2e', run: 'test:e2e' },
];

function npmRun(script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(9);

async function main(): Promise<number> {
  const start = performance.now();
  const times: [string, number][] = [];
  let failed: string | null = null;
  for (const step of STEPS) {
    const t0 = performance.now();
    console.log(`\n▶ ${step.name}`);
    try {
      if (typeof step.run === 'string') {
        const code = await npmRun(step.run);
        if (code !== 0) failed = `${step.name} (exit ${code})`;
      } else {
        step.run();
      }
    } catch (e) {
      console.error(e instanceof Error ? e.message : e);
      failed = step.name;
    }
    times.push([step.name, performance.now() - t0]);
    if (failed) break;
  }
  console.log('\nstep              time');
  for (const [name, ms] of times) console.log(`${name.padEnd(16)}${fmt(ms)}`);
  console.log(`${'total'.padEnd(16)}${fmt(performance.now() - start)}`);
  if (failed) console.error(`\nnpm test failed at: ${failed}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
