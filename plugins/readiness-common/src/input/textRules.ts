/**
 * Rules for the text people send: what a note, a reason, a link or an identifier may contain.
 * Shared by the backend (which enforces them) and the frontend (which explains them at the
 * field), so both say the same.
 */

// Control characters (C0, DEL, C1) except tab, line feed and carriage return.
const CONTROL_IN_TEXT = /(?![\t\n\r])\p{Cc}/u;
// Every control character, for one-line values such as ids, filters and links.
const CONTROL_IN_LINE = /\p{Cc}/u;
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
// White space and invisible format characters (zero-width space, joiners, BOM, ...).
const INVISIBLE = /[\p{White_Space}\p{Cf}]/gu;

const codePoint = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What is wrong with a text value, or undefined when nothing is. `multiline` allows tabs and
 * line breaks (notes); other values allow no control character at all.
 *
 * @public
 */
export function textProblem(
  value: string,
  options: { multiline?: boolean } = {},
): string | undefined {
  const control = (options.multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).exec(
    value,
  );
  if (control) {
    return `contains the control character ${codePoint(control[0])}`;
  }
  if (LONE_SURROGATE.test(value)) {
    return 'contains an unpaired UTF-16 surrogate (not valid Unicode text)';
  }
  return undefined;
}

/**
 * Whether a text has something a person can read: white space and invisible characters alone
 * (such as a zero-width space) do not count.
 *
 * @public
 */
export function hasVisibleText(value: string | undefined): boolean {
  return Boolean(value && value.replace(INVISIBLE, '').length > 0);
}

/**
 * The rule that an N/A answer needs a reason, and what to tell the person when it has none.
 *
 * @public
 */
export function notApplicableReasonProblem(
  status: string | null | undefined,
  note: string | undefined,
): string | undefined {
  return status === 'na' && !hasVisibleText(note)
    ? 'N/A needs a reason: say why this question does not apply.'
    : undefined;
}

/**
 * What is wrong with an evidence link as it will be stored (trimmed), or undefined. A link is an
 * absolute http(s) URL with a host, written out with `//`, without white space, control
 * characters or credentials.
 *
 * @public
 */
export function linkProblem(link: string): string | undefined {
  const value = link.trim();
  if (!value) {
    return 'is empty';
  }
  const text = textProblem(value);
  if (text) {
    return text;
  }
  if (!/^https?:\/\//i.test(value)) {
    return 'must start with http:// or https://';
  }
  if (/^https?:\/\/[/\\]/i.test(value)) {
    return 'has no host after //';
  }
  if (/\s/u.test(value)) {
    return 'contains white space; encode it as %20';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (!url.hostname) {
    return 'has no host';
  }
  if (url.username || url.password) {
    return 'must not contain a user name or password';
  }
  return undefined;
}
