// Read-only virtual documents for "Show WAT": `shapescape-wat:/main.wat?<source uri>`.
// The text comes from the server's shapescape.showWat command; a virtual
// document has no file behind it, so VS Code opens it read-only.

import * as vscode from 'vscode';

export const WAT_SCHEME = 'shapescape-wat';

export class WatDocuments implements vscode.TextDocumentContentProvider {
    private readonly texts = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;

    /** The virtual document URI for the WAT of a source file. */
    uriFor(source: vscode.Uri): vscode.Uri {
        const base = source.path.split('/').pop() ?? 'module.js';
        const name = base.replace(/\.(m|c)?js$/, '') + '.wat';
        return vscode.Uri.from({ scheme: WAT_SCHEME, path: '/' + name, query: source.toString() });
    }

    set(uri: vscode.Uri, text: string): void {
        this.texts.set(uri.toString(), text);
        this.changed.fire(uri);
    }

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.texts.get(uri.toString()) ?? ';; no WAT yet: run "shapescape: Show WAT" on a JavaScript file';
    }
}
