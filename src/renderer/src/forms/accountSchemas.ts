import { z } from "zod";
import { newAccountSchema, newPasswordSchema, passwordSchema } from "../../../shared/model/account";
import { confirmRefinement, passwordsMatch } from "./passwordConfirm";

/**
 * The renderer's forms add a "type it again" box to the shared schemas; the extra field is dropped
 * before anything is sent.
 */
export const adminFormSchema = newAccountSchema
  .safeExtend({ role: z.literal("administrator"), confirmPassword: z.string() })
  .refine(passwordsMatch("password", "confirmPassword"), confirmRefinement("password", "confirmPassword"));
export type AdminFormInput = z.input<typeof adminFormSchema>;
export type AdminForm = z.output<typeof adminFormSchema>;

export const newUserFormSchema = newAccountSchema
  .safeExtend({ confirmPassword: z.string() })
  .refine(passwordsMatch("password", "confirmPassword"), confirmRefinement("password", "confirmPassword"));
export type NewUserFormInput = z.input<typeof newUserFormSchema>;
export type NewUserForm = z.output<typeof newUserFormSchema>;

export const changePasswordFormSchema = z
  .object({ currentPassword: passwordSchema, newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine(passwordsMatch("newPassword", "confirmPassword"), confirmRefinement("newPassword", "confirmPassword"))
  .refine((v) => v.newPassword !== v.currentPassword, {
    message: "Choose a new password that is different from the current one.",
    path: ["newPassword"],
    when: (payload) => {
      const v = payload.value as Record<string, unknown> | undefined;
      return typeof v?.newPassword === "string" && typeof v?.currentPassword === "string";
    },
  });
export type ChangePasswordForm = z.output<typeof changePasswordFormSchema>;

export const resetPasswordFormSchema = z
  .object({ newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine(passwordsMatch("newPassword", "confirmPassword"), confirmRefinement("newPassword", "confirmPassword"));
export type ResetPasswordForm = z.output<typeof resetPasswordFormSchema>;
