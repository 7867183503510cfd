// A wide table may scroll sideways on a phone: the scrolling box can then be reached and
// scrolled with the keyboard, and is named after the table's caption.
export function ScrollTable({ labelledBy, children }: { labelledBy: string; children: React.ReactNode }) {
  return (
    <div className="gaps-table" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
