import { useId, type ReactNode } from "react";

/** One titled part of the Settings page; `anchor` lets a link ("#/settings/recovery-key") lead to it. */
export function SettingsSection({ title, anchor, children }: { title: string; anchor?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id} data-section={anchor}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
