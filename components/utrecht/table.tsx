// Utrecht's Table parts as the library defines them (same markup and classes), for client
// components (the conflict panel of every management form): see alert.tsx for why copies.
import { forwardRef, type HTMLAttributes, type TableHTMLAttributes, type TdHTMLAttributes, type ThHTMLAttributes } from "react";
import { clsx } from "./clsx";

export const Table = forwardRef<HTMLTableElement, TableHTMLAttributes<HTMLTableElement> & { busy?: boolean }>(function Table({ busy, className, ...props }, ref) {
  return <table aria-busy={busy} {...props} ref={ref} className={clsx("utrecht-table", busy && "utrecht-table--busy", className)} />;
});

export const TableHeader = forwardRef<HTMLTableSectionElement, HTMLAttributes<HTMLTableSectionElement> & { sticky?: boolean }>(function TableHeader({ sticky, className, ...props }, ref) {
  return <thead {...props} ref={ref} className={clsx("utrecht-table__header", sticky && "utrecht-table__header--sticky", className)} />;
});

export const TableBody = forwardRef<HTMLTableSectionElement, HTMLAttributes<HTMLTableSectionElement>>(function TableBody({ className, ...props }, ref) {
  return <tbody {...props} ref={ref} className={clsx("utrecht-table__body", className)} />;
});

export const TableRow = forwardRef<HTMLTableRowElement, HTMLAttributes<HTMLTableRowElement> & { selected?: boolean }>(function TableRow({ selected, className, ...props }, ref) {
  return <tr aria-selected={selected ? true : undefined} {...props} ref={ref} className={clsx("utrecht-table__row", selected && "utrecht-table__row--selected", className)} />;
});

type CellProps = { numericColumn?: boolean; selected?: boolean };

export const TableCell = forwardRef<HTMLTableCellElement, TdHTMLAttributes<HTMLTableCellElement> & CellProps>(function TableCell({ numericColumn, selected, className, ...props }, ref) {
  return (
    <td
      aria-selected={selected ? true : undefined}
      {...props}
      ref={ref}
      className={clsx("utrecht-table__cell", selected && "utrecht-table__cell--selected", numericColumn && "utrecht-table__cell--numeric-column", className)}
    />
  );
});

export const TableHeaderCell = forwardRef<HTMLTableCellElement, ThHTMLAttributes<HTMLTableCellElement> & CellProps & { sticky?: boolean }>(function TableHeaderCell(
  { numericColumn, selected, sticky, scope, className, ...props },
  ref,
) {
  return (
    <th
      aria-selected={selected ? true : undefined}
      scope={scope}
      {...props}
      ref={ref}
      className={clsx(
        "utrecht-table__header-cell",
        numericColumn && "utrecht-table__header-cell--numeric-column",
        selected && "utrecht-table__header-cell--selected",
        sticky && scope === "row" && "utrecht-table__header-cell--sticky-inline",
        sticky && scope === "col" && "utrecht-table__header-cell--sticky-block",
        className,
      )}
    />
  );
});
