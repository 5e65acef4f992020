import type { PolicyReviewView, PolicyVersionView } from "../../../../shared/model/policy";
import { formatDay } from "../../../../shared/time/zonedTime";
import { formatDateTime } from "../../format/dates";
import { retentionText } from "./policyLabels";
import { PolicyText } from "./PolicyText";
import { VersionBadge } from "./StatusBadge";

function inEffectText(version: PolicyVersionView): string {
  if (!version.effectiveFrom) return "Never";
  if (version.effectiveUntil) return `${formatDay(version.effectiveFrom)} to ${formatDay(version.effectiveUntil)}`;
  return `Since ${formatDay(version.effectiveFrom)}`;
}

/**
 * Every version, newest first, with who saved and approved it, what changed, the dates it was in
 * effect and how long it is kept (45 CFR 164.316(b)(2)(i)); each version's text can be read below.
 */
export function VersionHistory({ versions, reviews, timeZone }: { versions: PolicyVersionView[]; reviews: PolicyReviewView[]; timeZone: string | undefined }) {
  return (
    <section className="policy-section" aria-labelledby="policy-history-title">
      <h2 id="policy-history-title">Version history</h2>
      <p>No version is ever deleted: each is kept at least until the date shown, six years after it was written or last in effect, whichever is later.</p>
      <div className="table-wrap">
        <table className="data-table policy-history">
          <caption className="visually-hidden">Versions of this policy</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Saved</th>
              <th scope="col">What changed</th>
              <th scope="col">Approved</th>
              <th scope="col">In effect</th>
              <th scope="col">Kept</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">{version.number}</th>
                <td>
                  <VersionBadge status={version.status} />
                </td>
                <td>
                  {version.createdBy.name}
                  <div className="hint">{formatDateTime(version.createdAt, timeZone)}</div>
                </td>
                <td>
                  {version.changeSummary}
                  <div className="hint">{version.diffSummary}</div>
                </td>
                <td>
                  {version.approvedBy && version.approvedAt ? (
                    <>
                      {version.approvedBy.name}
                      <div className="hint">{formatDateTime(version.approvedAt, timeZone)}</div>
                    </>
                  ) : (
                    "Not approved"
                  )}
                </td>
                <td>{inEffectText(version)}</td>
                <td>{retentionText(version)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reviews.length > 0 ? (
        <>
          <h3>Annual reviews with no change</h3>
          <ul className="policy-reviews">
            {reviews.map((review) => (
              <li key={review.id}>
                {formatDateTime(review.reviewedAt, timeZone)}: {review.reviewedBy.name} reviewed version {review.versionNumber}
                {review.note ? ` (“${review.note}”)` : ""}. Next review by {formatDay(review.nextReviewDate)}.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Read each version</h3>
      {versions.map((version) => (
        <details key={version.id} className="policy-version-text">
          <summary>
            Version {version.number}: {version.title}
          </summary>
          <PolicyText body={version.body} headingLevel={4} />
        </details>
      ))}
    </section>
  );
}
