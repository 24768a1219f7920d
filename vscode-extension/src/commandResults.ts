// Reading the answers of the server's commands (contract):
//   shapescape.build   -> {"output": abs path, "size": bytes} or {"error": msg, "diagnostics": [...]}
//   shapescape.run     -> {"exitCode", "stdout", "stderr", "timedOut"}
//   shapescape.showWat -> {"wat": text}            (or {"error": ...} when the build refuses)
// Each reader returns a plain outcome with the text to show; an answer of an
// unexpected shape becomes an error outcome that says so, never an exception.
// No `vscode` import.

export type BuildOutcome =
    | { ok: true; output: string; size: number; message: string }
    | { ok: false; message: string };

export type RunOutcome =
    | { ok: true; exitCode: number; timedOut: boolean; stdout: string; stderr: string; summary: string }
    | { ok: false; message: string };

export type WatOutcome = { ok: true; wat: string } | { ok: false; message: string };

function record(value: unknown): Record<string, unknown> | undefined {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>) : undefined;
}

function refused(r: Record<string, unknown>, what: string): string {
    const count = Array.isArray(r.diagnostics) ? r.diagnostics.length : 0;
    const shown = count > 0 ? ` (${count} diagnostic${count === 1 ? '' : 's'} shown in the editor)` : '';
    return `${what} refused: ${String(r.error)}${shown}`;
}

function unexpected(what: string, value: unknown): string {
    const text = JSON.stringify(value);
    return `${what}: the server answered something unexpected: ${text === undefined ? 'nothing' : text.slice(0, 200)}`;
}

/** "1.5 KiB" style sizes. */
export function sizeText(bytes: number): string {
    if (bytes < 1024) {
        return `${bytes} bytes`;
    }
    if (bytes < 1024 * 1024) {
        return `${(bytes / 1024).toFixed(1)} KiB`;
    }
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export function readBuildResult(value: unknown): BuildOutcome {
    const r = record(value);
    if (r === undefined) {
        return { ok: false, message: unexpected('Build', value) };
    }
    if (r.error !== undefined) {
        return { ok: false, message: refused(r, 'Build') };
    }
    if (typeof r.output !== 'string' || typeof r.size !== 'number') {
        return { ok: false, message: unexpected('Build', value) };
    }
    return { ok: true, output: r.output, size: r.size, message: `Built ${r.output} (${sizeText(r.size)})` };
}

export function readRunResult(value: unknown): RunOutcome {
    const r = record(value);
    if (r === undefined) {
        return { ok: false, message: unexpected('Run', value) };
    }
    if (r.error !== undefined) {
        return { ok: false, message: refused(r, 'Run') };
    }
    if (typeof r.exitCode !== 'number') {
        return { ok: false, message: unexpected('Run', value) };
    }
    const timedOut = r.timedOut === true;
    const summary = timedOut ? `stopped by the time limit (exit code ${r.exitCode})` : `exit code ${r.exitCode}`;
    return {
        ok: true,
        exitCode: r.exitCode,
        timedOut,
        stdout: typeof r.stdout === 'string' ? r.stdout : '',
        stderr: typeof r.stderr === 'string' ? r.stderr : '',
        summary,
    };
}

export function readWatResult(value: unknown): WatOutcome {
    const r = record(value);
    if (r !== undefined && r.error !== undefined) {
        return { ok: false, message: refused(r, 'WAT') };
    }
    if (r === undefined || typeof r.wat !== 'string') {
        return { ok: false, message: unexpected('Show WAT', value) };
    }
    return { ok: true, wat: r.wat };
}

/** The lines a run adds to the output channel: a header, the program's output, a footer. */
export function runTranscript(file: string, outcome: RunOutcome): string[] {
    if (!outcome.ok) {
        return [`[run] ${file}: ${outcome.message}`];
    }
    const lines = [`[run] ${file}`];
    const body = (outcome.stdout + (outcome.stderr ? outcome.stderr : '')).replace(/\n$/, '');
    if (body !== '') {
        lines.push(...body.split('\n'));
    }
    lines.push(`[run] ${outcome.summary}`);
    return lines;
}
