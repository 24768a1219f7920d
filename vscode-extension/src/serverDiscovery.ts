// Finding the `shapescape` executable that runs the language server.
//
// Model: an ordered list of candidates, the first executable one wins.
//   1. the `shapescape.server.path` setting, when it is not empty: a path
//      (absolute, or relative to the first workspace folder; `${workspaceFolder}`
//      is expanded) or a bare command name looked up on PATH. A setting that
//      names nothing executable is an error: we never silently fall back.
//   2. for each workspace folder: `.venv/bin/shapescape`, then `venv/bin/shapescape`
//      (`Scripts\shapescape.exe` on Windows).
//   3. `shapescape` on PATH.
// Nothing here imports `vscode`: discoverServer takes the file system check as
// a function (isExecutable is the real one), so it runs under plain node in the
// unit tests.

import * as fs from 'fs';
import * as path from 'path';

export interface DiscoveryInput {
    /** The `shapescape.server.path` setting ('' means: find it). */
    configuredPath: string;
    /** File system paths of the workspace folders, in order. */
    workspaceFolders: readonly string[];
    /** The PATH environment variable of the extension host. */
    pathEnv: string | undefined;
    platform: NodeJS.Platform;
    /** True when the path is an executable regular file. */
    isExecutable: (candidate: string) => boolean;
}

export type DiscoverySource = 'setting' | 'workspace environment' | 'PATH';

export interface ServerFound {
    found: true;
    command: string;
    source: DiscoverySource;
    /** Every path checked, in order, up to and including the one found. */
    tried: string[];
}

export interface ServerMissing {
    found: false;
    tried: string[];
    /** What went wrong and what to do, for a notification. */
    message: string;
}

export type Discovery = ServerFound | ServerMissing;

/** True when `file` is a regular file this process may execute (the real check). */
export function isExecutable(file: string): boolean {
    try {
        if (!fs.statSync(file).isFile()) {
            return false;
        }
        if (process.platform !== 'win32') {
            fs.accessSync(file, fs.constants.X_OK);
        }
        return true;
    } catch {
        return false;
    }
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
    return platform === 'win32' ? path.win32 : path.posix;
}

/** The names an executable called `name` may have on this platform. */
export function executableNames(name: string, platform: NodeJS.Platform): string[] {
    if (platform !== 'win32' || /\.(exe|cmd|bat)$/i.test(name)) {
        return [name];
    }
    return [`${name}.exe`, `${name}.cmd`, name];
}

/** Candidate paths inside one workspace folder's virtual environments. */
export function venvCandidates(folder: string, platform: NodeJS.Platform): string[] {
    const p = pathApi(platform);
    const out: string[] = [];
    for (const venv of ['.venv', 'venv']) {
        const bin = platform === 'win32' ? p.join(folder, venv, 'Scripts') : p.join(folder, venv, 'bin');
        for (const name of executableNames('shapescape', platform)) {
            out.push(p.join(bin, name));
        }
    }
    return out;
}

/** Candidate paths for `name` in each PATH directory, in PATH order. */
export function pathCandidates(name: string, pathEnv: string | undefined, platform: NodeJS.Platform): string[] {
    const p = pathApi(platform);
    const dirs = (pathEnv ?? '').split(p.delimiter).filter((d) => d.trim() !== '');
    const out: string[] = [];
    for (const dir of dirs) {
        for (const exe of executableNames(name, platform)) {
            out.push(p.join(dir, exe));
        }
    }
    return out;
}

function expandConfigured(value: string, folders: readonly string[], platform: NodeJS.Platform): string {
    const p = pathApi(platform);
    const root = folders[0];
    let expanded = value.trim();
    if (root !== undefined) {
        expanded = expanded.split('${workspaceFolder}').join(root);
    }
    if (!p.isAbsolute(expanded) && root !== undefined) {
        expanded = p.join(root, expanded);
    }
    return expanded;
}

function hasSeparator(value: string, platform: NodeJS.Platform): boolean {
    return value.includes('/') || (platform === 'win32' && value.includes('\\'));
}

export function discoverServer(input: DiscoveryInput): Discovery {
    const { configuredPath, workspaceFolders, pathEnv, platform, isExecutable } = input;
    const tried: string[] = [];
    const configured = configuredPath.trim();

    if (configured !== '') {
        const candidates = hasSeparator(configured, platform) || configured.includes('${workspaceFolder}')
            ? [expandConfigured(configured, workspaceFolders, platform)]
            : pathCandidates(configured, pathEnv, platform);
        for (const candidate of candidates) {
            tried.push(candidate);
            if (isExecutable(candidate)) {
                return { found: true, command: candidate, source: 'setting', tried };
            }
        }
        return {
            found: false,
            tried,
            message:
                `The setting shapescape.server.path is "${configured}", but no executable was found there ` +
                `(checked ${candidates.length === 0 ? 'nothing: PATH is empty' : candidates.join(', ')}). ` +
                'Correct the setting, or clear it to use the workspace\'s virtual environment or PATH.',
        };
    }

    for (const folder of workspaceFolders) {
        for (const candidate of venvCandidates(folder, platform)) {
            tried.push(candidate);
            if (isExecutable(candidate)) {
                return { found: true, command: candidate, source: 'workspace environment', tried };
            }
        }
    }
    for (const candidate of pathCandidates('shapescape', pathEnv, platform)) {
        tried.push(candidate);
        if (isExecutable(candidate)) {
            return { found: true, command: candidate, source: 'PATH', tried };
        }
    }
    const where = workspaceFolders.length > 0
        ? 'in the workspace\'s .venv or venv folder nor on PATH'
        : 'on PATH (no workspace folder is open)';
    return {
        found: false,
        tried,
        message:
            `shapescape is not installed ${where}. Install it into the workspace's virtual environment ` +
            '(python3 -m venv .venv && .venv/bin/pip install <path to shapescape>), ' +
            'or set shapescape.server.path to the shapescape executable.',
    };
}
