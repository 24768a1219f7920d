// The extension's entry point: finds and starts `shapescape serve`, and wires
// the editor parts (commands, status bar, Object layouts view, WAT documents,
// output channel) to the server. The decisions live in the vscode-free
// modules (serverDiscovery, settings, layoutTree, status, commandResults,
// positions); this file only connects them to the VS Code API.

import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
    DidChangeConfigurationNotification,
    ExecuteCommandRequest,
    LanguageClient,
    LanguageClientOptions,
    ServerOptions,
    State,
} from 'vscode-languageclient/node';
import { readBuildResult, readRunResult, readWatResult, runTranscript } from './commandResults';
import { buildLayoutTree, notice, SourceLocation } from './layoutTree';
import { LayoutTreeProvider, REVEAL_COMMAND } from './layoutView';
import { resolvePlanFile, utf16Character } from './positions';
import { discoverServer, isExecutable } from './serverDiscovery';
import { serverSettings } from './settings';
import { DocumentStatus, parseStatus, statusView } from './status';
import { WAT_SCHEME, WatDocuments } from './watDocuments';

const LAYOUTS_VIEW = 'shapescape.layouts';

function isJavaScript(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
    return doc !== undefined && doc.languageId === 'javascript' && doc.uri.scheme === 'file';
}

class Extension {
    private client: LanguageClient | undefined;
    private serverFolder: string | undefined;
    private readonly statuses = new Map<string, DocumentStatus>();
    private lastJsDocument: vscode.Uri | undefined;
    private layoutTimer: NodeJS.Timeout | undefined;
    private problem: string | undefined;

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly output: vscode.LogOutputChannel,
        private readonly statusItem: vscode.StatusBarItem,
        private readonly layouts: LayoutTreeProvider,
        private readonly layoutView: vscode.TreeView<unknown>,
        private readonly wat: WatDocuments,
    ) {}

    private settings() {
        const cfg = vscode.workspace.getConfiguration('shapescape');
        const result = serverSettings((key) => cfg.get(key));
        for (const warning of result.warnings) {
            this.output.appendLine(`[settings] ${warning}`);
        }
        return result.settings;
    }

    async start(): Promise<void> {
        const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
        const configured = vscode.workspace.getConfiguration('shapescape.server').get<string>('path') ?? '';
        const discovery = discoverServer({
            configuredPath: configured,
            workspaceFolders: folders,
            pathEnv: process.env.PATH,
            platform: process.platform,
            isExecutable,
        });
        if (!discovery.found) {
            this.problem = 'server not found';
            this.output.appendLine(`[start] ${discovery.message}`);
            this.output.appendLine(`[start] looked at: ${discovery.tried.join(', ') || 'nothing'}`);
            this.updateStatus();
            this.layouts.show([this.notRunning()]);
            void this.offerSetupHelp(discovery.message);
            return;
        }
        this.serverFolder = folders[0]
            ?? (vscode.window.activeTextEditor ? path.dirname(vscode.window.activeTextEditor.document.uri.fsPath) : undefined);
        this.output.appendLine(`[start] ${discovery.command} serve (found via ${discovery.source}), in ${this.serverFolder ?? 'the current folder'}`);

        const serverOptions: ServerOptions = {
            command: discovery.command,
            args: ['serve'],
            options: { cwd: this.serverFolder },
        };
        const clientOptions: LanguageClientOptions = {
            documentSelector: [{ scheme: 'file', language: 'javascript' }],
            initializationOptions: this.settings(),
            outputChannel: this.output,
            middleware: {
                // Server commands run from code lenses go through here: show a run's output too.
                executeCommand: async (command, args, next) => {
                    const result = await next(command, args);
                    if (command === 'shapescape.run') {
                        this.showRun(String(args[0] ?? ''), result);
                    }
                    return result;
                },
            },
        };
        const client = new LanguageClient('shapescape', 'shapescape language server', serverOptions, clientOptions);
        client.onNotification('shapescape/status', (raw: unknown) => this.onStatus(raw));
        client.onDidChangeState((e) => {
            if (e.newState === State.Stopped) {
                this.problem = 'server stopped';
                this.updateStatus();
            }
        });
        this.client = client;
        try {
            await client.start();
            this.problem = undefined;
        } catch (err) {
            this.problem = 'server failed to start';
            const message = `shapescape serve (${discovery.command}) failed to start: ${err instanceof Error ? err.message : String(err)}`;
            this.output.appendLine(`[start] ${message}`);
            void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => {
                if (choice === 'Show Output') {
                    this.output.show();
                }
            });
        }
        this.updateStatus();
        this.scheduleLayoutRefresh(0);
    }

    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        if (client !== undefined && client.state !== State.Stopped) {
            try {
                await client.stop();
            } catch (err) {
                this.output.appendLine(`[stop] ${err instanceof Error ? err.message : String(err)}`);
            }
        }
    }

    async restart(): Promise<void> {
        await this.stop();
        this.statuses.clear();
        await this.start();
    }

    private async offerSetupHelp(message: string): Promise<void> {
        const choice = await vscode.window.showWarningMessage(message, 'Open Settings', 'Setup Instructions');
        if (choice === 'Open Settings') {
            await vscode.commands.executeCommand('workbench.action.openSettings', 'shapescape.server.path');
        } else if (choice === 'Setup Instructions') {
            // vsce packages USAGE.md as the extension's readme.md; a source checkout has USAGE.md.
            const usage = ['readme.md', 'USAGE.md']
                .map((name) => vscode.Uri.joinPath(this.context.extensionUri, name))
                .find((uri) => fs.existsSync(uri.fsPath)) ?? vscode.Uri.joinPath(this.context.extensionUri, 'USAGE.md');
            await vscode.commands.executeCommand('markdown.showPreview', usage);
        }
    }

    configurationChanged(e: vscode.ConfigurationChangeEvent): void {
        if (e.affectsConfiguration('shapescape.server.path')) {
            void this.restart();
            return;
        }
        if (e.affectsConfiguration('shapescape') && this.running()) {
            void this.client!.sendNotification(DidChangeConfigurationNotification.type, {
                settings: { shapescape: this.settings() },
            });
        }
    }

    private running(): boolean {
        return this.client !== undefined && this.client.state === State.Running;
    }

    // ---- status bar

    private onStatus(raw: unknown): void {
        const status = parseStatus(raw);
        if (status === undefined) {
            this.output.appendLine(`[status] ignored a malformed shapescape/status notification: ${JSON.stringify(raw)}`);
            return;
        }
        this.statuses.set(status.uri, status);
        const active = vscode.window.activeTextEditor?.document;
        if (active !== undefined && active.uri.toString() === status.uri) {
            this.updateStatus();
            this.scheduleLayoutRefresh(200);
        }
    }

    updateStatus(): void {
        const doc = vscode.window.activeTextEditor?.document;
        if (!isJavaScript(doc)) {
            this.statusItem.hide();
            return;
        }
        if (this.problem !== undefined) {
            this.statusItem.text = `$(error) shapescape: ${this.problem}`;
            this.statusItem.tooltip = 'shapescape: see the output channel "shapescape". Click to open Object layouts.';
        } else {
            const view = statusView(this.statuses.get(doc.uri.toString()), path.basename(doc.uri.fsPath));
            this.statusItem.text = view.text;
            this.statusItem.tooltip = view.tooltip;
        }
        this.statusItem.show();
    }

    activeEditorChanged(): void {
        const doc = vscode.window.activeTextEditor?.document;
        if (isJavaScript(doc)) {
            this.lastJsDocument = doc.uri;
            this.scheduleLayoutRefresh(100);
        }
        this.updateStatus();
    }

    // ---- Object layouts view

    scheduleLayoutRefresh(delayMs: number): void {
        if (this.layoutTimer !== undefined) {
            clearTimeout(this.layoutTimer);
        }
        this.layoutTimer = setTimeout(() => {
            this.layoutTimer = undefined;
            if (this.layoutView.visible) {
                void this.refreshLayouts();
            }
        }, delayMs);
    }

    async refreshLayouts(): Promise<void> {
        if (!this.running()) {
            this.layouts.show([this.notRunning()]);
            return;
        }
        const active = vscode.window.activeTextEditor?.document;
        const uri = isJavaScript(active) ? active.uri : this.lastJsDocument;
        try {
            const plan = await this.client!.sendRequest('shapescape/layout', uri ? { uri: uri.toString() } : {});
            this.layouts.show(buildLayoutTree(plan));
        } catch (err) {
            this.output.appendLine(`[layout] ${err instanceof Error ? err.message : String(err)}`);
            this.layouts.show(buildLayoutTree(undefined));
        }
    }

    private notRunning() {
        return notice(`The language server is not running (${this.problem ?? 'starting'}): see the output channel "shapescape".`);
    }

    async showLayouts(): Promise<void> {
        await vscode.commands.executeCommand(`${LAYOUTS_VIEW}.focus`);
        await this.refreshLayouts();
    }

    async reveal(location: SourceLocation): Promise<void> {
        const file = resolvePlanFile(location.file, this.serverFolder);
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        const line = Math.min(Math.max(location.line - 1, 0), doc.lineCount - 1);
        const character = utf16Character(doc.lineAt(line).text, location.column);
        const position = new vscode.Position(line, character);
        await vscode.window.showTextDocument(doc, { selection: new vscode.Range(position, position), preserveFocus: false });
    }

    // ---- commands that run on the server

    /** The JavaScript file a command applies to: its argument, else the active editor's. */
    private async targetDocument(arg: unknown): Promise<vscode.Uri | undefined> {
        const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
        if (uri === undefined || !/\.(m|c)?js$/.test(uri.path)) {
            void vscode.window.showWarningMessage('shapescape: open a JavaScript file first.');
            return undefined;
        }
        if (!this.running()) {
            void vscode.window.showErrorMessage(`shapescape: the language server is not running (${this.problem ?? 'starting'}).`, 'Show Output')
                .then((choice) => choice && this.output.show());
            return undefined;
        }
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc?.isDirty) {
            await doc.save();
        }
        return uri;
    }

    private execute(command: string, uri: vscode.Uri): Promise<unknown> {
        return this.client!.sendRequest(ExecuteCommandRequest.type, { command, arguments: [uri.toString()] });
    }

    async build(arg: unknown): Promise<void> {
        const uri = await this.targetDocument(arg);
        if (uri === undefined) {
            return;
        }
        const outcome = readBuildResult(await this.execute('shapescape.build', uri));
        this.output.appendLine(`[build] ${outcome.message}`);
        if (!outcome.ok) {
            // A successful build is announced by the server itself (contract); a failure is shown here too.
            void vscode.window.showErrorMessage(outcome.message, 'Show Output').then((c) => c && this.output.show());
        }
    }

    async run(arg: unknown): Promise<void> {
        const uri = await this.targetDocument(arg);
        if (uri === undefined) {
            return;
        }
        this.output.show(true);
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: `shapescape: running ${path.basename(uri.fsPath)}` },
            () => this.execute('shapescape.run', uri),
        );
        this.showRun(uri.toString(), result);
    }

    private showRun(uri: string, result: unknown): void {
        const file = uri.startsWith('file:') ? vscode.Uri.parse(uri).fsPath : uri;
        const outcome = readRunResult(result);
        for (const line of runTranscript(file, outcome)) {
            this.output.appendLine(line);
        }
        if (!outcome.ok) {
            void vscode.window.showErrorMessage(outcome.message, 'Show Output').then((c) => c && this.output.show());
        }
    }

    async showWat(arg: unknown): Promise<void> {
        const uri = await this.targetDocument(arg);
        if (uri === undefined) {
            return;
        }
        const outcome = readWatResult(await this.execute('shapescape.showWat', uri));
        if (!outcome.ok) {
            this.output.appendLine(`[wat] ${outcome.message}`);
            void vscode.window.showErrorMessage(outcome.message);
            return;
        }
        const watUri = this.wat.uriFor(uri);
        this.wat.set(watUri, outcome.wat);
        const doc = await vscode.workspace.openTextDocument(watUri);
        await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    }
}

let extension: Extension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('shapescape', { log: true });
    const statusItem = vscode.window.createStatusBarItem('shapescape.status', vscode.StatusBarAlignment.Right, 100);
    statusItem.name = 'shapescape';
    statusItem.command = 'shapescape.showLayouts';
    const layouts = new LayoutTreeProvider();
    const layoutView = vscode.window.createTreeView(LAYOUTS_VIEW, { treeDataProvider: layouts, showCollapseAll: true });
    const wat = new WatDocuments();
    const ext = new Extension(context, output, statusItem, layouts, layoutView, wat);
    extension = ext;

    context.subscriptions.push(
        output,
        statusItem,
        layoutView,
        vscode.workspace.registerTextDocumentContentProvider(WAT_SCHEME, wat),
        vscode.commands.registerCommand('shapescape.buildFile', (uri?: unknown) => ext.build(uri)),
        vscode.commands.registerCommand('shapescape.runFile', (uri?: unknown) => ext.run(uri)),
        vscode.commands.registerCommand('shapescape.showWatFile', (uri?: unknown) => ext.showWat(uri)),
        vscode.commands.registerCommand('shapescape.showLayouts', () => ext.showLayouts()),
        vscode.commands.registerCommand('shapescape.refreshLayouts', () => ext.refreshLayouts()),
        vscode.commands.registerCommand('shapescape.restartServer', () => ext.restart()),
        vscode.commands.registerCommand(REVEAL_COMMAND, (location: SourceLocation) => ext.reveal(location)),
        vscode.window.onDidChangeActiveTextEditor(() => ext.activeEditorChanged()),
        vscode.workspace.onDidChangeConfiguration((e) => ext.configurationChanged(e)),
        layoutView.onDidChangeVisibility((e) => e.visible && ext.scheduleLayoutRefresh(0)),
    );
    ext.activeEditorChanged();
    await ext.start();
}

export async function deactivate(): Promise<void> {
    await extension?.stop();
    extension = undefined;
}
