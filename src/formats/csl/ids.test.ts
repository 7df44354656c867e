import { describe, expect, it } from 'vitest';
import { packedOrder, unpackId } from './ids';

// Items as trade.gov's CSV writes them today (type first) and as it wrote them in 2019 (type last).
describe('unpackId', () => {
  it.each([
    ['Passport, 836238033, KP', 'type-first', { type: 'Passport', value: '836238033', country: 'KP' }],
    ['Registration ID, C122790', 'type-first', { type: 'Registration ID', value: 'C122790' }],
    [
      'Secondary sanctions risk:, Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209',
      'type-first',
      {
        type: 'Secondary sanctions risk',
        value: 'Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209',
      },
    ],
    [
      'Executive Order 13662 Directive Determination -, Subject to Directive 2',
      'type-first',
      { type: 'Executive Order 13662 Directive Determination', value: 'Subject to Directive 2' },
    ],
    ['US, 80-0890696, Tax ID No.', 'type-last', { type: 'Tax ID No.', value: '80-0890696', country: 'US' }],
    [
      'IMO 8898831, Vessel Registration Identification',
      'type-last',
      { type: 'Vessel Registration Identification', value: 'IMO 8898831' },
    ],
    [
      'North Korea Sanctions Regulations, sections 510.201 and 510.210, Secondary sanctions risk:',
      'type-last',
      { type: 'Secondary sanctions risk', value: 'North Korea Sanctions Regulations, sections 510.201 and 510.210' },
    ],
    ['C122790', 'type-first', { type: 'Identifier', value: 'C122790' }],
  ] as const)('%s (%s)', (item, order, expected) => {
    expect(unpackId(item, order)).toEqual(expected);
  });
});

describe('packedOrder', () => {
  it.each([
    [
      [
        'Passport, 836238033, KP',
        'Gender, Male',
        'Secondary sanctions risk:, North Korea Sanctions Regulations, sections 510.201 and 510.210',
      ],
      'type-first',
    ],
    [
      [
        'US, 80-0890696, Tax ID No.',
        '5030056754, Tax ID No.',
        'Subject to Directive 3, Executive Order 13662 Directive Determination -',
        'RKBZCHZZ, SWIFT/BIC',
      ],
      'type-last',
    ],
    [['Gender, Male'], 'type-first'],
    [[], 'type-first'],
  ] as const)('%j → %s', (items, expected) => {
    expect(packedOrder(items)).toBe(expected);
  });
});
