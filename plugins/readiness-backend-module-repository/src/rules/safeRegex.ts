import { RE2JS } from 're2js';

/**
 * A regular expression matched by RE2 (linear time in the text's length), so no pattern an
 * adopter writes can stall the backend on a file: there is no backtracking to blow up.
 */
export type SafeRegex = { test(text: string): boolean };

/** Compiles an RE2 pattern; throws with RE2's reason when it is not valid. */
export function compileSafeRegex(pattern: string): SafeRegex {
  const compiled = RE2JS.compile(pattern, RE2JS.MULTILINE);
  return { test: text => compiled.matcher(text).find() };
}
