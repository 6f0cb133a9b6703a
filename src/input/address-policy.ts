// Which addresses a fetch may connect to: public unicast only, never loopback, private, link-local or other special ranges (SSRF).
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** How a message names each special range ipaddr.js reports. */
const RANGES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private-network address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a unique-local (private IPv6) address',
  carrierGradeNat: 'a carrier-grade NAT (CGNAT) address',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/**
 * What kind of special address a fetch must not connect to, or null when it is public unicast.
 * IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) are judged as the IPv4 address they carry;
 * every range but unicast (loopback, private, link-local, unique-local, CGNAT, multicast, 6to4…)
 * is refused, and so is anything that is not an IP address.
 * @example refusedRange('127.0.0.1') // 'a loopback address'
 * @example refusedRange('[::ffff:192.168.1.1]') // 'a private-network address'
 * @example refusedRange('93.184.215.14') // null
 */
export function refusedRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return 'not an IP address';
  const range = ipaddr.process(bare).range();
  return range === 'unicast' ? null : (RANGES[range] ?? `in the special-purpose range "${range}"`);
}

/** The error a guarded lookup fails with: "localhost resolves to 127.0.0.1, a loopback address". */
export class RefusedAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedAddressError';
  }
}

/**
 * A DNS lookup for http.request that drops refused addresses (see {@link refusedRange}) and
 * fails with {@link RefusedAddressError} when none is left. Used as the socket's own lookup, the
 * check happens at connect time, so DNS rebinding cannot swap in a private address afterwards.
 * @example http.request(url, { lookup: guardedLookup, agent: false })
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, options.all ? [] : '');
    const allowed = addresses.filter((a) => refusedRange(a.address) === null);
    if (allowed.length === 0) {
      const first = addresses[0]?.address;
      const message = first ? `${hostname} resolves to ${first}, ${refusedRange(first)}` : `${hostname} has no address`;
      return callback(new RefusedAddressError(message), options.all ? [] : '');
    }
    if (options.all) callback(null, allowed);
    else callback(null, allowed[0]!.address, allowed[0]!.family);
  });
};
