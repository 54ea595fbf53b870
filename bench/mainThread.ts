// Bench: how long Chromium's renderer main threads ran, and how long they were runnable but
// waited for a CPU, from Linux's per-thread scheduler statistics (/proc/<pid>/task/<tid>/schedstat).
// DevTools' ScriptDuration is wall time inside JS, so on a busy machine it also counts time the
// thread sat descheduled; these two figures tell the cases apart. Linux only: elsewhere, null.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface ThreadTimes {
  /** ms on a CPU. */
  runMs: number;
  /** ms runnable but waiting in a run queue. */
  waitMs: number;
}

interface Proc {
  pid: number;
  ppid: number;
}

function listProcs(): Proc[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so cut at the last ')'.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return [{ pid: Number(d), ppid }];
      } catch {
        return []; // the process ended while we looked
      }
    });
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * Pids of the Chromium renderer processes started by this Node process (the browser Playwright
 * launched, not other Chromiums on the machine). Their main thread's tid is the pid. Empty when
 * /proc is missing.
 */
export function rendererPids(root = process.pid): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  const procs = listProcs();
  const mine = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (mine.has(p.ppid) && !mine.has(p.pid)) {
        mine.add(p.pid);
        grew = true;
      }
    }
  }
  return [...mine].filter((pid) => pid !== root && cmdline(pid).includes('--type=renderer'));
}

/** Summed main-thread times of `pids` (an ended process counts 0), or null without schedstat. */
export function mainThreadTimes(pids: readonly number[]): ThreadTimes | null {
  if (pids.length === 0) return null;
  let runNs = 0;
  let waitNs = 0;
  let read = 0;
  for (const pid of pids) {
    try {
      const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
      runNs += run ?? 0;
      waitNs += wait ?? 0;
      read++;
    } catch {
      // ended, or schedstat not compiled in
    }
  }
  return read === 0 ? null : { runMs: runNs / 1e6, waitMs: waitNs / 1e6 };
}

/** `after − before`, or null when either is missing. */
export function threadTimesDelta(after: ThreadTimes | null, before: ThreadTimes | null): ThreadTimes | null {
  if (after === null || before === null) return null;
  return { runMs: after.runMs - before.runMs, waitMs: after.waitMs - before.waitMs };
}
