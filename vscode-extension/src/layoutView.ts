// The "Object layouts" tree view: shows LayoutNodes (layoutTree.ts) as tree
// items. A node with a source location opens it on click.

import * as vscode from 'vscode';
import { LayoutNode } from './layoutTree';

export const REVEAL_COMMAND = 'shapescape.revealLocation';

const ICONS: Record<string, string> = {
    group: 'symbol-class',
    field: 'symbol-field',
    deopt: 'warning',
    notice: 'info',
};

const SITE_ICONS: Record<string, string> = {
    struct: 'symbol-structure',
    scalar: 'symbol-variable',
    map: 'symbol-key',
};

export class LayoutTreeProvider implements vscode.TreeDataProvider<LayoutNode> {
    private readonly changed = new vscode.EventEmitter<LayoutNode | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private roots: LayoutNode[] = [];

    /** Replaces the whole tree. */
    show(nodes: LayoutNode[]): void {
        this.roots = nodes;
        this.changed.fire(undefined);
    }

    /** The current top-level nodes (for the extension's own checks). */
    get nodes(): readonly LayoutNode[] {
        return this.roots;
    }

    getChildren(element?: LayoutNode): LayoutNode[] {
        return element === undefined ? this.roots : element.children;
    }

    getTreeItem(node: LayoutNode): vscode.TreeItem {
        const state = node.children.length === 0
            ? vscode.TreeItemCollapsibleState.None
            : node.kind === 'group' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(node.label, state);
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.contextValue = node.kind;
        const icon = node.kind === 'site' ? SITE_ICONS[node.representation ?? ''] ?? 'symbol-object' : ICONS[node.kind];
        if (icon !== undefined) {
            item.iconPath = node.kind === 'deopt' || (node.kind === 'site' && node.representation === 'map')
                ? new vscode.ThemeIcon(icon, new vscode.ThemeColor('problemsWarningIcon.foreground'))
                : new vscode.ThemeIcon(icon);
        }
        if (node.location !== undefined) {
            item.command = {
                command: REVEAL_COMMAND,
                title: 'Go to source',
                arguments: [node.location],
            };
        }
        return item;
    }
}
