/** What each audit action code means, for people reading a printed log. */
const ACTION_LABELS: Record<string, string> = {
  "vault.created": "Vault set up",
  "vault.checked": "Vault checked",
  "session.unlocked": "Signed in",
  "session.locked": "Locked",
  "session.failed": "Failed sign-in",
  "session.failures-unreadable": "Record of failed sign-ins unreadable",
  "session.recovered": "Used recovery key",
  "user.created": "Account added",
  "user.updated": "Account changed",
  "user.removed": "Account removed",
  "user.password-changed": "Password changed",
  "user.password-reset": "Password reset",
  "practice.updated": "Practice profile changed",
  "settings.updated": "Settings changed",
  "recovery-key.confirmed": "Recovery key confirmed",
  "recovery-key.replaced": "Recovery key replaced",
  "audit.exported": "Audit log exported",
  "certificate.created": "Signing certificate created",
  "certificate.renewed": "Signing certificate renewed",
  "certificate.revoked": "Signing certificate retired with its account",
  "report.exported": "Report exported",
  "report.signed": "Report signed",
};

/** A known action's label, or one made from the code itself ("assessment.section-reviewed" → "Assessment: section reviewed"). */
export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const [area = action, ...rest] = action.split(".");
  const words = (text: string) => text.replace(/[-_]+/g, " ").trim();
  const areaLabel = words(area).charAt(0).toUpperCase() + words(area).slice(1);
  return rest.length ? `${areaLabel}: ${words(rest.join(" "))}` : areaLabel;
}
