// The network drawing's layout: the same picture for the same data, boxes never on top of
// each other, and every link drawn between the boxes it connects.
import { describe, expect, it } from "vitest";
import type { OrganizationKind, ReferralKind, Track } from "@/lib/generated/prisma/enums";
import { layoutGraph, LABEL_CHARS, wrapLabel, type LayoutEdge, type LayoutNode, type PlacedNode } from "@/lib/network/layout";

const TRACKS: Track[] = ["SOCIALE_BASIS", "BUURTTEAM", "SPECIALIST"];
const KINDS: ReferralKind[] = ["HEAVIER_HELP", "LIGHTER_HELP", "ALTERNATIVE", "PRACTICAL"];

/** A city-sized network: 70 organisations, mostly in the sociale basis, 90 links. */
function cityNetwork(): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const nodes: LayoutNode[] = Array.from({ length: 70 }, (_, i) => ({
    id: `org-${String(i).padStart(2, "0")}`,
    name: `Organisatie ${i} ${"met een lange naam ".repeat(i % 4)}`.trim(),
    track: i % 7 === 0 ? "SPECIALIST" : i % 3 === 0 ? "BUURTTEAM" : "SOCIALE_BASIS",
    kind: (i % 2 === 0 ? "FORMAL" : "INFORMAL") as OrganizationKind,
  }));
  const edges: LayoutEdge[] = Array.from({ length: 90 }, (_, i) => ({
    id: `link-${i}`,
    from: nodes[(i * 7) % 70].id,
    to: nodes[(i * 13 + 5) % 70].id,
    kind: KINDS[i % 4],
  })).filter((edge) => edge.from !== edge.to);
  return { nodes, edges };
}

/** The same items in another, but fixed, order. */
function shuffled<T>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, key: (index * 37 + 11) % items.length }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

function overlap(a: PlacedNode, b: PlacedNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("layoutGraph", () => {
  it("gives the same picture for the same data, whatever order it comes in", () => {
    const { nodes, edges } = cityNetwork();
    const first = layoutGraph(nodes, edges);
    const again = layoutGraph(shuffled(nodes), shuffled(edges));
    expect(again).toEqual(first);
    expect(first.nodes).toHaveLength(70);
  });

  it("never puts two organisations on top of each other, and keeps them inside the drawing", () => {
    const { nodes, edges } = cityNetwork();
    const layout = layoutGraph(nodes, edges);
    for (const [i, a] of layout.nodes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes.slice(i + 1)) expect(overlap(a, b), `${a.name} / ${b.name}`).toBe(false);
    }
  });

  it("keeps the letters on the lines out of the boxes", () => {
    const { nodes, edges } = cityNetwork();
    const layout = layoutGraph(nodes, edges);
    expect(layout.edges.length).toBeGreaterThan(50);
    for (const edge of layout.edges) {
      const inside = layout.nodes.find((n) => edge.labelX >= n.x && edge.labelX <= n.x + n.width && edge.labelY >= n.y && edge.labelY <= n.y + n.height);
      expect(inside?.name, edge.id).toBeUndefined();
      expect(edge.labelY).toBeLessThanOrEqual(layout.height);
    }
  });

  it("takes a link from track 1 to track 3 around the buurtteams, not behind them", () => {
    const nodes: LayoutNode[] = [
      { id: "inloop", name: "Inloop", track: "SOCIALE_BASIS", kind: "INFORMAL" },
      { id: "bt1", name: "Buurtteam 1", track: "BUURTTEAM", kind: "FORMAL" },
      { id: "bt2", name: "Buurtteam 2", track: "BUURTTEAM", kind: "FORMAL" },
      { id: "bt3", name: "Buurtteam 3", track: "BUURTTEAM", kind: "FORMAL" },
      { id: "gemeente", name: "Schuldhulp", track: "SPECIALIST", kind: "FORMAL" },
    ];
    const layout = layoutGraph(nodes, [{ id: "1", from: "inloop", to: "gemeente", kind: "HEAVIER_HELP" }]);
    const middle = layout.nodes.filter((n) => n.track === "BUURTTEAM");
    const top = Math.min(...middle.map((n) => n.y));
    const bottom = Math.max(...middle.map((n) => n.y + n.height));
    const [edge] = layout.edges;
    // The straight stretch past the middle column runs in a lane outside its boxes.
    const lane = Number(edge.path.match(/L-?[\d.]+,(-?[\d.]+)/)?.[1]);
    expect(lane < top || lane > bottom).toBe(true);
    expect(edge.labelY).toBe(lane);
    expect(lane).toBeLessThanOrEqual(layout.height);
  });

  it("puts each track in its own column: 1 sociale basis, 2 buurtteam, 3 specialist from left to right", () => {
    const { nodes, edges } = cityNetwork();
    const layout = layoutGraph(nodes, edges);
    const xOf = (track: Track) => new Set(layout.nodes.filter((n) => n.track === track).map((n) => n.x));
    const columns = TRACKS.map(xOf);
    for (const column of columns) expect(column.size).toBe(1);
    const [one, two, three] = columns.map((column) => [...column][0]);
    expect(one).toBeLessThan(two);
    expect(two).toBeLessThan(three);
    expect(layout.columns.map((c) => c.track)).toEqual(TRACKS);
  });

  it("draws every link from the edge of its source box to the edge of its target box", () => {
    const nodes: LayoutNode[] = [
      { id: "a", name: "Inloop", track: "SOCIALE_BASIS", kind: "INFORMAL" },
      { id: "b", name: "Buurtteam", track: "BUURTTEAM", kind: "FORMAL" },
      { id: "c", name: "Schuldhulp", track: "SPECIALIST", kind: "FORMAL" },
      { id: "d", name: "Voedseltuin", track: "SOCIALE_BASIS", kind: "INFORMAL" },
    ];
    const edges: LayoutEdge[] = [
      { id: "1", from: "a", to: "b", kind: "HEAVIER_HELP" },
      { id: "2", from: "b", to: "a", kind: "LIGHTER_HELP" },
      { id: "3", from: "a", to: "d", kind: "PRACTICAL" },
      { id: "4", from: "c", to: "x-unknown", kind: "ALTERNATIVE" },
    ];
    const layout = layoutGraph(nodes, edges);
    const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
    const ends = (path: string) => {
      const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      return { x1: numbers[0], y1: numbers[1], x2: numbers[6], y2: numbers[7] };
    };
    // A link to an organisation that is not drawn is left out.
    expect(layout.edges.map((e) => e.id).sort()).toEqual(["1", "2", "3"]);

    const forward = ends(layout.edges.find((e) => e.id === "1")!.path);
    expect(forward.x1).toBe(node("a").x + node("a").width);
    expect(forward.x2).toBe(node("b").x);
    const back = ends(layout.edges.find((e) => e.id === "2")!.path);
    expect(back.x1).toBe(node("b").x);
    expect(back.x2).toBe(node("a").x + node("a").width);
    // Both ways between the same two: side by side, not on top of each other.
    expect(back.y1).not.toBe(forward.y2);

    // Within one column: an arc left of the boxes, not through them.
    const within = layout.edges.find((e) => e.id === "3")!;
    const arc = ends(within.path);
    expect(arc.x1).toBe(node("a").x);
    expect(arc.x2).toBe(node("d").x);
    expect(within.labelX).toBeLessThan(node("a").x);
  });

  it("wraps long names over two lines and shortens only what does not fit", () => {
    expect(wrapLabel("Buurtteam")).toEqual(["Buurtteam"]);
    expect(wrapLabel("Stichting Vluchtelingenwerk Midden-Nederland, Utrecht")).toEqual(["Stichting Vluchtelingenwerk", "Midden-Nederland, Utrecht"]);
    const long = wrapLabel("Een heel erg lange naam van een organisatie die maar doorgaat en doorgaat");
    expect(long).toHaveLength(2);
    expect(long[1].endsWith("…")).toBe(true);
    for (const line of long) expect(line.length).toBeLessThanOrEqual(LABEL_CHARS);
  });

  it("draws an empty picture without failing", () => {
    const layout = layoutGraph([], []);
    expect(layout.nodes).toEqual([]);
    expect(layout.height).toBeGreaterThan(0);
  });
});
