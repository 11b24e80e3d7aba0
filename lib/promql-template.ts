const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;
// A value lands inside a PromQL label matcher or range: these characters would change the query itself.
const UNSAFE_VALUE = /["\\{}\n\r`]/;

/** The placeholder names a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Names used by the template that `vars` does not define. */
export function missingVars(template: string, vars: Record<string, string>): string[] {
  return placeholders(template).filter((name) => !(name in vars));
}

export function isSafeVarValue(value: string): boolean {
  return !UNSAFE_VALUE.test(value);
}

/** Fills `{{name}}` placeholders; every name must be defined (checked first with missingVars). */
export function renderTemplate(template: string, vars: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`no value for the placeholder {{${name}}}`);
    return value;
  });
}
