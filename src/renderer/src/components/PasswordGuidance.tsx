import { MIN_PASSWORD_LENGTH } from "../../../shared/model/account";

/** The advice shown wherever someone chooses a password (NIST SP 800-63B: length over symbols). */
export function passwordGuidanceText(): string {
  return `Use at least ${MIN_PASSWORD_LENGTH} characters. A short sentence you will remember works well, such as "our waiting room has blue chairs". You do not need symbols or numbers. Do not reuse a password from email or banking.`;
}
