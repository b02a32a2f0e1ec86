import ipaddr from 'ipaddr.js';

// Documentation, benchmarking and protocol-assignment blocks that a range name may not cover in every version.
const NOT_PUBLIC_CIDRS = ['192.0.0.0/24', '192.0.2.0/24', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32', '64:ff9b::/96', '64:ff9b:1::/48', '100::/64']
  .map((c) => ipaddr.parseCIDR(c));

/**
 * Whether an outbound request (a URL re-check: its URL comes from a citizen's application) may
 * connect to `address`: only a public unicast address. IPv4-mapped IPv6 is unmapped first, so
 * `::ffff:127.0.0.1` is loopback; loopback, private, link-local, CGNAT, unspecified, broadcast,
 * multicast, NAT64, 6to4/Teredo, documentation and reserved ranges are all refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.process(address); // unmaps ::ffff:a.b.c.d
  if (ip.range() !== 'unicast') return false;
  return !NOT_PUBLIC_CIDRS.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits));
}
