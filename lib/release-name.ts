import { isDnsSubdomain } from './inputs';

/** Release names helm accepts (`helm upgrade` refuses longer ones: they must fit in label values). */
export const MAX_RELEASE_NAME = 53;

export function isReleaseName(name: string): boolean {
  return name.length <= MAX_RELEASE_NAME && isDnsSubdomain(name);
}
