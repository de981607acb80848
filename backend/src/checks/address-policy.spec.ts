import { checkAddress, classifyAddress } from './address-policy.js';

describe('classifyAddress', () => {
  it.each([
    ['169.254.169.254', 'link_local'],
    ['169.254.0.1', 'link_local'],
    ['::ffff:169.254.169.254', 'link_local'],
    ['::ffff:a9fe:a9fe', 'link_local'],
    ['64:ff9b::169.254.169.254', 'link_local'],
    ['::169.254.169.254', 'link_local'],
    ['fe80::1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['febf::1', 'link_local'],
    ['fd00:ec2::254', 'metadata'],
    ['fd00:ec2:0:0:0:0:0:254', 'metadata'],
    ['[fd00:ec2::254]', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['::ffff:100.100.100.200', 'metadata'],
    ['127.0.0.1', 'private'],
    ['::1', 'private'],
    ['::ffff:127.0.0.1', 'private'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['0.0.0.0', 'private'],
    ['::', 'private'],
    ['8.8.8.8', 'public'],
    ['2606:4700::1111', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    ['not-an-ip', 'invalid'],
    ['999.1.1.1', 'invalid'],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe('checkAddress', () => {
  it.each([
    ['169.254.169.254', false, false],
    ['169.254.169.254', true, false],
    ['fd00:ec2::254', false, false],
    ['100.100.100.200', false, false],
    ['127.0.0.1', false, true],
    ['127.0.0.1', true, false],
    ['10.0.0.1', true, false],
    ['::1', true, false],
    ['8.8.8.8', true, true],
    ['8.8.8.8', false, true],
  ])('%s with blockPrivate=%s → allowed %s', (address, blockPrivate, allowed) => {
    const verdict = checkAddress(address, blockPrivate);
    expect(verdict.allowed).toBe(allowed);
    if (!verdict.allowed) expect(verdict.reason).toContain(address);
  });
});
