import { formatDuration, parseDuration } from './durations';
import { isPrototypeKey } from './safe-keys';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * What a value may not contain: it lands inside a quoted label matcher or a range selector, where these
 * characters would end it and let the rest of the value rewrite the query.
 */
const FORBIDDEN: Record<string, string> = {
  '"': 'a double quote',
  "'": 'a single quote',
  '`': 'a backtick',
  '\\': 'a backslash',
  '{': 'a brace',
  '}': 'a brace',
  '[': 'a bracket',
  ']': 'a bracket',
  '\n': 'a newline',
  '\r': 'a carriage return',
};

/** `{{window}}` and names such as `short-window` or `scrape_interval` stand in a range selector. */
export function isDurationVar(name: string): boolean {
  return /(?:^|[-_])(?:window|interval|range|offset)$/i.test(name);
}

/**
 * The one rule for text that enters PromQL: the text to put in place of `{{name}}`, or the problem with it
 * (naming the placeholder and the character). Durations are parsed and rendered canonically (`90s` → `1m30s`).
 */
export function checkVar(name: string, value: string): { value: string } | { problem: string } {
  if (!NAME.test(name) || isPrototypeKey(name))
    return { problem: `${JSON.stringify(name)} is not a placeholder name` };
  if (isDurationVar(name)) {
    const ms = parseDuration(value);
    if (ms === undefined || ms < 1000) {
      return {
        problem: `${name} stands in a range selector and must be a duration of at least 1s such as 5m or 1h30m, got ${JSON.stringify(value.slice(0, 40))}`,
      };
    }
    return { value: formatDuration(ms) };
  }
  for (const c of value) {
    const what = FORBIDDEN[c] ?? (/[\p{Cc}]/u.test(c) ? 'a control character' : undefined);
    if (what) {
      return {
        problem: `the value of ${name} contains ${what} (${JSON.stringify(c)}), which PromQL label values may not contain`,
      };
    }
  }
  return { value };
}

/** The placeholder names a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Names used by the template that `vars` does not define. */
export function missingVars(template: string, vars: Record<string, string>): string[] {
  return placeholders(template).filter((name) => !Object.hasOwn(vars, name));
}

/** Fills `{{name}}` placeholders; every name must be defined (checked first with missingVars). */
export function renderTemplate(template: string, vars: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (value === undefined) throw new Error(`no value for the placeholder {{${name}}}`);
    return value;
  });
}
