import { withoutUrlCredentials } from './printable-url';

/**
 * Characters of outside text that GitHub's Markdown would act on: HTML (`<`, `&`, `"`), links and images
 * (`[`, `]`), table cells (`|`), code spans (`` ` ``), mentions (`@name`, not `image@sha256`), backslash
 * escapes. As character
 * references they render as themselves, in Markdown text and in HTML table cells alike.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '[': '&#91;',
  ']': '&#93;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
};

const MAX_INLINE = 2000;

/**
 * The one escaping of outside text (reasons, error messages, helm and Prometheus output, image names,
 * label values) for a summary line or table cell: nothing in it can become a link, an image, HTML, a
 * mention, a cell border or a code fence, it stays on one line, and URL credentials are dropped.
 */
export function escapeMarkdown(text: string | number | undefined): string {
  const flat = withoutUrlCredentials(String(text ?? ''))
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .trim();
  const clipped = flat.length > MAX_INLINE ? `${flat.slice(0, MAX_INLINE)}…` : flat;
  return clipped
    .replace(/[&<"[\]|`\\]/g, (c) => ENTITIES[c]!)
    .replace(/(?<!\w)@/g, '&#64;')
    .replace(/:\/\//g, '&#58;//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#46;`);
}

/**
 * Outside text shown as it is, in a fenced block whose fence is longer than any run of backticks inside,
 * so the text cannot close it (CommonMark: a closing fence is at least as long as the opening one).
 */
export function codeBlock(text: string, language = 'text'): string {
  const body = withoutUrlCredentials(text).replace(/\r/g, '').trimEnd();
  const longest = Math.max(0, ...[...body.matchAll(/`+|~+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, body, fence].join('\n');
}
