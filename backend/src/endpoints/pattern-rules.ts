import { JSONPath } from 'jsonpath-plus';
import safeRegex from 'safe-regex2';

/**
 * Syntax checks for the patterns of assertions, so that a bad one is refused when saved instead of
 * failing every check: regexes must compile and be safe from catastrophic backtracking; JSONPath
 * expressions must start at the root, balance their brackets and have filters that compile.
 */
export const REGEX_FLAGS = /^[imsu]*$/;

export function regexProblem(pattern: string, flags = ''): string | null {
  if (!REGEX_FLAGS.test(flags)) return 'flags may only be i, m, s and u';
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags);
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message}`;
  }
  if (!safeRegex(regex)) return 'could backtrack catastrophically (nested quantifiers); simplify it';
  return null;
}

interface ScriptConstructor {
  new (expression: string): unknown;
}
// jsonpath-plus' own sandboxed evaluator: compiling with it is exactly what evaluation does later.
const SafeScript = (JSONPath as unknown as { prototype: { safeVm: { Script: ScriptConstructor } } }).prototype.safeVm
  .Script;

export function jsonPathProblem(path: string): string | null {
  if (!path.startsWith('$')) return 'must start with $ (e.g. $.status)';
  const unbalanced = bracketProblem(path);
  if (unbalanced) return unbalanced;
  let segments: string[];
  try {
    segments = JSONPath.toPathArray(path);
  } catch (error) {
    return `is not valid JSONPath: ${(error as Error).message}`;
  }
  for (const segment of segments) {
    const script = /^\??\((.*)\)$/s.exec(segment)?.[1];
    if (script === undefined) continue;
    try {
      // jsonpath-plus rewrites @ to this variable before compiling; mirror it.
      new SafeScript(script.replaceAll('@', '_$_v'));
    } catch (error) {
      return `has an invalid filter (${script}): ${(error as Error).message}`;
    }
  }
  return null;
}

function bracketProblem(path: string): string | null {
  const stack: string[] = [];
  let quote: string | null = null;
  for (const char of path) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '[' || char === '(') stack.push(char);
    else if (char === ']' || char === ')') {
      if (stack.pop() !== (char === ']' ? '[' : '(')) return `has an unmatched ${char}`;
    }
  }
  if (quote) return 'has an unclosed quote';
  if (stack.length) return `has an unclosed ${stack.at(-1)}`;
  if (/\.\.?$/.test(path.replace(/^\$/, '$x'))) return 'must not end with a dot';
  return null;
}
