// Memoises a function on the identity of its last arguments, so selectors return the same
// reference (and React/deck.gl skip work) until an input really changes.

export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let last: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) {
      return last;
    }
    lastArgs = args;
    last = fn(...args);
    return last;
  };
}
