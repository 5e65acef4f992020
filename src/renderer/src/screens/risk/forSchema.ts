import type { z } from "zod";

/**
 * A form's transform turns the boxes as typed into the shape a shared schema checks, with looser
 * types (a select's text where the schema wants one of its choices, an empty year as undefined). The
 * shared schema, piped after it, checks the value and gives the messages; this only tells TypeScript
 * that the shape is meant for that schema.
 */
export function forSchema<S extends z.ZodType>(_schema: S, value: unknown): z.input<S> {
  return value as z.input<S>;
}
