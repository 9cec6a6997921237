/**
 * Admin-supplied regular expressions run on every paste, so a pattern that can backtrack
 * exponentially would freeze the page. We refuse the classic shapes: a quantified group that
 * itself contains an unbounded quantifier (`(a+)+`, `(\w*)*`, `(x|xy)+` style nesting).
 */

export function compileUserRegex(source: string, flags: string): RegExp {
  const safeFlags = [...new Set((flags + 'gu').split(''))].join('');
  const re = new RegExp(source, safeFlags);
  if (looksCatastrophic(source)) throw new Error('pattern has nested unbounded quantifiers (catastrophic backtracking)');
  return re;
}

/** True when a group containing `+`, `*` or `{n,}` is itself followed by `+`, `*` or `{n,}`. */
export function looksCatastrophic(source: string): boolean {
  const stack: boolean[] = [];
  let escaped = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (escaped) {
      escaped = false;
      continue;
    }
    if (c === '\\') {
      escaped = true;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const innerUnbounded = stack.pop() ?? false;
      const next = source.slice(i + 1, i + 8);
      const outerUnbounded = /^(?:[+*]|\{\d+,\})/.test(next);
      if (innerUnbounded && outerUnbounded) return true;
      if (innerUnbounded && stack.length > 0) stack[stack.length - 1] = true;
    } else if ((c === '+' || c === '*' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)))) && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}
