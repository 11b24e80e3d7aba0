import { describe, expect, it } from 'vitest';
import { daysLeft, parseExceptions } from '../../../actions/build-scan/exceptions';

const today = new Date('2026-06-15T12:00:00Z');
const parse = (text: string) => parseExceptions(text, 'exceptions.yml', today);

describe('exceptions file', () => {
  it('reads a list, or a mapping with exceptions:', async () => {
    const list = `
- id: CVE-2019-18224
  reason: libidn2 is never called with user input
  expires: 2026-12-31
- id: DS-0002
  reason: the base image sets USER
  expires: "2026-06-15"
  package: ignored-for-misconfigs
`;
    const expected = [
      { id: 'CVE-2019-18224', reason: 'libidn2 is never called with user input', expires: '2026-12-31' },
      {
        id: 'DS-0002',
        reason: 'the base image sets USER',
        expires: '2026-06-15',
        package: 'ignored-for-misconfigs',
      },
    ];
    expect(await parse(list)).toEqual({ entries: expected, problems: [] });
    const mapping = `exceptions:\n${list.replace(/^/gm, '  ')}`;
    expect(await parse(mapping)).toEqual({ entries: expected, problems: [] });
  });

  it('an empty file has no exceptions', async () => {
    expect(await parse('')).toEqual({ entries: [], problems: [] });
    expect(await parse('exceptions:\n')).toEqual({ entries: [], problems: [] });
  });

  it('holds through its last day and fails the day after', async () => {
    expect((await parse('- {id: CVE-1, reason: r, expires: 2026-06-15}')).problems).toEqual([]);
    expect((await parse('- {id: CVE-1, reason: r, expires: 2026-06-14}')).problems).toEqual([
      'exceptions.yml entry 1 (CVE-1): expired on 2026-06-14: renew it with a new reason and date, or fix the finding',
    ]);
  });

  it('reports every malformed or expired entry at once, naming each', async () => {
    const { entries, problems } = await parse(`
- id: CVE-1
  reason: fine
  expires: 2030-01-01
- id: CVE-2
  expires: 2030-01-01
- id: CVE-3
  reason: typo in a field name
  expiry: 2030-01-01
- id: CVE-4
  reason: not a date
  expires: next year
- id: CVE-5
  reason: no such day
  expires: 2030-02-30
- just a string
- id: CVE-6
  reason: [a, list]
  expires: 2020-01-01
`);
    expect(entries.map((e) => e.id)).toEqual(['CVE-1']);
    expect(problems).toEqual([
      "exceptions.yml entry 2 (CVE-2): 'reason' is missing",
      "exceptions.yml entry 3 (CVE-3): unknown field 'expiry' (allowed: id, reason, expires, package); 'expires' is missing",
      'exceptions.yml entry 4 (CVE-4): \'expires\' must be a date written YYYY-MM-DD, got "next year"',
      'exceptions.yml entry 5 (CVE-5): \'expires\' must be a date written YYYY-MM-DD, got "2030-02-30"',
      'exceptions.yml entry 6: expected a mapping with id, reason and expires, got "just a string"',
      "exceptions.yml entry 7 (CVE-6): 'reason' must be text; expired on 2020-01-01: renew it with a new reason and date, or fix the finding",
    ]);
  });

  it.each([
    ['key: [unclosed', /exceptions\.yml is not valid YAML/],
    ['id: CVE-1', /expected a list of exceptions/],
    ['42', /expected a list of exceptions/],
  ])('rejects %j', async (text, message) => {
    const { problems } = await parse(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('counts the days left', async () => {
    expect(daysLeft({ id: 'x', reason: 'r', expires: '2026-06-15' }, today)).toBe(0);
    expect(daysLeft({ id: 'x', reason: 'r', expires: '2026-06-29' }, today)).toBe(14);
  });
});
