// yaml is a chunk of its own, loaded here on first use: reading inputs needs it only for a file or
// content the user gave (a kubeconfig, values files), so an input error never waits for it.

/** yaml's `parse`, loaded on the first call. */
export async function parseYaml(text: string): Promise<unknown> {
  const { parse } = await import('yaml');
  return parse(text);
}
