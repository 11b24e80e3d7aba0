import { parseYaml } from '../../lib/lazy/yaml';

/**
 * An accepted finding: `id` (CVE, secret rule, misconfiguration or license id), why it is accepted, and the
 * last day (UTC) it holds. `package` narrows it to one package.
 */
export interface ExceptionEntry {
  id: string;
  reason: string;
  /** YYYY-MM-DD, valid through the end of that day (UTC). */
  expires: string;
  package?: string;
}

const FIELDS = ['id', 'reason', 'expires', 'package'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses an exceptions file: a list of entries, or a mapping with an `exceptions:` list. Returns the
 * entries and every problem found (malformed or expired entries), so all of them are reported at once.
 */
export async function parseExceptions(
  text: string,
  source: string,
  today: Date = new Date(),
): Promise<{ entries: ExceptionEntry[]; problems: string[] }> {
  let data: unknown;
  try {
    data = await parseYaml(text);
  } catch (error) {
    return {
      entries: [],
      problems: [`${source} is not valid YAML: ${(error as Error).message.split('\n')[0]}`],
    };
  }
  const list =
    data && typeof data === 'object' && !Array.isArray(data) && 'exceptions' in data
      ? (data as { exceptions: unknown }).exceptions
      : data;
  if (list === null || list === undefined) return { entries: [], problems: [] };
  if (!Array.isArray(list)) {
    return {
      entries: [],
      problems: [
        `${source}: expected a list of exceptions (id, reason, expires), or a mapping with 'exceptions:'`,
      ],
    };
  }

  const todayText = today.toISOString().slice(0, 10);
  const entries: ExceptionEntry[] = [];
  const problems: string[] = [];
  list.forEach((item: unknown, index) => {
    const where = `${source} entry ${index + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(`${where}: expected a mapping with id, reason and expires, got ${JSON.stringify(item)}`);
      return;
    }
    const raw = item as Record<string, unknown>;
    const label = typeof raw.id === 'string' && raw.id.trim() ? `${where} (${raw.id.trim()})` : where;
    const entryProblems: string[] = [];
    const unknown = Object.keys(raw).filter((k) => !FIELDS.includes(k));
    if (unknown.length) {
      entryProblems.push(
        `unknown field ${unknown.map((k) => `'${k}'`).join(', ')} (allowed: ${FIELDS.join(', ')})`,
      );
    }
    const text = (name: string, required: boolean): string | undefined => {
      const value = raw[name];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        if (required) entryProblems.push(`'${name}' is missing`);
        return undefined;
      }
      if (typeof value !== 'string' && typeof value !== 'number') {
        entryProblems.push(`'${name}' must be text`);
        return undefined;
      }
      return String(value).trim();
    };
    const id = text('id', true);
    const reason = text('reason', true);
    const expires = text('expires', true);
    const pkg = text('package', false);
    if (expires !== undefined && !isCalendarDate(expires)) {
      entryProblems.push(`'expires' must be a date written YYYY-MM-DD, got ${JSON.stringify(expires)}`);
    } else if (expires !== undefined && expires < todayText) {
      entryProblems.push(`expired on ${expires}: renew it with a new reason and date, or fix the finding`);
    }
    if (entryProblems.length) {
      problems.push(`${label}: ${entryProblems.join('; ')}`);
      return;
    }
    entries.push({ id: id!, reason: reason!, expires: expires!, ...(pkg ? { package: pkg } : {}) });
  });
  return { entries, problems };
}

function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Days from `today` to the end of the exception's last day (0 on its last day). */
export function daysLeft(entry: ExceptionEntry, today: Date = new Date()): number {
  const end = Date.parse(`${entry.expires}T00:00:00Z`);
  const start = Date.parse(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((end - start) / 86_400_000);
}
