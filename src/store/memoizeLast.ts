/** Remembers the last call: returns the same result while every argument is the same object. */
export function memoizeLast<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args: Args) => {
    if (lastArgs && args.length === lastArgs.length && args.every((arg, i) => Object.is(arg, lastArgs![i])))
      return lastResult;
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}
