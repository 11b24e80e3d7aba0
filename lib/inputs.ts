import * as core from '@actions/core';
import { formatDuration, parseDuration } from './durations';
import { ConfigurationError } from './errors';
import { maskUrlCredentials, printableUrl } from './printable-url';
import { workspacePath } from './workspace-path';
import { resolve } from 'node:path';

export type InputSource = (name: string) => string;

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function isDnsLabel(text: string): boolean {
  return text.length <= 63 && DNS_1123_LABEL.test(text);
}

export function isDnsSubdomain(text: string): boolean {
  return text.length <= 253 && DNS_1123_SUBDOMAIN.test(text);
}

/**
 * Reads and validates action inputs, collecting every problem so that one run reports them all at once.
 * Call `finish()` after the last read: it throws a ConfigurationError listing the problems.
 */
export class InputReader {
  private readonly problems: string[] = [];

  constructor(private readonly source: InputSource = (name) => core.getInput(name)) {}

  problem(message: string): void {
    if (!this.problems.includes(message)) this.problems.push(message);
  }

  invalid(name: string, expected: string, got: string): void {
    this.problem(`input '${name}': expected ${expected}, got ${quoteClipped(got)}`);
  }

  finish(): void {
    if (this.problems.length > 0) throw new ConfigurationError(this.problems);
  }

  optional(name: string): string | undefined {
    const value = this.source(name).trim();
    if (value === '') return undefined;
    if (value.length > MAX_INPUT_LENGTH) {
      this.problem(
        `input '${name}' is ${value.length} characters long, more than the ${MAX_INPUT_LENGTH} allowed`,
      );
      return undefined;
    }
    // Tabs and line breaks belong to multi-line inputs; other control characters only to an attack on the log.
    if (/[^\P{Cc}\t\n\r]/u.test(value)) {
      this.problem(`input '${name}' contains a control character`);
      return undefined;
    }
    return value;
  }

  /** One line of free text (a reason, a name) of at most `max` characters. */
  line(name: string, max = 500): string | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    if (/[\r\n]/.test(value)) this.problem(`input '${name}' must be one line`);
    else if (value.length > max) this.problem(`input '${name}' is longer than ${max} characters`);
    else return value;
    return undefined;
  }

  /** A file input's path (see workspacePath); a path leading out of the workspace is a problem. */
  path(name: string, text: string): string {
    const resolved = workspacePath(text);
    if ('path' in resolved) return resolved.path;
    this.problem(`input '${name}': ${resolved.problem}`);
    return resolve(text);
  }

  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined) {
      this.problems.push(`input '${name}' is required`);
      return '';
    }
    return value;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  secret(name: string): string | undefined {
    const value = this.optional(name);
    if (value !== undefined) core.setSecret(value);
    return value;
  }

  /** Multiline `key<sep>value` pairs whose values are secrets (headers, build secrets): each value is masked. */
  secretPairs(name: string, separator: '=' | ':' = '='): Array<[string, string]> {
    const raw = this.optional(name);
    if (raw !== undefined) for (const line of raw.split('\n')) if (line.trim()) core.setSecret(line.trim());
    const pairs = this.pairs(name, separator, { secret: true });
    for (const [, value] of pairs) if (value !== '') core.setSecret(value);
    return pairs;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    this.invalid(name, 'true or false', value);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.invalid(name, `one of ${allowed.join(', ')}`, value);
    return fallback;
  }

  number(
    name: string,
    options: { min?: number; max?: number; integer?: boolean; percent?: boolean } = {},
  ): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    const n = parseNumber(value, options.percent ?? false);
    const { min, max, integer } = options;
    const ok =
      n !== undefined &&
      (min === undefined || n >= min) &&
      (max === undefined || n <= max) &&
      (!integer || Number.isInteger(n));
    if (ok) return n;
    const kind = integer ? 'a whole number' : 'a number';
    const range =
      min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
          ? ` of at least ${min}`
          : max !== undefined
            ? ` of at most ${max}`
            : '';
    this.invalid(name, `${kind}${range}`, value);
    return undefined;
  }

  /** Milliseconds; bare numbers are seconds. At most a week, so that every timer can hold it. */
  duration(name: string, options: { min?: number; max?: number } = {}): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    const ms = parseDuration(value);
    if (ms === undefined || (options.min !== undefined && ms < options.min)) {
      const floor = options.min !== undefined ? ` of at least ${options.min / 1000}s` : '';
      this.invalid(name, `a duration such as 30s, 5m or 1h30m${floor}`, value);
      return undefined;
    }
    if (ms > (options.max ?? MAX_DURATION_MS)) {
      const ceiling = options.max !== undefined ? formatDuration(options.max) : '7d';
      this.invalid(name, `a duration of at most ${ceiling}`, value);
      return undefined;
    }
    return ms;
  }

  /** Items separated by commas or new lines, trimmed, empty ones dropped. */
  list(name: string): string[] {
    return splitList(this.optional(name) ?? '');
  }

  /** Multiline `key<sep>value` pairs (blank lines and `#` comments skipped). */
  pairs(
    name: string,
    separator: '=' | ':' = '=',
    options: { secret?: boolean } = {},
  ): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const text = this.optional(name) ?? '';
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const at = line.indexOf(separator);
      const key = at > 0 ? line.slice(0, at).trim() : '';
      if (key === '') {
        if (options.secret) this.problem(`input '${name}': expected lines of the form key${separator}value`);
        else this.invalid(name, `lines of the form key${separator}value`, line);
        continue;
      }
      out.push([key, line.slice(at + 1).trim()]);
    }
    return out;
  }

  dnsLabel(name: string, fallback?: string): string {
    const value = fallback === undefined ? this.required(name) : this.string(name, fallback);
    if (value !== '' && !isDnsLabel(value)) {
      this.invalid(name, 'a DNS-1123 label (lower case letters, digits and -, at most 63)', value);
    }
    return value;
  }

  url(name: string, options: { required?: boolean } = {}): URL | undefined {
    const value = options.required ? this.required(name) : this.optional(name);
    if (!value) return undefined;
    if (value.length > 2048) {
      this.problem(`input '${name}': a URL of at most 2048 characters is expected`);
      return undefined;
    }
    try {
      const url = new URL(value);
      maskUrlCredentials(url);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch {
      // reported below
    }
    this.invalid(name, 'an http:// or https:// URL', printableUrl(value));
    return undefined;
  }
}

const MAX_DURATION_MS = 7 * 86_400_000;
/** Larger than any kubeconfig or values list a workflow passes; an input beyond it is a mistake or an attack. */
const MAX_INPUT_LENGTH = 64 * 1024;

/** A value quoted for an error message, clipped so an oversize input cannot flood the log. */
export function quoteClipped(text: string, max = 80): string {
  return text.length > max
    ? `${JSON.stringify(text.slice(0, max))}… (${text.length} characters)`
    : JSON.stringify(text);
}

export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `0.01`, `1e-3`, or with `percent` also `1%`. */
export function parseNumber(text: string, percent = false): number | undefined {
  const t = text.trim();
  if (percent && t.endsWith('%')) {
    const n = parseNumber(t.slice(0, -1));
    return n === undefined ? undefined : n / 100;
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  return Number(t);
}
