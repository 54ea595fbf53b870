import { describe, expect, it } from 'vitest';
import { kioskNext, storyKey, targetSlide } from '../../../src/present/storyKeys';

const cmd = (key: string, digits = '', mods = {}) => storyKey(key, digits, mods).command;

describe('storyKey', () => {
  it('moves on with the keys clickers send, and back', () => {
    for (const k of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(cmd(k)).toEqual({ kind: 'next' });
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(cmd(k)).toEqual({ kind: 'previous' });
    expect(cmd('Home')).toEqual({ kind: 'first' });
    expect(cmd('End')).toEqual({ kind: 'last' });
    expect(storyKey('PageDown', '').handled).toBe(true);
  });

  it('jumps with a number then Enter', () => {
    let r = storyKey('1', '');
    expect(r).toEqual({ command: null, digits: '1', handled: true });
    r = storyKey('2', r.digits);
    expect(r.digits).toBe('12');
    expect(storyKey('Enter', r.digits)).toEqual({ command: { kind: 'goto', slide: 12 }, digits: '', handled: true });
    expect(storyKey('Backspace', '12').digits).toBe('1');
    // Enter without digits belongs to the focused button.
    expect(storyKey('Enter', '')).toEqual({ command: null, digits: '', handled: false });
    expect(storyKey('Enter', '0').command).toBeNull();
    expect(storyKey('9', '1234').digits).toBe('349');
  });

  it('goes full screen with F, plays with P, and leaves with Esc after clearing digits', () => {
    expect(cmd('f')).toEqual({ kind: 'fullscreen' });
    expect(cmd('F')).toEqual({ kind: 'fullscreen' });
    expect(cmd('p')).toEqual({ kind: 'play' });
    expect(storyKey('Escape', '4')).toEqual({ command: null, digits: '', handled: true });
    expect(cmd('Escape')).toEqual({ kind: 'leave' });
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(storyKey('ArrowRight', '', { altKey: true })).toEqual({ command: null, digits: '', handled: false });
    expect(storyKey('f', '', { ctrlKey: true }).handled).toBe(false);
    expect(storyKey('r', '', { metaKey: true }).handled).toBe(false);
    expect(storyKey('Tab', '').handled).toBe(false);
    expect(storyKey('x', '7')).toEqual({ command: null, digits: '7', handled: false });
  });
});

describe('targetSlide', () => {
  it('clamps moves to the story', () => {
    expect(targetSlide({ kind: 'next' }, 15, 15)).toBe(15);
    expect(targetSlide({ kind: 'next' }, 3, 15)).toBe(4);
    expect(targetSlide({ kind: 'previous' }, 1, 15)).toBe(1);
    expect(targetSlide({ kind: 'first' }, 9, 15)).toBe(1);
    expect(targetSlide({ kind: 'last' }, 2, 15)).toBe(15);
    expect(targetSlide({ kind: 'goto', slide: 40 }, 2, 15)).toBe(15);
    expect(targetSlide({ kind: 'fullscreen' }, 2, 15)).toBeNull();
  });

  it('loops the kiosk back to the first slide', () => {
    expect(kioskNext(14, 15)).toBe(15);
    expect(kioskNext(15, 15)).toBe(1);
  });
});
