import { z } from "zod";

/** A record's id as the main process issues it (a random UUID). */
export const recordIdSchema = (what = "record") => z.string().uuid(`That ${what} reference is not valid.`);
