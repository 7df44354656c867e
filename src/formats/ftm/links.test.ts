import { describe, expect, it } from 'vitest';
import { company, readFtm as read } from '../../test/ftmRecords';
import { formatImportProblem } from '../shared/draft';
import { parseShare } from './links';

describe('FollowTheMoney links', () => {
  it.each([
    [
      'Ownership',
      { owner: ['a'], asset: ['b'], percentage: ['51'], ownershipType: ['beneficial'] },
      'a',
      'b',
      'owns',
      'beneficial',
    ],
    ['Control', { controller: ['a'], controlled: ['b'], controlType: ['voting'] }, 'a', 'b', 'controls', 'voting'],
    [
      'Directorship',
      { director: ['b'], organization: ['a'], role: ['General director'] },
      'b',
      'a',
      'directs',
      'General director',
    ],
    ['Employment', { employee: ['b'], employer: ['a'], role: ['engineer'] }, 'a', 'b', 'employs', 'engineer'],
    ['Membership', { member: ['a'], organization: ['b'] }, 'a', 'b', 'member-of', undefined],
    ['Representation', { agent: ['a'], client: ['b'] }, 'a', 'b', 'represents', undefined],
    ['Family', { person: ['a'], relative: ['b'], relationship: ['brother'] }, 'a', 'b', 'family', 'brother'],
    [
      'Associate',
      { person: ['a'], associate: ['b'], relationship: ['business partner'] },
      'a',
      'b',
      'associated-with',
      'business partner',
    ],
    ['Succession', { predecessor: ['a'], successor: ['b'] }, 'a', 'b', 'associated-with', 'predecessor of'],
    ['Payment', { payer: ['a'], beneficiary: ['b'], purpose: ['donation'] }, 'a', 'b', 'pays', 'donation'],
    ['UnknownLink', { subject: ['a'], object: ['b'], role: ['ships', 'by sea'] }, 'a', 'b', 'ships', 'by sea'],
    ['UnknownLink', { subject: ['a'], object: ['b'], role: ['partner'] }, 'a', 'b', 'associated-with', 'partner'],
  ])('read a %s in its direction, with its role', (schema, properties, source, target, kind, role) => {
    const link = read(company('a'), company('b'), {
      id: 'l',
      schema,
      properties: { ...properties, startDate: ['2015-11-25'], endDate: ['2023-03-02'] },
    }).dataset.links[0]!;
    expect([link.source, link.target, link.kind, link.role, link.period]).toEqual([
      source,
      target,
      kind,
      role,
      { from: '2015-11-25', to: '2023-03-02' },
    ]);
  });

  it.each([
    ['51', 51],
    ['51%', 51],
    ['51.5', 51.5],
    ['51,5 %', 51.5],
    ['0', 0],
    ['100', 100],
    ['25-50%', undefined],
    ['majority', undefined],
    ['150', undefined],
  ])('read the percentage "%s" as the share %s', (text, share) => {
    expect(parseShare(text)).toBe(share);
  });

  it('keep a share they cannot read, and shares counts, in the notes', () => {
    const link = read(company('a'), company('b'), {
      id: 'l',
      schema: 'Ownership',
      properties: { owner: ['a'], asset: ['b'], percentage: ['25-50%'], sharesCount: ['6624.16'] },
    }).dataset.links[0]!;
    expect([link.share, link.notes]).toEqual([undefined, 'Share as given: 25-50%. 6624.16 shares.']);
  });

  it('pass over dates in the wrong order with a problem, and keep the link', () => {
    const draft = read(company('a'), company('b'), {
      id: 'l',
      schema: 'Ownership',
      properties: { owner: ['a'], asset: ['b'], startDate: ['2023'], endDate: ['2020'] },
    });
    expect(draft.dataset.links).toHaveLength(1);
    expect(draft.dataset.links[0]!.period).toBeUndefined();
    expect(draft.problems.map(formatImportProblem)).toEqual([
      'x.ftm.json, line 3: Ownership "l" ends (2020) before it starts (2023); its dates are passed over',
    ]);
  });
});
