import {
  hasVisibleText,
  linkProblem,
  notApplicableReasonProblem,
  textProblem,
} from './textRules';

describe('textProblem', () => {
  it.each([
    ['a\u0000b', {}, /U\+0000/],
    ['a\u0007b', { multiline: true }, /U\+0007/],
    ['a\u007fb', {}, /U\+007F/],
    ['a\u0085b', { multiline: true }, /U\+0085/],
    ['line\nbreak', {}, /U\+000A/],
    ['\ud800', {}, /surrogate/],
    ['x\udc00', {}, /surrogate/],
  ])('rejects %j (%j)', (value, options, message) => {
    expect(textProblem(value, options)).toMatch(message);
  });

  it.each([
    ['plain text', {}],
    ['line one\nline two\ttabbed\r\n', { multiline: true }],
    ['emoji \ud83d\ude80 and accents é', {}],
  ])('accepts %j (%j)', (value, options) => {
    expect(textProblem(value, options)).toBeUndefined();
  });
});

describe('hasVisibleText and the N/A reason', () => {
  it('does not count white space and invisible characters as text', () => {
    expect(hasVisibleText(undefined)).toBe(false);
    expect(hasVisibleText(' \n\t')).toBe(false);
    expect(hasVisibleText('\u200b\u200d\ufeff')).toBe(false);
    expect(hasVisibleText('\u200bno database')).toBe(true);
  });

  it('asks for a reason only for N/A', () => {
    expect(notApplicableReasonProblem('na', '\u200b')).toMatch(/reason/);
    expect(notApplicableReasonProblem('na', 'no database')).toBeUndefined();
    expect(notApplicableReasonProblem('no', '')).toBeUndefined();
  });
});

describe('linkProblem', () => {
  it.each([
    ['https://example.com/a b', /white space/],
    ['https://user:pass@example.com/', /user name or password/],
    ['https://user@example.com/', /user name or password/],
    ['http:evil.example.com', /must start with/],
    // eslint-disable-next-line no-script-url -- the point of this case
    ['javascript:alert(1)', /must start with/],
    ['ftp://example.com/', /must start with/],
    ['https://example.com/\u0007', /U\+0007/],
    ['https:///path-only', /no host/],
    ['   ', /empty/],
  ])('rejects %j', (link, message) => {
    expect(linkProblem(link)).toMatch(message);
  });

  it.each([
    'https://example.com/runbook',
    'HTTP://EXAMPLE.COM/',
    '  https://example.com/trimmed  ',
    'https://example.com/search?q=a%20b#part',
  ])('accepts %j', link => {
    expect(linkProblem(link)).toBeUndefined();
  });
});
