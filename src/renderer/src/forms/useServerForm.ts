import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { AppError } from "../../../shared/result";
import { applyServerError } from "./serverErrors";

/**
 * A form checked by a zod schema and then sent to the main process. `submitWith(send)` clears the last
 * refusal and sends; when `send` answers with the main process's error, its messages go next to the
 * fields and above the form (`formError`), so nothing typed is lost; when it answers null, the boxes go
 * back to `blank`. `serverPrefix` strips the payload's path ("notice.") from the server's field names.
 */
export function useServerForm<Values extends FieldValues, Output>(schema: z.ZodType<Output, Values>, blank: Values, serverPrefix = "") {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(schema), defaultValues: blank as DefaultValues<Values> });

  const submitWith = (send: (output: Output) => Promise<AppError | null>) =>
    form.handleSubmit(async (output) => {
      setFormError(null);
      const error = await send(output);
      if (error) setFormError(applyServerError(error, form.setError, Object.keys(blank), serverPrefix));
      else form.reset(blank);
    });

  return { ...form, formError, submitWith };
}
