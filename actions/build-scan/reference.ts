// Image references as the distribution project's grammar defines them (docker/distribution reference).
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';

const NAME_RE = new RegExp(`^${NAME}$`);
const TAGGED_RE = new RegExp(`^(${NAME}):(${TAG})$`);
const TAG_RE = new RegExp(`^${TAG}$`);

/** A repository name without tag or digest: `ghcr.io/org/model-server`, `127.0.0.1:5000/app`. */
export function isImageName(text: string): boolean {
  return text.length <= 255 && NAME_RE.test(text);
}

export function isTag(text: string): boolean {
  return TAG_RE.test(text);
}

/** `name:tag` split in two, or undefined when it is not one. */
export function splitTagged(ref: string): { name: string; tag: string } | undefined {
  const m = TAGGED_RE.exec(ref);
  return m ? { name: m[1]!, tag: m[2]! } : undefined;
}
