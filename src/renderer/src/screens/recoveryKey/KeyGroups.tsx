import { recoveryKeyGroups } from "../../../../shared/model/recoveryKey";

/** The key in numbered groups of four, large and monospaced, so it can be copied by hand without slips. */
export function KeyGroups({ recoveryKey, label }: { recoveryKey: string; label: string }) {
  const groups = recoveryKeyGroups(recoveryKey);
  return (
    <ol className="key-groups" aria-label={label}>
      {groups.map((group, index) => (
        <li key={index}>
          <span className="key-group-number">Group {index + 1}</span>
          <span className="key-group-value">{group}</span>
        </li>
      ))}
    </ol>
  );
}
