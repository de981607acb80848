/** 1–100 letters, digits, `-`, `_`, `.` or `/`: the tag names the compatible usage API accepts. */
export const USAGE_TAG_NAME = /^[A-Za-z0-9\-_./]{1,100}$/;

/** The tag name from a query value, or null when it is missing, repeated or breaks the rule. */
export function parseTagName(value: unknown): string | null {
  return typeof value === 'string' && USAGE_TAG_NAME.test(value) ? value : null;
}
