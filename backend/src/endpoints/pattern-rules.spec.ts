import { jsonPathProblem, regexProblem } from './pattern-rules.js';

describe('regexProblem', () => {
  it.each([
    ['^ok$', ''],
    ['"status":\\s*"up"', 'i'],
    ['healthy|ok', 'ms'],
  ])('accepts /%s/%s', (pattern, flags) => {
    expect(regexProblem(pattern, flags)).toBeNull();
  });

  it.each([
    ['(a+)+$', '', /backtrack/],
    ['([a-z]*)*x', '', /backtrack/],
    ['(unclosed', '', /valid regular expression/],
    ['ok', 'g', /flags/],
    ['ok', 'y', /flags/],
  ])('refuses /%s/%s', (pattern, flags, message) => {
    expect(regexProblem(pattern, flags)).toMatch(message);
  });
});

describe('jsonPathProblem', () => {
  it.each(['$', '$.status', '$..name', '$.checks[0].status', "$['a b']", '$.items[?(@.ok == true)]', '$.a[*].b'])(
    'accepts %s',
    (path) => {
      expect(jsonPathProblem(path)).toBeNull();
    },
  );

  it.each([
    ['status', /start with \$/],
    ['$.a[', /unclosed/],
    ['$.a]', /unmatched/],
    ["$['a]", /quote/],
    ['$.a[?(@.x ==)]', /filter/],
    ['$.a.', /dot/],
  ])('refuses %s', (path, message) => {
    expect(jsonPathProblem(path)).toMatch(message);
  });
});
