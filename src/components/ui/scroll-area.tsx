/**
 * A region that scrolls on narrow screens; focusable so keyboard users can scroll it too, and
 * positioned so that visually hidden (absolute) text inside does not widen the page.
 */
export function ScrollArea({ label, className = "overflow-x-auto", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative ${className} focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600`}>
      {children}
    </div>
  );
}
