// The settings object the language server reads (contract: initializationOptions
// and workspace/didChangeConfiguration), built from the `shapescape.*` settings.
// Values of the wrong type fall back to the default, and the fallback is
// reported so the extension can log it. No `vscode` import: the reader is a
// function, so unit tests pass a plain object.

export interface DiagnosticCategories {
    deopt: boolean;
    annotations: boolean;
    info: boolean;
    facts: boolean;
}

export interface ServerSettings {
    debounceMs: number;
    buildOnSave: boolean;
    outputDir: string;
    runTimeout: number;
    diagnostics: DiagnosticCategories;
    inlayHints: boolean;
    codeLens: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = {
    debounceMs: 100,
    buildOnSave: true,
    outputDir: 'build',
    runTimeout: 10,
    diagnostics: { deopt: true, annotations: true, info: true, facts: false },
    inlayHints: true,
    codeLens: true,
};

/** Reads one setting below `shapescape.` (e.g. "diagnostics.facts"); undefined when unset. */
export type SettingReader = (key: string) => unknown;

export interface SettingsResult {
    settings: ServerSettings;
    /** One line per setting whose value was ignored. */
    warnings: string[];
}

export function serverSettings(read: SettingReader): SettingsResult {
    const warnings: string[] = [];

    function pick<T>(key: string, fallback: T, valid: (v: unknown) => boolean, expected: string): T {
        const value = read(key);
        if (value === undefined || value === null) {
            return fallback;
        }
        if (!valid(value)) {
            warnings.push(`shapescape.${key}: expected ${expected}, got ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}`);
            return fallback;
        }
        return value as T;
    }
    const isBool = (v: unknown) => typeof v === 'boolean';
    const d = DEFAULT_SETTINGS;

    const settings: ServerSettings = {
        debounceMs: pick('debounceMs', d.debounceMs,
            (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 60000, 'a whole number of milliseconds, 0 to 60000'),
        buildOnSave: pick('buildOnSave', d.buildOnSave, isBool, 'true or false'),
        outputDir: pick('outputDir', d.outputDir,
            (v) => typeof v === 'string' && v.trim() !== '', 'a folder relative to the workspace'),
        runTimeout: pick('runTimeout', d.runTimeout,
            (v) => typeof v === 'number' && Number.isFinite(v) && v > 0, 'a number of seconds > 0'),
        diagnostics: {
            deopt: pick('diagnostics.deopt', d.diagnostics.deopt, isBool, 'true or false'),
            annotations: pick('diagnostics.annotations', d.diagnostics.annotations, isBool, 'true or false'),
            info: pick('diagnostics.info', d.diagnostics.info, isBool, 'true or false'),
            facts: pick('diagnostics.facts', d.diagnostics.facts, isBool, 'true or false'),
        },
        inlayHints: pick('inlayHints', d.inlayHints, isBool, 'true or false'),
        codeLens: pick('codeLens', d.codeLens, isBool, 'true or false'),
    };
    return { settings, warnings };
}

/** The setting keys (below `shapescape.`) that are sent to the server. */
export function serverSettingKeys(): string[] {
    const keys: string[] = [];
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
        if (typeof value === 'object') {
            for (const sub of Object.keys(value)) {
                keys.push(`${key}.${sub}`);
            }
        } else {
            keys.push(key);
        }
    }
    return keys;
}

/** The default of a key from serverSettingKeys(). */
export function defaultFor(key: string): unknown {
    let value: unknown = DEFAULT_SETTINGS;
    for (const part of key.split('.')) {
        value = (value as Record<string, unknown>)[part];
    }
    return value;
}
