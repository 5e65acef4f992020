import fc from "fast-check";
import type { z } from "zod";

/**
 * A best-effort fast-check generator of values shaped like a zod (v4) schema: objects with their keys,
 * strings within their lengths and patterns, numbers within their bounds, enums, literals, unions.
 * Refinements are not understood, so some values it makes are still invalid: the property test asks
 * the schema itself which is which, and checks each kind of answer.
 *
 * `pathFor` gives the values of fields that name files or folders, so that a generated valid payload
 * never points a backup or an export at a real place outside the test's own folders.
 */
interface Def {
  type: string;
  [key: string]: unknown;
}
interface Check {
  _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp } };
}

const PATH_FIELDS = new Set(["file", "folder"]);

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): Check[] {
  return (def.checks as Check[] | undefined) ?? [];
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  let minLength = 0;
  let maxLength = 60;
  for (const check of checksOf(def)) {
    const inner = check._zod.def;
    if (inner.check === "min_length") minLength = Math.max(minLength, inner.minimum ?? 0);
    if (inner.check === "max_length") maxLength = Math.min(maxLength, inner.maximum ?? maxLength);
    if (inner.check === "length_equals") minLength = maxLength = inner.value ?? minLength;
    if (inner.check === "string_format") {
      if (inner.format === "uuid" || inner.format === "guid") return fc.uuid();
      if (inner.format === "datetime") return fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
      if (inner.format === "date") return fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (inner.format === "regex" && inner.pattern) {
        return fc.stringMatching(inner.pattern).filter((s) => s.length >= minLength && s.length <= Math.max(maxLength, minLength));
      }
    }
  }
  if (maxLength < minLength) maxLength = minLength;
  return fc.oneof(fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 40) }), fc.string({ unit: "grapheme", minLength, maxLength: Math.min(maxLength, minLength + 12) }));
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -1_000_000;
  let max = 1_000_000;
  let integer = false;
  for (const check of checksOf(def)) {
    const inner = check._zod.def;
    if (inner.check === "greater_than") min = Math.max(min, (inner.value ?? min) + (inner.inclusive ? 0 : 1));
    if (inner.check === "less_than") max = Math.min(max, (inner.value ?? max) - (inner.inclusive ? 0 : 1));
    if (inner.check === "number_format") integer = true;
  }
  if (max < min) max = min;
  return integer ? fc.integer({ min, max }) : fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true }));
}

export function arbitraryFor(schema: z.ZodType | unknown, key?: string, pathFor?: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  if (key && PATH_FIELDS.has(key) && pathFor) return pathFor;
  if (depth > 6) return fc.constant(null);
  const def = defOf(schema);
  const next = (inner: unknown, innerKey?: string) => arbitraryFor(inner, innerKey, pathFor, depth + 1);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, unknown>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([name, inner]) => [name, next(inner, name)])));
    }
    case "string":
      return stringArbitrary(def);
    case "number":
      return numberArbitrary(def);
    case "int":
      return fc.integer({ min: -1000, max: 1000 });
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "array":
      return fc.array(next(def.element), { maxLength: 4 });
    case "optional":
    case "default":
    case "prefault":
      return fc.option(next(def.innerType, key), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(next(def.innerType, key), { nil: null, freq: 4 });
    case "pipe":
      return next(def.in, key);
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((option) => next(option, key)));
    case "intersection":
      return fc.tuple(next(def.left), next(def.right)).map(([left, right]) =>
        typeof left === "object" && typeof right === "object" && left !== null && right !== null ? { ...left, ...right } : left,
      );
    case "record":
      return fc.dictionary(fc.string({ maxLength: 10 }), next(def.valueType), { maxKeys: 3 });
    case "null":
      return fc.constant(null);
    case "date":
      return fc.date().map((date) => date.toISOString());
    default:
      return fc.anything();
  }
}
