// Tests for teaching known people across articles: a learnt name and surname, and the surname of a person the knowledge lists.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { actorOn } from '../knowledge/people.js';
import { teach } from './teach.js';

describe('teach', () => {
  it('adds a learnt person by full name and surname, in office from the date first seen', () => {
    const kb = loadKnowledge();
    expect(teach(kb, [{ name: 'Anna Kowalczyk', country: 'POL', sector: 'GOV', role: 'Foreign Minister', from: '2025-03-01' }])).toBe(1);
    expect(actorOn(kb.people.names.get('Kowalczyk')!, '2025-04-01')).toEqual({ country: 'POL', sector: 'GOV' });
  });

  it('teaches the surname of a listed person, keeping the listed offices: "Ishaq Dar", then "Dar"', () => {
    const kb = loadKnowledge();
    expect(kb.people.names.get('Dar')).toBeUndefined();
    expect(teach(kb, [{ name: 'Ishaq Dar', country: 'PAK', sector: 'GOV', role: 'Deputy Prime Minister', from: '2025-05-06' }])).toBe(0);
    expect(kb.people.names.get('Dar')).toBe(kb.people.names.get('Ishaq Dar'));
  });

  it('leaves a surname with the first person taught it', () => {
    const kb = loadKnowledge();
    const surnames = new Map<string, number>();
    teach(kb, [{ name: 'Anna Kowalczyk', country: 'POL', sector: 'GOV', role: 'Foreign Minister', from: null }], surnames);
    teach(kb, [{ name: 'Jan Kowalczyk', country: 'CZE', sector: 'MIL', role: 'General', from: null }], surnames);
    expect(kb.people.names.get('Kowalczyk')?.name).toBe('Anna Kowalczyk');
  });
});
