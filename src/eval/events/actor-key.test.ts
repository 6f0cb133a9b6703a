// Tests for reducing CAMEO actor codes and Dyad actors to the keys events are scored on.
import { describe, expect, it } from 'vitest';
import { actorKey, producedActorKey } from './actor-key.js';

describe('actorKey', () => {
  it('keys a country actor on its first three letters', () => {
    expect(actorKey('USAGOV')).toBe('USA');
    expect(actorKey('PSEGZACVL')).toBe('PSE');
    expect(actorKey('CHE')).toBe('CHE');
  });

  it('keys international and non-state actors on their kind', () => {
    expect(actorKey('IGOUNO')).toBe('IGO');
    expect(actorKey('IGOEUREEC')).toBe('IGO');
    expect(actorKey('NGM')).toBe('NGO');
    expect(actorKey('IMGMUSISI')).toBe('IMG');
  });

  it('maps CAMEO country codes that are not ISO alpha-3', () => {
    expect(actorKey('ROMGOV')).toBe('ROU');
    expect(actorKey('TMP')).toBe('TLS');
  });

  it('keys unknown actors as null', () => {
    expect(actorKey('---')).toBeNull();
    expect(actorKey('---GOV')).toBeNull();
    expect(actorKey('###')).toBeNull();
    expect(actorKey(null)).toBeNull();
    expect(actorKey('')).toBeNull();
  });
});

describe('producedActorKey', () => {
  it('uses the country, else an IGO, NGO or IMG sector, else null', () => {
    expect(producedActorKey({ country: 'PAK', sector: 'GOV' })).toBe('PAK');
    expect(producedActorKey({ country: null, sector: 'IGO' })).toBe('IGO');
    expect(producedActorKey({ country: null, sector: 'MIL' })).toBeNull();
    expect(producedActorKey({ country: null, sector: 'IMG', code: 'IMG' })).toBe('IMG');
    expect(producedActorKey(null)).toBeNull();
    expect(producedActorKey({ country: null, sector: null, code: 'IMGMUS' })).toBe('IMG');
  });
});
