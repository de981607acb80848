import ipaddr from 'ipaddr.js';

/**
 * Which outbound addresses a check may connect to. Cloud metadata services and link-local addresses
 * are never reachable (they hand out credentials); private and loopback ranges are allowed unless the
 * operator blocks them (BLOCK_PRIVATE_TARGETS=true, for multi-tenant installations).
 */
export type AddressClass = 'metadata' | 'link_local' | 'private' | 'public' | 'invalid';

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

const METADATA_ADDRESSES = new Set(['fd00:ec2::254', '100.100.100.200']);
const PRIVATE_RANGES = new Set([
  'private',
  'loopback',
  'uniqueLocal',
  'carrierGradeNat',
  'unspecified',
  'broadcast',
  'reserved',
  'multicast',
]);

/** Classifies one literal address; IPv4-mapped, IPv4-compatible and NAT64 (64:ff9b::/96) forms count as their IPv4 address. */
export function classifyAddress(address: string): AddressClass {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return 'invalid';
  }
  const ip = embeddedIPv4(parsed) ?? parsed;
  if (METADATA_ADDRESSES.has(ip.toNormalizedString()) || METADATA_ADDRESSES.has(ip.toString())) return 'metadata';
  const range = ip.range();
  if (range === 'linkLocal') return 'link_local';
  if (PRIVATE_RANGES.has(range)) return 'private';
  return 'public';
}

function embeddedIPv4(ip: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | null {
  if (ip.kind() !== 'ipv6') return null;
  const v6 = ip as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  const parts = v6.parts;
  const lastTwo = (): ipaddr.IPv4 =>
    new ipaddr.IPv4([parts[6]! >> 8, parts[6]! & 0xff, parts[7]! >> 8, parts[7]! & 0xff]);
  // NAT64 well-known prefix 64:ff9b::/96 reaches the embedded IPv4 address through a gateway.
  if (parts[0] === 0x64 && parts[1] === 0xff9b && parts.slice(2, 6).every((p) => p === 0)) return lastTwo();
  // Deprecated IPv4-compatible ::a.b.c.d (but not :: and ::1 themselves).
  if (parts.slice(0, 6).every((p) => p === 0) && parts[6] !== 0) return lastTwo();
  return null;
}

/** Whether a check may connect to this address. */
export function checkAddress(address: string, blockPrivate: boolean): AddressVerdict {
  const kind = classifyAddress(address);
  switch (kind) {
    case 'metadata':
      return { allowed: false, reason: `${address} is a cloud metadata address` };
    case 'link_local':
      return { allowed: false, reason: `${address} is a link-local address` };
    case 'invalid':
      return { allowed: false, reason: `${address} is not an IP address` };
    case 'private':
      return blockPrivate
        ? { allowed: false, reason: `${address} is a private or loopback address` }
        : { allowed: true };
    case 'public':
      return { allowed: true };
  }
}
