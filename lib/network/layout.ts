// A deterministic, layered layout for the network drawing: one column per track (1 sociale
// basis → 2 buurtteam → 3 specialist), organisations as labelled boxes, referral links as
// curves between them. No graph library and no randomness: the same data always gives the
// same picture, on the server, so the drawing needs no JavaScript and screenshots are stable.
import type { OrganizationKind, ReferralKind, Track } from "../generated/prisma/enums";

export const TRACK_ORDER: readonly Track[] = ["SOCIALE_BASIS", "BUURTTEAM", "SPECIALIST"];

export const NODE_WIDTH = 230;
export const NODE_HEIGHT = 34;
const ROW = 44;
const COLUMN_GAP = 130;
const MARGIN_X = 70;
const MARGIN_TOP = 56;
const MARGIN_BOTTOM = 16;
/** Characters per label line at 12px in a 230px box; longer names wrap, then get "…". */
export const LABEL_CHARS = 32;
/** Distance between the lanes of links that go around the middle column. */
const LANE = 9;

export type LayoutNode = { id: string; name: string; track: Track; kind: OrganizationKind };
export type LayoutEdge = { id: string; from: string; to: string; kind: ReferralKind };

export type PlacedNode = LayoutNode & { x: number; y: number; width: number; height: number; lines: string[] };
export type PlacedEdge = LayoutEdge & { path: string; labelX: number; labelY: number };
export type PlacedColumn = { track: Track; x: number; centerX: number };
export type GraphLayout = { width: number; height: number; columns: PlacedColumn[]; nodes: PlacedNode[]; edges: PlacedEdge[] };

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

function byName(a: LayoutNode, b: LayoutNode): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Splits a name over at most `maxLines` lines of `maxChars`, at spaces where possible. */
export function wrapLabel(name: string, maxChars = LABEL_CHARS, maxLines = 2): string[] {
  const words = name.trim().split(/\s+/);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars || !current) {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const kept = lines.slice(0, maxLines).map((line) => (line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line));
  if (lines.length > maxLines) {
    const last = kept[maxLines - 1];
    kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  }
  return kept;
}

function columnX(index: number): number {
  return MARGIN_X + index * (NODE_WIDTH + COLUMN_GAP);
}

/**
 * Orders each column so that linked organisations sit at similar heights (fewer crossing
 * lines): a few passes of the barycentre heuristic, ties broken by name, so it stays
 * deterministic whatever order the input comes in.
 */
function orderColumns(nodes: LayoutNode[], edges: LayoutEdge[]): LayoutNode[][] {
  const columns = TRACK_ORDER.map((track) => nodes.filter((node) => node.track === track).sort(byName));
  const columnOf = new Map(nodes.map((node) => [node.id, TRACK_ORDER.indexOf(node.track)]));
  const neighbours = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const edge of edges) {
    if (columnOf.get(edge.from) === columnOf.get(edge.to)) continue;
    neighbours.get(edge.from)?.push(edge.to);
    neighbours.get(edge.to)?.push(edge.from);
  }
  const maxRows = Math.max(1, ...columns.map((column) => column.length));
  const position = new Map<string, number>();
  const place = () =>
    columns.forEach((column) => column.forEach((node, row) => position.set(node.id, row + (maxRows - column.length) / 2)));
  place();
  for (let pass = 0; pass < 4; pass++) {
    for (const column of columns) {
      const weight = new Map(
        column.map((node) => {
          const linked = neighbours.get(node.id) ?? [];
          const own = position.get(node.id) ?? 0;
          return [node.id, linked.length ? linked.reduce((sum, id) => sum + (position.get(id) ?? 0), 0) / linked.length : own];
        }),
      );
      column.sort((a, b) => (weight.get(a.id) ?? 0) - (weight.get(b.id) ?? 0) || byName(a, b));
    }
    place();
  }
  return columns;
}

function cubicMidpoint(p0: number, p1: number, p2: number, p3: number): number {
  return (p0 + 3 * p1 + 3 * p2 + p3) / 8;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function layoutGraph(nodes: LayoutNode[], edges: LayoutEdge[]): GraphLayout {
  const columns = orderColumns(nodes, edges);
  const maxRows = Math.max(1, ...columns.map((column) => column.length));
  const placed = new Map<string, PlacedNode>();
  const placedColumns: PlacedColumn[] = TRACK_ORDER.map((track, index) => ({
    track,
    x: columnX(index),
    centerX: columnX(index) + NODE_WIDTH / 2,
  }));
  columns.forEach((column, index) => {
    const offset = ((maxRows - column.length) * ROW) / 2;
    column.forEach((node, row) => {
      placed.set(node.id, {
        ...node,
        x: columnX(index),
        y: MARGIN_TOP + offset + row * ROW,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        lines: wrapLabel(node.name),
      });
    });
  });

  // Each link gets its own point on the side of a box ("port"), spread over the box's height
  // in the order of where the other end lies: links into a busy organisation fan out instead
  // of meeting in one point, and two links between the same pair never lie on top of each other.
  const drawable = edges
    .filter((edge) => placed.has(edge.from) && placed.has(edge.to) && edge.from !== edge.to)
    .sort((a, b) => (a.from + a.to + a.kind + a.id < b.from + b.to + b.kind + b.id ? -1 : 1));
  const lastColumn = TRACK_ORDER.length - 1;
  const columnOf = (node: PlacedNode) => TRACK_ORDER.indexOf(node.track);

  // Links that skip the middle column go around it, above or below its boxes, so they never
  // pass behind a box they do not belong to.
  const middle = columns[1].map((node) => placed.get(node.id)!);
  const middleTop = middle.length ? middle[0].y : 0;
  const middleBottom = middle.length ? middle[middle.length - 1].y + NODE_HEIGHT : 0;
  let above = 0;
  let below = 0;
  const lane = new Map<string, number>();
  for (const edge of drawable) {
    const from = placed.get(edge.from)!;
    const to = placed.get(edge.to)!;
    if (Math.abs(columnOf(from) - columnOf(to)) < 2 || middle.length === 0) continue;
    const mean = (from.y + to.y) / 2 + NODE_HEIGHT / 2;
    const topLane = middleTop - 16 - above * LANE;
    if (mean < (middleTop + middleBottom) / 2 && topLane > 36) {
      lane.set(edge.id, topLane);
      above++;
    } else {
      lane.set(edge.id, middleBottom + 16 + below * LANE);
      below++;
    }
  }

  type End = { edge: LayoutEdge; node: PlacedNode; right: boolean; towards: number };
  const ends: End[] = [];
  for (const edge of drawable) {
    const from = placed.get(edge.from)!;
    const to = placed.get(edge.to)!;
    const a = columnOf(from);
    const b = columnOf(to);
    const detour = lane.get(edge.id);
    if (a === b) {
      const right = a === lastColumn;
      ends.push({ edge, node: from, right, towards: to.y }, { edge, node: to, right, towards: from.y });
    } else {
      ends.push({ edge, node: from, right: a < b, towards: detour ?? to.y }, { edge, node: to, right: b < a, towards: detour ?? from.y });
    }
  }
  const portY = new Map<string, number>();
  const sides = new Map<string, End[]>();
  for (const end of ends) {
    const key = `${end.node.id}|${end.right}`;
    sides.set(key, [...(sides.get(key) ?? []), end]);
  }
  for (const group of sides.values()) {
    group.sort((p, q) => p.towards - q.towards || (p.edge.id < q.edge.id ? -1 : p.edge.id > q.edge.id ? 1 : p.node.id === p.edge.from ? -1 : 1));
    group.forEach((end, index) => {
      const y = end.node.y + (end.node.height * (index + 1)) / (group.length + 1);
      portY.set(`${end.edge.id}|${end.node.id}`, y);
    });
  }

  const sameColumn = drawable.filter((edge) => placed.get(edge.from)!.track === placed.get(edge.to)!.track).map((edge) => edge.id);
  const placedEdges = drawable.map((edge): PlacedEdge => {
    const from = placed.get(edge.from)!;
    const to = placed.get(edge.to)!;
    const fromColumn = columnOf(from);
    const toColumn = columnOf(to);
    const y1 = portY.get(`${edge.id}|${from.id}`)!;
    const y2 = portY.get(`${edge.id}|${to.id}`)!;
    const detour = lane.get(edge.id);
    if (fromColumn === toColumn) {
      // Within one column: an arc outside the boxes, on the side with room for it.
      const right = fromColumn === lastColumn;
      // Arcs of the same height would share one curve and one letter: each next arc in the
      // column reaches a step further out.
      const step = sameColumn.indexOf(edge.id) % 4;
      const bulge = Math.min(MARGIN_X - 6, 14 + step * 12 + Math.min(Math.abs(y2 - y1) * 0.05, 12));
      const x = right ? from.x + from.width : from.x;
      const c = right ? x + bulge : x - bulge;
      return { ...edge, path: `M${round(x)},${round(y1)} C${round(c)},${round(y1)} ${round(c)},${round(y2)} ${round(x)},${round(y2)}`, labelX: round(cubicMidpoint(x, c, c, x)), labelY: round(cubicMidpoint(y1, y1, y2, y2)) };
    }
    const forward = fromColumn < toColumn;
    const x1 = forward ? from.x + from.width : from.x;
    const x2 = forward ? to.x : to.x + to.width;
    if (detour !== undefined) {
      // Around the middle column: into the lane, along it past the boxes, out to the target.
      const left = columnX(1) - 24;
      const right = columnX(1) + NODE_WIDTH + 24;
      const [xa, xb] = forward ? [left, right] : [right, left];
      const ca = (x1 + xa) / 2;
      const cb = (xb + x2) / 2;
      const index = [...lane.keys()].indexOf(edge.id);
      return {
        ...edge,
        path: `M${round(x1)},${round(y1)} C${round(ca)},${round(y1)} ${round(ca)},${round(detour)} ${round(xa)},${round(detour)} L${round(xb)},${round(detour)} C${round(cb)},${round(detour)} ${round(cb)},${round(y2)} ${round(x2)},${round(y2)}`,
        // Spread along the lane, so the letters of neighbouring lanes do not cover each other.
        labelX: round(columnX(1) + 24 + ((index * 47) % (NODE_WIDTH - 48))),
        labelY: round(detour),
      };
    }
    const c = x1 + (x2 - x1) / 2;
    return {
      ...edge,
      path: `M${round(x1)},${round(y1)} C${round(c)},${round(y1)} ${round(c)},${round(y2)} ${round(x2)},${round(y2)}`,
      labelX: round(cubicMidpoint(x1, c, c, x2)),
      labelY: round(cubicMidpoint(y1, y1, y2, y2)),
    };
  });

  const lowestLane = Math.max(0, ...[...lane.values()]);
  return {
    width: 2 * MARGIN_X + TRACK_ORDER.length * NODE_WIDTH + (TRACK_ORDER.length - 1) * COLUMN_GAP,
    height: Math.max(MARGIN_TOP + maxRows * ROW - (ROW - NODE_HEIGHT), lowestLane + 12) + MARGIN_BOTTOM,
    columns: placedColumns,
    nodes: [...placed.values()],
    edges: placedEdges,
  };
}
