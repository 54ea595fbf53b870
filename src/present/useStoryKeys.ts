// The player's and presenter window's keyboard: one capture listener on the window, so a clicker's
// arrows move the story even when the map has focus (the map stays explorable by pointer and +/−).
import { useEffect, useRef, useState } from 'react';
import { storyKey, type StoryCommand } from './storyKeys';

/** Fields where keys are typing, not commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range'].includes(target.type);
}

/** Calls `onCommand` for each story key; returns the digits typed towards "number then Enter". */
export function useStoryKeys(onCommand: (command: StoryCommand) => void): string {
  const [digits, setDigits] = useState('');
  const digitsRef = useRef('');
  const handlerRef = useRef(onCommand);
  useEffect(() => {
    handlerRef.current = onCommand;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const r = storyKey(e.key, digitsRef.current, e);
      if (r.digits !== digitsRef.current) {
        digitsRef.current = r.digits;
        setDigits(r.digits);
      }
      if (!r.handled) return;
      e.preventDefault();
      e.stopPropagation();
      if (r.command) handlerRef.current(r.command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return digits;
}
