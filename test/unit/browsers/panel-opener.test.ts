/**
 * The toolbar button and the keyboard command open CaseLens's panel in each browser: Chrome's
 * side panel by its own behaviour, Firefox's sidebar synchronously from the user's action
 * (Firefox refuses sidebarAction.open once the handler has awaited anything).
 */
import { describe, expect, it, vi } from 'vitest';
import { openPanelFor, openPanelForPage, openPanelFromToolbar } from '../../../entrypoints/background/panel-opener';

function firefox() {
  let click: (() => void) | undefined;
  const api = {
    sidebarAction: { toggle: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.resolve()) },
    browserAction: { onClicked: { addListener: (fn: () => void) => (click = fn) } },
  };
  return { api, click: () => click?.() };
}

describe('opening the panel', () => {
  it('Firefox: a toolbar click toggles the sidebar within the click', () => {
    const { api, click } = firefox();
    openPanelFromToolbar(api);
    expect(api.sidebarAction.toggle).not.toHaveBeenCalled();
    click();
    expect(api.sidebarAction.toggle).toHaveBeenCalledTimes(1); // synchronously, no await before it
  });

  it('Firefox: the keyboard command opens the sidebar at once', () => {
    const { api } = firefox();
    openPanelFor(7, api);
    expect(api.sidebarAction.open).toHaveBeenCalledTimes(1);
  });

  it('Chrome/Edge: the toolbar button is told to open the side panel; the command opens it for the window', () => {
    const sidePanel = { setPanelBehavior: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.resolve()) };
    openPanelFromToolbar({ sidePanel });
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    openPanelFor(7, { sidePanel });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
    openPanelFor(undefined, { sidePanel });
    expect(sidePanel.open).toHaveBeenCalledTimes(1);
  });

  it("a page's Open button: Chrome/Edge open the side panel for the tab; Firefox's refusal is reported, not swallowed", async () => {
    const sidePanel = { open: vi.fn(() => Promise.resolve()) };
    expect(await openPanelForPage(3, { sidePanel })).toBe(true);
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 3 });
    const refusing = { sidebarAction: { toggle: vi.fn(), open: vi.fn(() => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler'))) } };
    expect(await openPanelForPage(3, refusing)).toBe(false);
    expect(await openPanelForPage(3, {})).toBe(false);
  });
});
