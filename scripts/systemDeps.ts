// What the test suite needs from the operating system, and how to get it: a pure plan from what
// was found on this machine, so the decision (install, ask for sudo, or explain) is unit-tested
// and the runner (scripts/ensureSystemDeps.ts) only probes and executes.

/** A system package the tests use, with why, for the message a person reads. */
export interface SystemDep {
  /** Debian package name. */
  apt: string;
  /** What it is for, in one line. */
  why: string;
  /** How to provide it without apt (macOS, other Linux). */
  elsewhere: string;
}

export const SYSTEM_DEPS = {
  chromium: {
    apt: 'chromium',
    why: 'the end-to-end tests and the bench drive it (never a downloaded browser)',
    elsewhere: 'install Chromium or Chrome and set CHROMIUM_PATH to its executable',
  },
  thaiFont: {
    apt: 'fonts-thai-tlwg',
    why: 'Thai glyphs in Chromium\'s own UI text and fallbacks (the app ships Sarabun itself)',
    elsewhere: 'install any Thai system font (e.g. Noto Sans Thai)',
  },
  nginx: {
    apt: 'nginx-light',
    why: 'tests/e2e/nginx.e2e.ts serves the build through examples/nginx.conf',
    elsewhere: 'install nginx and put it on PATH',
  },
} as const satisfies Record<string, SystemDep>;

export type DepName = keyof typeof SYSTEM_DEPS;

/** What the probe saw. */
export interface Probe {
  /** Each dependency: present or not. */
  present: Record<DepName, boolean>;
  /** `apt-get` is on PATH (Debian, Ubuntu). */
  hasApt: boolean;
  /** The process runs as root. */
  isRoot: boolean;
  /** `sudo -n true` succeeded (sudo without a password prompt). */
  hasSudo: boolean;
}

export type Plan =
  | { kind: 'ready' }
  | { kind: 'install'; commands: string[][]; packages: string[] }
  | { kind: 'manual'; missing: DepName[]; message: string };

/** Decides how to provide what is missing; never asks a question (CI has no stdin). */
export function planSystemDeps(probe: Probe): Plan {
  const missing = (Object.keys(SYSTEM_DEPS) as DepName[]).filter((d) => !probe.present[d]);
  if (missing.length === 0) return { kind: 'ready' };
  const packages = missing.map((d) => SYSTEM_DEPS[d].apt);
  if (probe.hasApt && (probe.isRoot || probe.hasSudo)) {
    const pre = probe.isRoot ? [] : ['sudo', '-n'];
    return {
      kind: 'install',
      packages,
      commands: [
        [...pre, 'apt-get', 'update', '-qq'],
        [...pre, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
      ],
    };
  }
  const lines = missing.map((d) => `  - ${SYSTEM_DEPS[d].apt}: ${SYSTEM_DEPS[d].why}.` + (probe.hasApt ? '' : ` Here: ${SYSTEM_DEPS[d].elsewhere}.`));
  const how = probe.hasApt
    ? `Install them with: sudo apt-get install ${packages.join(' ')}  (this script installs them itself when run as root or with password-less sudo)`
    : 'This machine has no apt-get; provide them as described above, then run the tests again.';
  return { kind: 'manual', missing, message: ['The tests need packages this machine lacks:', ...lines, how].join('\n') };
}
