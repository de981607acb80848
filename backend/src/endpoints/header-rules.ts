/**
 * Rules for the request headers of an endpoint: names are HTTP tokens (RFC 9110 §5.1), values carry
 * no line breaks, and headers the HTTP client manages itself are refused. Authorization and Cookie
 * (and any header the user marks) are secrets: encrypted at rest and masked on the wire.
 */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const MAX_NAME_LENGTH = 256;
export const MAX_HEADER_VALUE_LENGTH = 8192;

/** Set by the HTTP client per request (framing and connection management): a user value would break it. */
const MANAGED_BY_CLIENT = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
]);
const ALWAYS_SECRET = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** Why a header name is refused, or null when it is fine. */
export function headerNameProblem(name: string): string | null {
  if (name.length === 0) return 'must not be empty';
  if (name.length > MAX_NAME_LENGTH) return `must be at most ${MAX_NAME_LENGTH} characters`;
  if (!TOKEN.test(name)) return "is not a valid header name (letters, digits and !#$%&'*+.^_`|~-)";
  if (MANAGED_BY_CLIENT.has(name.toLowerCase())) return `${name} is set by the HTTP client and cannot be configured`;
  return null;
}

/** Why a header value is refused, or null when it is fine. */
export function headerValueProblem(value: string): string | null {
  if (value.length > MAX_HEADER_VALUE_LENGTH) return `must be at most ${MAX_HEADER_VALUE_LENGTH} characters`;
  if (/[\r\n\0]/.test(value)) return 'must not contain line breaks or NUL';
  return null;
}

/** Whether a header's value is kept encrypted and masked: always for credentials, or when marked. */
export function isSecretHeader(name: string, marked: boolean | undefined): boolean {
  return marked === true || ALWAYS_SECRET.has(name.toLowerCase());
}
