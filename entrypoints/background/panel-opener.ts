/**
 * Opening CaseLens's panel from the toolbar button and the keyboard command. Chrome and Edge
 * show it as the side panel (the toolbar button opens it once told to); Firefox as the sidebar
 * (sidebar_action), which it lets an extension open only while a user action is being handled,
 * so there it is opened synchronously from the click or command, before anything is awaited.
 */
import { browser } from 'wxt/browser';

interface Sidebar {
  toggle(): Promise<void>;
  open(): Promise<void>;
}
interface ClickEvent {
  onClicked: { addListener(fn: () => void): void };
}

const sidebarOf = (api: unknown): Sidebar | undefined => (api as { sidebarAction?: Sidebar }).sidebarAction;

/** The toolbar button opens the panel (Firefox: toggles the sidebar). */
export function openPanelFromToolbar(api: unknown = browser): void {
  const sidebar = sidebarOf(api);
  if (sidebar) {
    // Firefox's MV2 build has browserAction, an MV3 one action.
    const button = (api as { browserAction?: ClickEvent; action?: ClickEvent }).browserAction ?? (api as { action?: ClickEvent }).action;
    button?.onClicked.addListener(() => void sidebar.toggle().catch(() => {}));
    return;
  }
  const side = (api as typeof browser).sidePanel;
  void side?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
}

/** Opens the panel of a window from a user action (a keyboard command). */
export function openPanelFor(windowId: number | undefined, api: unknown = browser): void {
  const sidebar = sidebarOf(api);
  if (sidebar) return void sidebar.open().catch(() => {});
  if (windowId !== undefined) void (api as typeof browser).sidePanel?.open({ windowId }).catch(() => {});
}

/**
 * Opens the panel for a button in a page (the overlay's "Open in CaseLens panel"): Chrome and
 * Edge accept the click passed on by message; Firefox does not count it as the user's action.
 * Whether the panel opened.
 */
export async function openPanelForPage(tabId: number, api: unknown = browser): Promise<boolean> {
  const sidebar = sidebarOf(api);
  if (sidebar) return sidebar.open().then(() => true, () => false);
  const side = (api as typeof browser).sidePanel;
  if (!side) return false;
  return side.open({ tabId }).then(() => true, () => false);
}
