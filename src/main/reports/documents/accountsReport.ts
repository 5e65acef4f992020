import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from "../../../shared/model/roles";
import { formatTableMoment } from "../../../shared/time/zonedTime";
import { auditEntriesOfActions } from "../../audit/auditSummary";
import { listUsers } from "../../services/userService";
import { dataTable, emptySection, factTable, paragraph, sectionHeading, smallPrint, type DocumentBody } from "../pdfDocument";
import { actionLabel } from "./auditActions";
import type { ReportDocument } from "./types";

interface AccountRow {
  fullName: string;
  username: string;
  title: string;
  role: Role;
  createdAt: string;
  removedAt: string | null;
  mustChangePassword: boolean;
}

interface ChangeRow {
  at: string;
  actorName: string;
  action: string;
  summary: string;
}

interface CertificateRow {
  fullName: string;
  serial: string;
  createdAt: string;
  notAfter: string;
  replacedAt: string | null;
}

export interface AccountsReportData {
  accounts: AccountRow[];
  changes: ChangeRow[];
  certificates: CertificateRow[];
  periodLabel: string;
  allTime: boolean;
}

/** The audit actions that change who may get in, and with what rights. */
const ACCOUNT_ACTIONS = [
  "user.created",
  "user.updated",
  "user.removed",
  "user.password-reset",
  "user.password-changed",
  "session.recovered",
  "recovery-key.replaced",
  "certificate.created",
  "certificate.renewed",
] as const;

const day = (iso: string, zone: string) => formatTableMoment(iso, zone).slice(0, 10);

export const accountsReport: ReportDocument<AccountsReportData> = {
  kind: "accounts",
  description: "Who can open the vault, with which role, since when; removed accounts; changes to accounts in the period.",

  collect({ db, period }) {
    const accounts = listUsers(db).map((user) => ({
      fullName: user.fullName,
      username: user.username,
      title: user.title,
      role: user.role,
      createdAt: user.createdAt,
      removedAt: user.removedAt,
      mustChangePassword: user.mustChangePassword,
    }));
    // A few dozen entries among a million: SQLite finds them by action, without reading the others.
    const changes: ChangeRow[] = auditEntriesOfActions(db, ACCOUNT_ACTIONS, period).map(({ at, actorName, action, summary }) => ({ at, actorName, action, summary }));
    const certificates = db
      .prepare(
        `SELECT u.full_name AS fullName, c.serial AS serial, c.created_at AS createdAt, c.not_after AS notAfter, c.replaced_at AS replacedAt
         FROM signing_certificates c JOIN users u ON u.id = c.user_id ORDER BY c.created_at`,
      )
      .all() as CertificateRow[];
    return { accounts, changes, certificates, periodLabel: period.label, allTime: period.key === "all" };
  },

  layout(data, frame): DocumentBody {
    const zone = frame.practice.timeZone;
    const active = data.accounts.filter((account) => account.removedAt === null);
    const removed = data.accounts.filter((account) => account.removedAt !== null);
    const roleCount = (role: Role) => active.filter((account) => account.role === role).length;
    const during = data.allTime ? "since the vault was set up" : `during the period (${data.periodLabel})`;
    return {
      coverFacts: [
        {
          label: "Active accounts",
          value: `${active.length} (${ROLES.map((role) => `${roleCount(role)} ${ROLE_LABELS[role]}`).join(", ")})`,
        },
        { label: "Removed accounts", value: String(removed.length) },
        { label: "Account changes in period", value: String(data.changes.length) },
      ],
      coverNotice: null,
      sections: [
        sectionHeading("About this report"),
        paragraph(
          `This report lists everyone who can open ${frame.practice.name}'s Safeguard Desk vault, the role each person has, when each account was ` +
            "created and, for former workforce members, when it was removed. It is evidence for workforce security and termination procedures " +
            "(45 CFR 164.308(a)(3)), information access management and access authorization (45 CFR 164.308(a)(4)), and unique user identification " +
            "(45 CFR 164.312(a)(2)(i)).",
        ),
        paragraph(
          "Every person signs in with a username of their own. Usernames are never reused, not even a removed person's, so the audit log always names " +
            "one person. Removed accounts stay on record for the same reason; their sign-in keys are deleted when they are removed.",
        ),
        smallPrint(`Accounts are listed as they stood when this report was generated. Dates are in the practice's time zone, ${zone}.`),

        sectionHeading("Roles and what they allow"),
        dataTable(
          [
            { header: "Role", width: 80 },
            { header: "What it allows", width: "*" },
            { header: "Active accounts", width: 70, align: "right" },
          ],
          ROLES.map((role) => [ROLE_LABELS[role], ROLE_DESCRIPTIONS[role], String(roleCount(role))]),
          { striped: false },
        ),

        sectionHeading("Active accounts"),
        active.length
          ? dataTable(
              [
                { header: "Name", width: "*" },
                { header: "Username", width: 70 },
                { header: "Title", width: 90 },
                { header: "Role", width: 62 },
                { header: "Created", width: 56 },
              ],
              active.map((account) => [
                account.fullName + (account.mustChangePassword ? " (must choose a new password)" : ""),
                account.username,
                account.title || "—",
                ROLE_LABELS[account.role],
                day(account.createdAt, zone),
              ]),
            )
          : emptySection("no account is active, which should not happen: the vault always keeps one Administrator."),

        sectionHeading("Removed accounts"),
        removed.length
          ? dataTable(
              [
                { header: "Name", width: "*" },
                { header: "Username", width: 70 },
                { header: "Role when removed", width: 80 },
                { header: "Created", width: 56 },
                { header: "Removed", width: 56 },
              ],
              removed.map((account) => [account.fullName, account.username, ROLE_LABELS[account.role], day(account.createdAt, zone), day(account.removedAt!, zone)]),
            )
          : emptySection("no account has ever been removed. When someone leaves, removing their account ends their access and lists them here."),

        sectionHeading("Changes to accounts"),
        data.changes.length
          ? dataTable(
              [
                { header: "Date and time", width: 74 },
                { header: "By", width: 58 },
                { header: "Change", width: 92 },
                { header: "What happened", width: "*" },
              ],
              data.changes.map((change) => [formatTableMoment(change.at, zone), change.actorName, actionLabel(change.action), change.summary]),
              { fontSize: 7.5 },
            )
          : emptySection(`no account was added, changed or removed, and no password was reset, ${during}.`),

        sectionHeading("Signing certificates"),
        smallPrint("Administrators sign reports with a certificate of their own, made in the vault. Its private key never leaves the encrypted vault."),
        data.certificates.length
          ? dataTable(
              [
                { header: "Name", width: "*" },
                { header: "Serial number", width: 150 },
                { header: "Issued", width: 56 },
                { header: "Valid until", width: 56 },
                { header: "Status", width: 80 },
              ],
              data.certificates.map((certificate) => [
                certificate.fullName,
                certificate.serial,
                day(certificate.createdAt, zone),
                day(certificate.notAfter, zone),
                certificate.replacedAt ? `Replaced ${day(certificate.replacedAt, zone)}` : "In use",
              ]),
              { fontSize: 7.5 },
            )
          : emptySection("no one has signed a report yet; an Administrator's certificate is made at their first signature."),

        sectionHeading("Totals"),
        factTable([
          { label: "Accounts ever created", value: String(data.accounts.length) },
          { label: "Active now", value: String(active.length) },
          { label: "Removed", value: String(removed.length) },
          { label: "Administrators now", value: String(roleCount("administrator")) },
        ]),
      ],
    };
  },
};
