// The "Object layouts" tree, built from the plan JSON that `shapescape/layout`
// answers (the same JSON as `shapescape layout --format json`, see docs/plan.md).
//
// Model: only object sites are shown (representation struct, scalar or map;
// closures, arrays and builtins are not object layouts). They are grouped by
// class (`new Point` sites under "Point"), with object literals and other
// objects in their own groups. Groups come in source order of their first
// site; sites in source order. Under a site: its fields with their WasmGC
// types (struct and scalar), and every deopt cause with the location of the
// operation responsible (map). Every node that has a source location carries
// it, so a click can jump there. The plan is untrusted input: anything
// malformed is skipped, never thrown.
// No `vscode` import: the view adapter (layoutView.ts) turns nodes into TreeItems.

export interface SourceLocation {
    /** The file as the plan prints it (relative to the server's folder, or absolute). */
    file: string;
    /** 1-based line. */
    line: number;
    /** 1-based column, in Unicode code points. */
    column: number;
}

export type LayoutNodeKind = 'group' | 'site' | 'field' | 'deopt' | 'notice';

export interface LayoutNode {
    kind: LayoutNodeKind;
    label: string;
    description: string;
    tooltip: string;
    /** struct / scalar / map for sites (icon choice); undefined otherwise. */
    representation?: string;
    location?: SourceLocation;
    children: LayoutNode[];
}

export const OBJECT_REPRESENTATIONS = ['struct', 'scalar', 'map'] as const;

interface Field {
    name: string;
    type: string;
}

interface Deopt {
    code: string;
    message: string;
    location?: SourceLocation;
}

interface Site {
    file: string;
    line: number;
    column: number;
    kind: string;
    className: string | null;
    representation: string;
    type: string | null;
    overflow: boolean;   // a struct that puts keys other than its fields in an overflow dictionary
    locality: string | null;
    fields: Field[];
    deopt: Deopt[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosInt(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function readLocation(raw: Record<string, unknown>): SourceLocation | undefined {
    if (typeof raw.file === 'string' && isPosInt(raw.line) && isPosInt(raw.column)) {
        return { file: raw.file, line: raw.line, column: raw.column };
    }
    return undefined;
}

function readSite(raw: unknown): Site | undefined {
    if (!isRecord(raw) || typeof raw.representation !== 'string') {
        return undefined;
    }
    const location = readLocation(raw);
    if (location === undefined) {
        return undefined;
    }
    const fields: Field[] = [];
    for (const f of Array.isArray(raw.fields) ? raw.fields : []) {
        if (isRecord(f) && typeof f.name === 'string') {
            fields.push({ name: f.name, type: typeof f.type === 'string' ? f.type : '?' });
        }
    }
    const deopt: Deopt[] = [];
    for (const d of Array.isArray(raw.deopt) ? raw.deopt : []) {
        if (isRecord(d) && typeof d.code === 'string') {
            deopt.push({
                code: d.code,
                message: typeof d.message === 'string' ? d.message : '',
                location: readLocation(d),
            });
        }
    }
    return {
        ...location,
        kind: typeof raw.kind === 'string' ? raw.kind : 'object',
        className: typeof raw.class === 'string' && raw.class !== '' ? raw.class : null,
        representation: raw.representation,
        type: typeof raw.type === 'string' ? raw.type : null,
        overflow: raw.overflow === true,
        locality: typeof raw.locality === 'string' ? raw.locality : null,
        fields,
        deopt,
    };
}

/** The last path component, for short labels ("src/a.js" -> "a.js"). */
export function baseName(file: string): string {
    const parts = file.split(/[\\/]/);
    return parts[parts.length - 1] || file;
}

function compareSites(a: Site, b: Site): number {
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

function siteLabel(site: Site): string {
    if (site.kind === 'new') {
        return `new ${site.className ?? '?'}`;
    }
    if (site.kind === 'object') {
        return 'object literal';
    }
    return site.kind;
}

/** "struct $Point", "scalar $Point", "struct $Product + overflow", "map". */
export function representationText(representation: string, type: string | null, overflow = false): string {
    const text = type !== null && representation !== 'map' ? `${representation} ${type}` : representation;
    return overflow && representation !== 'map' ? `${text} + overflow` : text;
}

function siteNode(site: Site): LayoutNode {
    const where = `${baseName(site.file)}:${site.line}:${site.column}`;
    const repr = representationText(site.representation, site.type, site.overflow);
    const children: LayoutNode[] = [];
    if (site.representation !== 'map') {
        for (const field of site.fields) {
            children.push({
                kind: 'field',
                label: field.name,
                description: field.type,
                tooltip: `field ${field.name}: ${field.type}`,
                children: [],
            });
        }
    }
    for (const cause of site.deopt) {
        const at = cause.location ? `${baseName(cause.location.file)}:${cause.location.line}:${cause.location.column}` : '';
        children.push({
            kind: 'deopt',
            label: cause.code,
            description: at ? `${at} ${cause.message}` : cause.message,
            tooltip: `${cause.code}: ${cause.message}${at ? ` (${cause.location!.file}:${cause.location!.line}:${cause.location!.column})` : ''}`,
            location: cause.location,
            children: [],
        });
    }
    const locality = site.locality ? `, ${site.locality}` : '';
    const fieldCount = site.representation === 'map' ? `${site.deopt.length} deopt cause${site.deopt.length === 1 ? '' : 's'}` :
        `${site.fields.length} field${site.fields.length === 1 ? '' : 's'}`;
    return {
        kind: 'site',
        label: `${siteLabel(site)}  ${where}`,
        description: `${repr}${locality}`,
        tooltip: `${siteLabel(site)} at ${site.file}:${site.line}:${site.column}: ${repr}${locality}; ${fieldCount}` +
            (site.overflow ? '; keys other than its fields go to an overflow dictionary' : ''),
        representation: site.representation,
        location: { file: site.file, line: site.line, column: site.column },
        children,
    };
}

/** "3 sites: 2 struct, 1 map" (representations in a fixed order). */
export function countText(sites: readonly { representation: string }[]): string {
    const counts = new Map<string, number>();
    for (const s of sites) {
        counts.set(s.representation, (counts.get(s.representation) ?? 0) + 1);
    }
    const parts = OBJECT_REPRESENTATIONS.filter((r) => counts.has(r)).map((r) => `${counts.get(r)} ${r}`);
    return `${sites.length} site${sites.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

export interface TreeOptions {
    /** Show only sites in this file (as the plan prints it); all when undefined. */
    file?: string;
}

/** The tree for a `shapescape/layout` answer. */
export function buildLayoutTree(plan: unknown, options: TreeOptions = {}): LayoutNode[] {
    if (!isRecord(plan) || !Array.isArray(plan.sites)) {
        return [notice('No layout: the server did not answer with a plan.')];
    }
    const sites = plan.sites
        .map(readSite)
        .filter((s): s is Site => s !== undefined)
        .filter((s) => (OBJECT_REPRESENTATIONS as readonly string[]).includes(s.representation))
        .filter((s) => options.file === undefined || s.file === options.file)
        .sort(compareSites);

    const groups = new Map<string, { label: string; tooltip: string; sites: Site[] }>();
    for (const site of sites) {
        const key = site.className !== null ? `class:${site.className}` : site.kind === 'object' ? 'literals' : 'other';
        let group = groups.get(key);
        if (group === undefined) {
            group = site.className !== null
                ? { label: site.className, tooltip: `class ${site.className}`, sites: [] }
                : site.kind === 'object'
                    ? { label: 'object literals', tooltip: 'object literals', sites: [] }
                    : { label: 'other objects', tooltip: 'other object allocations', sites: [] };
            groups.set(key, group);
        }
        group.sites.push(site);
    }

    const nodes: LayoutNode[] = [];
    if (plan.stale === true) {
        nodes.push(notice('stale: the current text has a syntax error; showing the last good analysis'));
    }
    for (const group of groups.values()) {
        const counts = countText(group.sites);
        nodes.push({
            kind: 'group',
            label: group.label,
            description: counts,
            tooltip: `${group.tooltip}: ${counts}`,
            children: group.sites.map(siteNode),
        });
    }
    if (groups.size === 0) {
        nodes.push(notice(options.file !== undefined ? 'No object allocations in this file.' : 'No object allocations.'));
    }
    return nodes;
}

/** A tree of one line of text (no plan to show, and why). */
export function notice(label: string): LayoutNode {
    return { kind: 'notice', label, description: '', tooltip: label, children: [] };
}
