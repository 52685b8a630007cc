import { parseDay, parseInstant } from './strictDates';

describe('parseDay', () => {
  it.each(['2027-01-31', '2028-02-29', '0001-01-01', '9999-12-31'])(
    'reads %s',
    day => {
      expect(new Date(parseDay(day)!).toISOString().slice(0, 10)).toBe(day);
    },
  );

  it.each([
    '2027-13-01',
    '2027-00-10',
    '2027-12-32',
    '2027-99-99',
    '2027-02-29',
    '2027-04-31',
    '0000-01-01',
    '2027-1-01',
    '2027-01-01T00:00:00Z',
    ' 2027-01-01',
    '',
    20270101,
    null,
    undefined,
  ])('refuses %p', value => {
    expect(parseDay(value)).toBeUndefined();
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-01-31T09:00:00Z', '2026-01-31T09:00:00.000Z'],
    ['2026-01-31T09:00Z', '2026-01-31T09:00:00.000Z'],
    ['2026-01-31T10:00:00+01:00', '2026-01-31T09:00:00.000Z'],
    ['2028-02-29T23:59:59.999Z', '2028-02-29T23:59:59.999Z'],
  ])('reads %s', (text, iso) => {
    expect(new Date(parseInstant(text)!).toISOString()).toBe(iso);
  });

  it.each([
    '2025-02-30T00:00:00Z',
    '2027-13-01T00:00:00Z',
    '2027-01-01T24:00:00Z',
    '2027-01-01T12:60:00Z',
    '2027-01-01T12:00:60Z',
    '2027-01-01T12:00:00',
    '2027-01-01',
    '2027-01-01T12:00:00+25:00',
    'yesterday',
    42,
  ])('refuses %p', value => {
    expect(parseInstant(value)).toBeUndefined();
  });
});
