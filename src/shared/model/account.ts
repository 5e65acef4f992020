import { z } from "zod";
import { ROLES, type Role } from "./roles";

/** Usernames are compared without regard to case, so "Maria" and "maria" are the same account. */
export const usernameSchema = z
  .string()
  .trim()
  .min(2, "A username needs at least 2 characters.")
  .max(64, "A username can be at most 64 characters.")
  .regex(/^[A-Za-z0-9._-]+$/, "Use only letters, digits, dots, dashes and underscores in a username.");

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Length is what makes a password strong (NIST SP 800-63B 5.1.1); we ask for 10 characters and
 * allow long passphrases, and impose no composition rules.
 */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `A password needs at least ${MIN_PASSWORD_LENGTH} characters. A short sentence works well.`)
  .max(256, "A password can be at most 256 characters.");

/** A password being checked, not chosen: any length, so that a wrong one is told apart from a malformed one. */
export const passwordSchema = z.string().min(1, "Enter the password.").max(1024, "That password is too long.");

export const personNameSchema = z.string().trim().min(1, "Enter the person's full name.").max(200, "A name can be at most 200 characters.");
export const jobTitleSchema = z.string().trim().max(200, "A title can be at most 200 characters.").default("");

export const roleSchema = z.enum(ROLES, { message: "Choose a role." });

export const newAccountSchema = z
  .object({
    username: usernameSchema,
    fullName: personNameSchema,
    title: jobTitleSchema,
    role: roleSchema,
    password: newPasswordSchema,
  })
  .refine((account) => account.password.toLowerCase() !== account.username.toLowerCase(), {
    message: "The password must not be the username.",
    path: ["password"],
  });
export type NewAccount = z.infer<typeof newAccountSchema>;

export interface UserSummary {
  id: string;
  username: string;
  fullName: string;
  title: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  removedAt: string | null;
}
