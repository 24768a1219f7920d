// Plan positions to editor positions. The plan counts lines and columns from 1,
// columns in Unicode code points; VS Code counts from 0, columns in UTF-16 code
// units. Plan file paths are as the CLI prints them: absolute, or relative to
// the folder the server runs in (the first workspace folder). No `vscode` import.

import * as path from 'path';

/** The 0-based UTF-16 character offset of a 1-based code-point column in `lineText`. */
export function utf16Character(lineText: string, column: number): number {
    let offset = 0;
    let seen = 1;
    for (const ch of lineText) {
        if (seen >= column) {
            return offset;
        }
        offset += ch.length;
        seen++;
    }
    return offset; // past the end of the line: clamp to its end
}

/** The absolute path of a plan file, resolved against the server's folder. */
export function resolvePlanFile(file: string, serverFolder: string | undefined): string {
    if (path.isAbsolute(file) || serverFolder === undefined) {
        return file;
    }
    return path.join(serverFolder, file);
}
