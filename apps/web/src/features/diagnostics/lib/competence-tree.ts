/**
 * Competences as a tree grouped by area: the framework's flat list (each node names its parent) →
 * areas in their fixed order → roots → children, keeping the server's order (sortOrder, code).
 */
import { COMPETENCE_AREA_TITLES, CompetenceArea } from '@sopr/shared';

export interface CompetenceNode<T> {
  item: T;
  children: CompetenceNode<T>[];
}

export interface AreaGroup<T> {
  area: string;
  title: string;
  roots: CompetenceNode<T>[];
}

interface TreeAccess<T> {
  key: (item: T) => string;
  parent: (item: T) => string | null;
  area: (item: T) => string;
}

const AREA_ORDER: readonly string[] = Object.values(CompetenceArea);

/** The tree of `items`; an item whose parent is missing becomes a root, cycles are broken at the first repeat. */
export function groupByArea<T>(items: readonly T[], access: TreeAccess<T>): AreaGroup<T>[] {
  const nodes = new Map<string, CompetenceNode<T>>();
  for (const item of items) nodes.set(access.key(item), { item, children: [] });
  const roots: CompetenceNode<T>[] = [];
  for (const item of items) {
    const node = nodes.get(access.key(item))!;
    const parentKey = access.parent(item);
    const parent = parentKey !== null ? nodes.get(parentKey) : undefined;
    if (parent && parent !== node && !isAncestor(node, parent)) parent.children.push(node);
    else roots.push(node);
  }
  const groups = new Map<string, AreaGroup<T>>();
  for (const root of roots) {
    const area = access.area(root.item);
    const group = groups.get(area) ?? { area, title: COMPETENCE_AREA_TITLES[area as CompetenceArea] ?? area, roots: [] };
    group.roots.push(root);
    groups.set(area, group);
  }
  const rank = (area: string) => (AREA_ORDER.includes(area) ? AREA_ORDER.indexOf(area) : AREA_ORDER.length);
  return [...groups.values()].sort((a, b) => rank(a.area) - rank(b.area));
}

function isAncestor<T>(candidate: CompetenceNode<T>, of: CompetenceNode<T>): boolean {
  const stack = [...candidate.children];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === of) return true;
    stack.push(...next.children);
  }
  return false;
}

/** A framework's competences (id / parentId). */
export const byId = {
  key: (c: { id: string }) => c.id,
  parent: (c: { parentId: string | null }) => c.parentId,
  area: (c: { area: string }) => c.area,
};

/** The bank's competences (code / parentCode). */
export const byCode = {
  key: (c: { code: string }) => c.code,
  parent: (c: { parentCode: string | null }) => c.parentCode,
  area: (c: { area: string }) => c.area,
};

export type TreeRow<T> =
  | { kind: 'area'; key: string; area: string; title: string }
  | { kind: 'competence'; key: string; item: T; depth: number; hasChildren: boolean };

/**
 * The tree as table rows, depth first: an area row, then its competences with their depth. With
 * `mergeSingleRoot`, an area whose competences all hang off one root (as in the default framework,
 * where «Профессиональные компетенции» is both the area and its root) gets no row of its own: the
 * root heads the group.
 */
export function flattenTree<T>(groups: readonly AreaGroup<T>[], keyOf: (item: T) => string, options: { mergeSingleRoot?: boolean } = {}): TreeRow<T>[] {
  const rows: TreeRow<T>[] = [];
  const visit = (node: CompetenceNode<T>, depth: number) => {
    rows.push({ kind: 'competence', key: keyOf(node.item), item: node.item, depth, hasChildren: node.children.length > 0 });
    node.children.forEach((child) => visit(child, depth + 1));
  };
  for (const group of groups) {
    if (!(options.mergeSingleRoot && group.roots.length === 1)) rows.push({ kind: 'area', key: `area:${group.area}`, area: group.area, title: group.title });
    group.roots.forEach((root) => visit(root, 0));
  }
  return rows;
}

export interface PickerNode {
  title: string;
  value: string;
  key: string;
  children?: PickerNode[];
}

/** Areas as value `area:<AREA>` (not a competence: with SHOW_CHILD only competences reach the value). */
export const AREA_VALUE_PREFIX = 'area:';

/** Tree data for a TreeSelect of competence codes, grouped by area (an area of one root is that root). */
export function competencePickerData(groups: readonly AreaGroup<{ code: string; name: string }>[]): PickerNode[] {
  const toNode = (node: CompetenceNode<{ code: string; name: string }>): PickerNode => ({
    title: node.item.name,
    value: node.item.code,
    key: node.item.code,
    ...(node.children.length > 0 ? { children: node.children.map(toNode) } : {}),
  });
  // An area with one root is that root (no node repeating its name).
  return groups.map((group) =>
    group.roots.length === 1
      ? toNode(group.roots[0])
      : { title: group.title, value: `${AREA_VALUE_PREFIX}${group.area}`, key: `${AREA_VALUE_PREFIX}${group.area}`, children: group.roots.map(toNode) },
  );
}

/** The competence codes of a picker's value (area nodes left out), unique, in order. */
export function pickedCodes(value: readonly string[] | undefined): string[] {
  return [...new Set((value ?? []).filter((code) => !code.startsWith(AREA_VALUE_PREFIX)))];
}
