// The merge rule on hand-made keys: what makes two reports one event, and what keeps them apart.
import { describe, expect, it } from 'vitest';
import { dateWindow } from './date-window.js';
import { eventClass, placesAgree, sameEvent, type EventKey, type EventKeyPlace } from './same-event.js';

const key = (over: Partial<EventKey> = {}): EventKey => ({
  root: '04',
  cameo: '041',
  negated: false,
  modality: 'asserted',
  sourceCountry: 'KEN',
  sourceSector: 'GOV',
  sourceEntity: 1,
  targetCountry: 'ETH',
  targetSector: 'GOV',
  targetEntity: 2,
  window: dateWindow('2025-04-10'),
  place: null,
  ...over,
});

describe('sameEvent', () => {
  it('merges a call reported by another outlet a day apart, or from the other side', () => {
    expect(sameEvent(key(), key({ window: dateWindow('2025-04-11') }))).toBe(true);
    expect(sameEvent(key(), key({ sourceCountry: 'ETH', targetCountry: 'KEN', sourceEntity: 2, targetEntity: 1 }))).toBe(true);
  });

  it('merges talks and a meeting, but not praise and a signing on the same day', () => {
    expect(sameEvent(key(), key({ cameo: '043' }))).toBe(true);
    expect(sameEvent(key({ root: '05', cameo: '051' }), key({ root: '05', cameo: '057' }))).toBe(false);
    expect([eventClass('043'), eventClass('0571'), eventClass('190')]).toEqual(['04', '057', '190']);
  });

  it('keeps apart calls in different months, other ministers, a planned call and a denied one', () => {
    expect(sameEvent(key(), key({ window: dateWindow('2025-08-21') }))).toBe(false);
    expect(sameEvent(key(), key({ sourceEntity: 9 }))).toBe(false);
    expect(sameEvent(key(), key({ modality: 'future' }))).toBe(false);
    expect(sameEvent(key(), key({ negated: true }))).toBe(false);
  });

  it('lets a month-precise retelling join a day-precise event, and an unnamed actor join a named one', () => {
    expect(sameEvent(key(), key({ window: dateWindow('2025-04') }))).toBe(true);
    expect(sameEvent(key(), key({ sourceEntity: null, sourceSector: '' }))).toBe(true);
  });

  it('never merges a report with no date window', () => {
    expect(sameEvent(key(), key({ window: null }))).toBe(false);
  });
});

describe('placesAgree', () => {
  const place = (name: string, country: string, kind: string): EventKeyPlace => ({ name, country, kind });
  const strike = (where: EventKeyPlace | null) => key({ root: '19', cameo: '190', sourceCountry: 'ISR', sourceSector: 'MIL', targetCountry: 'PSE', targetSector: '', sourceEntity: null, targetEntity: null, place: where });

  it('keeps apart strikes in two towns, or in two countries, on the same day', () => {
    expect(sameEvent(strike(place('Nablus', 'PSE', 'place')), strike(place('Jenin', 'PSE', 'place')))).toBe(false);
    expect(placesAgree(place('Gaza', 'PSE', 'country'), place('Beirut', 'LBN', 'city'))).toBe(false);
  });

  it('merges where either names no place, the same place, a country and a town in it, or a region and any town', () => {
    expect(sameEvent(strike(place('Nablus', 'PSE', 'place')), strike(null))).toBe(true);
    expect(sameEvent(strike(place('Nablus', 'PSE', 'place')), strike(place('Nablus', 'PSE', 'place')))).toBe(true);
    expect(placesAgree(place('Iraq', 'IRQ', 'country'), place('Mosul', '', 'place'))).toBe(true);
    expect(placesAgree(place('Tigray', '', 'region'), place('Mekelle', '', 'place'))).toBe(true);
  });
});
