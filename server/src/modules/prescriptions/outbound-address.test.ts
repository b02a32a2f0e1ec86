import { describe, expect, it } from 'vitest';
import { isPublicAddress } from './outbound-address.js';

describe('addresses an outbound request may reach', () => {
  it.each([
    // loopback, however written
    ['127.0.0.1', false], ['127.1.2.3', false], ['::1', false], ['::ffff:127.0.0.1', false], ['::ffff:7f00:1', false], ['0:0:0:0:0:ffff:7f00:1', false],
    // unspecified, broadcast, multicast
    ['0.0.0.0', false], ['::', false], ['255.255.255.255', false], ['224.0.0.1', false], ['ff02::1', false],
    // private and link-local, also IPv4-mapped (cloud metadata at 169.254.169.254)
    ['10.0.0.1', false], ['::ffff:a00:1', false], ['172.16.5.4', false], ['192.168.1.1', false], ['169.254.169.254', false], ['::ffff:169.254.169.254', false],
    ['fe80::1', false], ['fc00::1', false], ['fd12:3456::1', false],
    // CGNAT, NAT64, 6to4, Teredo, documentation, benchmarking, reserved
    ['100.64.0.1', false], ['100.127.255.254', false], ['64:ff9b::7f00:1', false], ['64:ff9b::808:808', false], ['2002:7f00:1::', false], ['2001::1', false],
    ['192.0.2.10', false], ['198.51.100.7', false], ['203.0.113.9', false], ['2001:db8::1', false], ['198.18.0.1', false], ['240.0.0.1', false],
    // not an address at all
    ['localhost', false], ['', false], ['2130706433', false],
    // public
    ['8.8.8.8', true], ['93.184.216.34', true], ['172.32.0.1', true], ['100.128.0.1', true], ['2a00:1450:4001:81b::200e', true], ['::ffff:8.8.8.8', true],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
