// The status bar item's text for the `shapescape/status` notification
// (contract: {uri, version, stale, structs, scalar, maps} after every publish
// for a document). The payload is untrusted: parseStatus rejects anything that
// does not have the contract's shape. No `vscode` import.

export interface DocumentStatus {
    uri: string;
    version: number | null;
    stale: boolean;
    structs: number;
    scalar: number;
    maps: number;
}

function isCount(v: unknown): v is number {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

export function parseStatus(raw: unknown): DocumentStatus | undefined {
    if (typeof raw !== 'object' || raw === null) {
        return undefined;
    }
    const r = raw as Record<string, unknown>;
    if (typeof r.uri !== 'string' || !isCount(r.structs) || !isCount(r.scalar) || !isCount(r.maps)) {
        return undefined;
    }
    return {
        uri: r.uri,
        version: typeof r.version === 'number' ? r.version : null,
        stale: r.stale === true,
        structs: r.structs,
        scalar: r.scalar,
        maps: r.maps,
    };
}

export interface StatusView {
    text: string;
    tooltip: string;
}

function plural(n: number, one: string, many: string): string {
    return `${n} ${n === 1 ? one : many}`;
}

/**
 * `$(symbol-structure) 3 struct · 1 scalar · 2 map`, with ` $(warning) stale`
 * when the results are from an older good version of the text.
 */
export function statusView(status: DocumentStatus | undefined, fileName: string): StatusView {
    if (status === undefined) {
        return {
            text: '$(symbol-structure) shapescape',
            tooltip: `shapescape: no analysis for ${fileName} yet. Click to open Object layouts.`,
        };
    }
    const counts = `${status.structs} struct · ${status.scalar} scalar · ${status.maps} map`;
    const text = `$(symbol-structure) ${counts}${status.stale ? ' $(warning) stale' : ''}`;
    const lines = [
        `shapescape, ${fileName}: ${plural(status.structs, 'struct site', 'struct sites')}, ` +
            `${plural(status.scalar, 'scalar site', 'scalar sites')} (no allocation), ` +
            `${plural(status.maps, 'map site', 'map sites')} (deoptimised).`,
    ];
    if (status.stale) {
        lines.push('Stale: the current text has a syntax error; these are the results of the last version that parsed.');
    }
    lines.push('Click to open Object layouts.');
    return { text, tooltip: lines.join('\n') };
}
