// Probes for Chromium, a Thai font, nginx and Mesa's software GL, and installs what is missing with apt where it can
// (root or password-less sudo); elsewhere it stops with a message saying what to install.
// Run first by `npm test` (scripts/test.ts) and so by CI.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CHROMIUM_PATH, hasMesaGl } from '../tests/support/browser.ts';
import { planSystemDeps, SYSTEM_DEPS, type Probe } from './systemDeps.ts';

const ok = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const onPath = (cmd: string) => ok('sh', ['-c', `command -v ${cmd}`]);

/** A Thai font: the Debian package, or any font fontconfig says covers Thai. */
function hasThaiFont(): boolean {
  if (ok('dpkg', ['-s', 'fonts-thai-tlwg'])) return true;
  const r = spawnSync('fc-list', [':lang=th', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

export function probe(): Probe {
  return {
    present: {
      chromium: existsSync(process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH),
      thaiFont: hasThaiFont(),
      nginx: onPath('nginx') || existsSync('/usr/sbin/nginx'),
      mesaGl: hasMesaGl(),
    },
    hasApt: onPath('apt-get'),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasSudo: onPath('sudo') && ok('sudo', ['-n', 'true']),
  };
}

/** Makes the system dependencies present or throws with what to do. */
export function ensureSystemDeps(): void {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen !== undefined && !existsSync(chosen)) {
    throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist: point it at a Chromium executable or unset it to use ${DEFAULT_CHROMIUM_PATH}.`);
  }
  const plan = planSystemDeps(probe());
  if (plan.kind === 'ready') {
    if (plan.note) console.log(plan.note);
    return;
  }
  if (plan.kind === 'manual') throw new Error(plan.message);
  console.log(`Installing ${plan.packages.join(', ')} with apt (needed by the tests)…`);
  for (const [cmd, ...args] of plan.commands) execFileSync(cmd!, args, { stdio: 'inherit' });
  // Judged as if apt were gone: a required package still missing stops the run, an optional one
  // (Mesa) only gets a note, and the tests fall back to SwiftShader.
  const after = planSystemDeps({ ...probe(), hasApt: false });
  if (after.kind === 'manual') {
    throw new Error(`apt-get finished but these are still missing: ${after.missing.flatMap((d) => SYSTEM_DEPS[d].apt).join(', ')}`);
  }
  if (after.kind === 'ready' && after.note) console.log(after.note);
}

// `npm run test:deps` runs just this step.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) ensureSystemDeps();
