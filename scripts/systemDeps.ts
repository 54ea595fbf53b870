// What the test suite needs from the operating system, and how to get it: a pure plan from what
// was found on this machine, so the decision (install, ask for sudo, or explain) is unit-tested
// and the runner (scripts/ensureSystemDeps.ts) only probes and executes.

/** A system package the tests use, with why, for the message a person reads. */
export interface SystemDep {
  /** Debian package names. */
  apt: readonly string[];
  /** What it is for, in one line. */
  why: string;
  /** How to provide it without apt (macOS, other Linux). */
  elsewhere: string;
  /**
   * The tests run without it, only slower: installed when apt can, otherwise named in a note
   * rather than stopping the run.
   */
  optional?: true;
}

export const SYSTEM_DEPS = {
  chromium: {
    apt: ['chromium'],
    why: 'the end-to-end tests and the bench drive it (never a downloaded browser)',
    elsewhere: 'install Chromium or Chrome and set CHROMIUM_PATH to its executable',
  },
  thaiFont: {
    apt: ['fonts-thai-tlwg'],
    why: 'Thai glyphs in Chromium\'s own UI text and fallbacks (the app ships Sarabun itself)',
    elsewhere: 'install any Thai system font (e.g. Noto Sans Thai)',
  },
  nginx: {
    apt: ['nginx-light'],
    why: 'tests/e2e/nginx.e2e.ts serves the build through examples/nginx.conf',
    elsewhere: 'install nginx and put it on PATH',
  },
  mesaGl: {
    // libegl1 is the EGL loader Chromium's ANGLE opens; it pulls in Mesa's EGL (libegl-mesa0).
    apt: ['libegl1', 'libgl1-mesa-dri'],
    why: 'software WebGL through Mesa\'s llvmpipe, about 3× cheaper than the SwiftShader Chromium falls back to (tests/support/browser.ts)',
    elsewhere: 'nothing needed: the tests fall back to SwiftShader, which is slower',
    optional: true,
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
  /** `note`: optional packages that are missing and will not be installed here. */
  | { kind: 'ready'; note?: string }
  | { kind: 'install'; commands: string[][]; packages: string[] }
  | { kind: 'manual'; missing: DepName[]; message: string };

/** Decides how to provide what is missing; never asks a question (CI has no stdin). */
export function planSystemDeps(probe: Probe): Plan {
  const missing = (Object.keys(SYSTEM_DEPS) as DepName[]).filter((d) => !probe.present[d]);
  if (missing.length === 0) return { kind: 'ready' };
  const packagesOf = (deps: DepName[]) => deps.flatMap((d) => SYSTEM_DEPS[d].apt);
  const packages = packagesOf(missing);
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
  const isOptional = (d: DepName): boolean => 'optional' in SYSTEM_DEPS[d];
  const describe = (d: DepName) => `  - ${SYSTEM_DEPS[d].apt.join(' ')}: ${SYSTEM_DEPS[d].why}.` + (probe.hasApt ? '' : ` Here: ${SYSTEM_DEPS[d].elsewhere}.`);
  const optional = missing.filter(isOptional);
  const note = optional.length === 0 ? undefined : ['Optional packages this machine lacks:', ...optional.map(describe)].join('\n');
  const required = missing.filter((d) => !isOptional(d));
  if (required.length === 0) return { kind: 'ready', note };
  const how = probe.hasApt
    ? `Install them with: sudo apt-get install ${packagesOf(required).join(' ')}  (this script installs them itself when run as root or with password-less sudo)`
    : 'This machine has no apt-get; provide them as described above, then run the tests again.';
  const message = ['The tests need packages this machine lacks:', ...required.map(describe), how, ...(note ? [note] : [])].join('\n');
  return { kind: 'manual', missing: required, message };
}
