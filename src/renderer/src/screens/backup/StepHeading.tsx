import { useEffect, useRef, type ReactNode } from "react";

/** A step's heading, focused when the step appears so keyboard and screen reader users start there. */
export function StepHeading({ level, id, focus = true, children }: { level: 2 | 3; id?: string; focus?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag ref={ref} id={id} tabIndex={-1}>
      {children}
    </Tag>
  );
}
