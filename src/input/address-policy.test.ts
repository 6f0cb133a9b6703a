// Tests for which addresses a fetch may connect to, and for the lookup that enforces it at connect time.
import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { guardedLookup, RefusedAddressError, refusedRange } from './address-policy.js';

/** Runs the guarded lookup and returns what it calls back with. */
const lookup = (hostname: string, all: boolean) =>
  new Promise<{ error: Error | null; address: string | LookupAddress[] }>((resolve) => {
    guardedLookup(hostname, { all }, (error, address) => resolve({ error, address }));
  });

describe('refusedRange', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['::1', 'a loopback address'],
    ['10.1.2.3', 'a private-network address'],
    ['172.16.0.1', 'a private-network address'],
    ['192.168.1.1', 'a private-network address'],
    ['169.254.169.254', 'a link-local address'],
    ['fe80::1', 'a link-local address'],
    ['fd00::1', 'a unique-local (private IPv6) address'],
    ['100.64.0.1', 'a carrier-grade NAT (CGNAT) address'],
    ['224.0.0.1', 'a multicast address'],
    ['ff02::1', 'a multicast address'],
    ['0.0.0.0', 'the unspecified address'],
    ['::', 'the unspecified address'],
    ['255.255.255.255', 'the broadcast address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['[::ffff:192.168.0.1]', 'a private-network address'],
    ['2002:7f00:1::', 'in the special-purpose range "6to4"'],
    ['localhost', 'not an IP address'],
  ])('refuses %s as %s', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::1111', '[2001:4860:4860::8888]'])('allows the public address %s', (address) => {
    expect(refusedRange(address)).toBeNull();
  });
});

describe('guardedLookup', () => {
  it('refuses a hostname that resolves to loopback (localhost), with one address or all', async () => {
    for (const all of [false, true]) {
      const { error } = await lookup('localhost', all);
      expect(error).toBeInstanceOf(RefusedAddressError);
      expect(error!.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/);
    }
  });

  it('passes on DNS errors unchanged', async () => {
    const { error } = await lookup('no-such-host.invalid', false);
    expect((error as NodeJS.ErrnoException).code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});
