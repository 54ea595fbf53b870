// `npm test`: every test, from a machine that has only Node and `npm ci` done. Installs the
// system packages the browser tests need (scripts/ensureSystemDeps.ts), then runs typecheck and
// lint side by side (each is one single-threaded process: on a 2-core machine together they take
// about as long as the longer one), unit tests, the production build and the end-to-end suite, and
// prints each step's time (CI reads the e2e and total times from here).
import { spawn } from 'node:child_process';
import { ensureSystemDeps } from './ensureSystemDeps.ts';

interface Step {
  name: string;
  /** npm script to run, or a function. */
  run: string | (() => void);
}

/** Steps in order; the steps of one group run at the same time. */
const STEPS: Step[][] = [
  [{ name: 'system packages', run: ensureSystemDeps }],
  [
    { name: 'typecheck', run: 'typecheck' },
    { name: 'lint', run: 'lint' },
  ],
  [{ name: 'unit', run: 'test:unit' }],
  [{ name: 'build', run: 'build' }],
  [{ name: 'e2e', run: 'test:e2e' }],
];

/**
 * Runs an npm script. `buffered`: its output is held and printed in one piece when it ends (steps
 * running side by side do not interleave their lines); otherwise it goes straight to the terminal.
 */
function npmRun(script: string, buffered: boolean, header: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: buffered ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
    const out: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (buffered) process.stdout.write(Buffer.concat([Buffer.from(`\n▶ ${header}\n`), ...out]));
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs one step; resolves with why it failed, or null. */
async function runStep(step: Step, buffered: boolean, header: string): Promise<string | null> {
  try {
    if (typeof step.run === 'string') {
      const code = await npmRun(step.run, buffered, header);
      return code === 0 ? null : `${step.name} (exit ${code})`;
    }
    step.run();
    return null;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return step.name;
  }
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(9);

async function main(): Promise<number> {
  const start = performance.now();
  const times: [string, number][] = [];
  let failed: string | null = null;
  for (const group of STEPS) {
    const t0 = performance.now();
    const buffered = group.length > 1;
    const results = await Promise.all(
      group.map(async (step) => {
        const header = buffered ? `${step.name} (side by side with ${group.filter((s) => s !== step).map((s) => s.name).join(', ')})` : step.name;
        if (!buffered) console.log(`\n▶ ${header}`);
        const why = await runStep(step, buffered, header);
        times.push([step.name, performance.now() - t0]);
        return why;
      }),
    );
    failed = results.find((r) => r !== null) ?? null;
    if (failed) break;
  }
  console.log('\nstep              time');
  for (const [name, ms] of times) console.log(`${name.padEnd(16)}${fmt(ms)}`);
  console.log(`${'total'.padEnd(16)}${fmt(performance.now() - start)}`);
  if (failed) console.error(`\nnpm test failed at: ${failed}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
