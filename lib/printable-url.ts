import * as core from '@actions/core';

const USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi;

/**
 * A URL fit to print: without user-info (`https://user:pw@host` → `https://host`). Text that does not
 * parse as a URL has any `scheme://…@` part removed all the same.
 */
export function printableUrl(url: string | URL): string {
  if (typeof url !== 'string') return withoutCredentials(url).toString();
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    return withoutCredentials(parsed).toString();
  } catch {
    return url.replace(USER_INFO, '$1');
  }
}

/** Free text (an error message, a tool's output) with the user-info of every URL in it removed. */
export function withoutUrlCredentials(text: string): string {
  return text.replace(USER_INFO, '$1');
}

export function withoutCredentials(url: URL): URL {
  const copy = new URL(url.toString());
  copy.username = '';
  copy.password = '';
  return copy;
}

/** The user name and password in a URL, decoded; undefined when it has none. */
export function urlCredentials(url: URL): { username: string; password: string } | undefined {
  if (!url.username && !url.password) return undefined;
  return { username: decode(url.username), password: decode(url.password) };
}

/**
 * Masks every part of a URL's user-info, as written and decoded: the password alone, the user, and
 * `user:password`, so none of them can reach the log in any form.
 */
export function maskUrlCredentials(url: URL): void {
  const credentials = urlCredentials(url);
  if (!credentials) return;
  for (const secret of [
    url.password,
    credentials.password,
    url.username,
    credentials.username,
    `${url.username}:${url.password}`,
    `${credentials.username}:${credentials.password}`,
  ]) {
    if (secret !== '' && secret !== ':') core.setSecret(secret);
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
