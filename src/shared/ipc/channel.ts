import type { z } from "zod";
import type { AccessLevel } from "../model/roles";

/**
 * The shape of one channel of the contract, and the helper that declares one: used by contract.ts
 * and by the domain files spread into it (assessmentChannels.ts, reportChannels.ts).
 */
export interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input;
  access: AccessLevel;
  /** A type carrier only; never read at run time. */
  output: Output;
}

export const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input, access: AccessLevel): ChannelSpec<Input, Output> => ({
    input,
    access,
    output: undefined as Output,
  });
