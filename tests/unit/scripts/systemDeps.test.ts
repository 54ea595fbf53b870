import { describe, expect, it } from 'vitest';
import { planSystemDeps, type Probe } from '../../../scripts/systemDeps.ts';

const all = { chromium: true, thaiFont: true, nginx: true, mesaGl: true };
const probe = (over: Partial<Omit<Probe, 'present'>> & { present?: Partial<Probe['present']> }): Probe => ({
  hasApt: true,
  isRoot: false,
  hasSudo: false,
  ...over,
  present: { ...all, ...over.present },
});

describe('planSystemDeps', () => {
  it('is ready when everything is present, whatever the machine', () => {
    expect(planSystemDeps(probe({ hasApt: false }))).toEqual({ kind: 'ready' });
  });

  it('installs only what is missing with apt as root, update first, no prompt', () => {
    const plan = planSystemDeps(probe({ isRoot: true, present: { chromium: false, nginx: false } }));
    expect(plan).toEqual({
      kind: 'install',
      packages: ['chromium', 'nginx-light'],
      commands: [
        ['apt-get', 'update', '-qq'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'nginx-light'],
      ],
    });
  });

  it('uses password-less sudo when not root', () => {
    const plan = planSystemDeps(probe({ hasSudo: true, present: { thaiFont: false } }));
    expect(plan.kind).toBe('install');
    if (plan.kind !== 'install') return;
    for (const c of plan.commands) expect(c.slice(0, 2)).toEqual(['sudo', '-n']);
    expect(plan.packages).toEqual(['fonts-thai-tlwg']);
  });

  it('explains the apt command when it cannot install itself', () => {
    const plan = planSystemDeps(probe({ present: { chromium: false } }));
    expect(plan.kind).toBe('manual');
    if (plan.kind !== 'manual') return;
    expect(plan.missing).toEqual(['chromium']);
    expect(plan.message).toContain('sudo apt-get install chromium');
    expect(plan.message).not.toContain('nginx');
  });

  it('installs the optional Mesa packages with the others when it can', () => {
    const plan = planSystemDeps(probe({ isRoot: true, present: { nginx: false, mesaGl: false } }));
    expect(plan.kind).toBe('install');
    if (plan.kind !== 'install') return;
    expect(plan.packages).toEqual(['nginx-light', 'libegl1', 'libgl1-mesa-dri']);
    expect(plan.commands[1]!.slice(-3)).toEqual(['nginx-light', 'libegl1', 'libgl1-mesa-dri']);
  });

  it('runs without an optional package it cannot install, and says so', () => {
    const plan = planSystemDeps(probe({ hasApt: false, present: { mesaGl: false } }));
    expect(plan.kind).toBe('ready');
    if (plan.kind !== 'ready') return;
    expect(plan.note).toContain('libegl1 libgl1-mesa-dri');
    expect(plan.note).toContain('SwiftShader');
  });

  it('asks only for the required packages, and notes the optional ones', () => {
    const plan = planSystemDeps(probe({ present: { chromium: false, mesaGl: false } }));
    expect(plan.kind).toBe('manual');
    if (plan.kind !== 'manual') return;
    expect(plan.missing).toEqual(['chromium']);
    expect(plan.message).toContain('sudo apt-get install chromium  (');
    expect(plan.message).toContain('Optional packages this machine lacks:\n  - libegl1 libgl1-mesa-dri');
  });

  it('says how to provide each package where there is no apt', () => {
    const plan = planSystemDeps(probe({ hasApt: false, isRoot: true, present: { chromium: false, nginx: false } }));
    expect(plan.kind).toBe('manual');
    if (plan.kind !== 'manual') return;
    expect(plan.message).toContain('CHROMIUM_PATH');
    expect(plan.message).toContain('nginx');
    expect(plan.message).not.toContain('apt-get install');
  });
});
