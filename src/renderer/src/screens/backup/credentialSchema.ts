import { z } from "zod";
import { passwordSchema, usernameSchema } from "../../../../shared/model/account";
import type { BackupCredential } from "../../../../shared/model/backup";
import { isWellFormedRecoveryKey } from "../../../../shared/model/recoveryKey";

/**
 * What opens a backup or an export, as a form: a username and password, or the recovery key. Only
 * the fields of the chosen way are checked.
 */
export const credentialFormSchema = z
  .object({
    kind: z.enum(["password", "recovery-key"]),
    username: z.string(),
    password: z.string(),
    recoveryKey: z.string(),
  })
  .superRefine((value, context) => {
    if (value.kind === "password") {
      const username = usernameSchema.safeParse(value.username);
      if (!username.success) context.addIssue({ code: "custom", path: ["username"], message: username.error.issues[0]?.message ?? "Enter the username." });
      const password = passwordSchema.safeParse(value.password);
      if (!password.success) context.addIssue({ code: "custom", path: ["password"], message: password.error.issues[0]?.message ?? "Enter the password." });
    } else if (!isWellFormedRecoveryKey(value.recoveryKey)) {
      context.addIssue({ code: "custom", path: ["recoveryKey"], message: "A recovery key has 13 groups of 4 letters and digits. Check what you typed against the paper." });
    }
  });
export type CredentialForm = z.infer<typeof credentialFormSchema>;

export const EMPTY_CREDENTIAL: CredentialForm = { kind: "password", username: "", password: "", recoveryKey: "" };

export function toCredential(form: CredentialForm): BackupCredential {
  return form.kind === "password" ? { kind: "password", username: form.username.trim(), password: form.password } : { kind: "recovery-key", recoveryKey: form.recoveryKey.trim() };
}

/** The main process names fields "credential.password"; the form calls them "password". */
export const CREDENTIAL_FIELDS = ["username", "password", "recoveryKey"] as const;
