/**
 * Fills "{name}" slots in a text template from plain values. A slot with no value is an error, not an
 * empty gap: a letter must never go out with a hole in it.
 */
const SLOT = /\{([a-zA-Z]+)\}/g;

export function templateSlots(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1] ?? "");
}

export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(SLOT, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The template needs a value for {${name}}.`);
    return value;
  });
}
