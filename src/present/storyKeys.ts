// Keys of the story player, as presentation clickers send them: a pure reducer from a key press
// (and the digits typed so far) to a command. The player and the presenter window share it.

export type StoryCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'goto'; slide: number }
  | { kind: 'fullscreen' }
  | { kind: 'leave' }
  | { kind: 'play' };

export interface KeyResult {
  /** What to do; `null` when the key is not the player's (let the page have it). */
  command: StoryCommand | null;
  /** Digits typed towards "a number then Enter". */
  digits: string;
  /** The key was the player's: prevent the browser's default (scrolling, the map's panning). */
  handled: boolean;
}

export interface KeyMods {
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const MAX_DIGITS = 3;

const MOVES: Record<string, StoryCommand> = {
  ArrowRight: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  PageDown: { kind: 'next' },
  ' ': { kind: 'next' },
  Spacebar: { kind: 'next' },
  ArrowLeft: { kind: 'previous' },
  ArrowUp: { kind: 'previous' },
  PageUp: { kind: 'previous' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
};

/**
 * Maps `key` (KeyboardEvent.key) to a command. Browser shortcuts with Ctrl, Alt or ⌘ are left
 * alone. Esc first clears digits being typed, then leaves.
 */
export function storyKey(key: string, digits: string, mods: KeyMods = {}): KeyResult {
  const none = { command: null, digits, handled: false };
  if (mods.ctrlKey || mods.altKey || mods.metaKey) return none;
  const move = MOVES[key];
  if (move) return { command: move, digits: '', handled: true };
  if (/^[0-9]$/.test(key)) return { command: null, digits: (digits + key).slice(-MAX_DIGITS), handled: true };
  switch (key) {
    case 'Enter': {
      const n = Number(digits);
      if (digits === '' || n < 1) return { command: null, digits: '', handled: digits !== '' };
      return { command: { kind: 'goto', slide: n }, digits: '', handled: true };
    }
    case 'Backspace':
      return digits ? { command: null, digits: digits.slice(0, -1), handled: true } : none;
    case 'Escape':
      return digits ? { command: null, digits: '', handled: true } : { command: { kind: 'leave' }, digits: '', handled: true };
    case 'f':
    case 'F':
      return { command: { kind: 'fullscreen' }, digits: '', handled: true };
    case 'p':
    case 'P':
      return { command: { kind: 'play' }, digits: '', handled: true };
    default:
      return none;
  }
}

/** The slide a move leads to (1-based), clamped to the story; `null` for commands that are not moves. */
export function targetSlide(command: StoryCommand, current: number, count: number): number | null {
  switch (command.kind) {
    case 'next':
      return Math.min(current + 1, count);
    case 'previous':
      return Math.max(current - 1, 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    case 'goto':
      return Math.min(Math.max(command.slide, 1), count);
    case 'fullscreen':
    case 'leave':
    case 'play':
      return null;
    default: {
      const never: never = command;
      throw new Error(`unknown command ${JSON.stringify(never)}`);
    }
  }
}

/** Kiosk mode: the slide after `current`, looping back to the first after the last. */
export function kioskNext(current: number, count: number): number {
  return current >= count ? 1 : current + 1;
}
