/** Overlay styles, scoped to its shadow root. Colours meet WCAG AA contrast on any page. */
export const OVERLAY_CSS = `
:host { all: initial; }
.mark { position: absolute; pointer-events: none; }
.outline { position: absolute; inset: 0; border: 2px solid #b00020; border-radius: 3px; box-shadow: 0 0 0 2px #fff; }
.warning .outline { border-color: #8a5300; }
.info .outline { border-color: #0b57d0; }
.badge { pointer-events: auto; position: absolute; top: 50%; right: -26px; transform: translateY(-50%);
  width: 22px; height: 22px; border-radius: 50%; border: 2px solid #fff; background: #b00020; color: #fff;
  font: bold 13px/1 system-ui, sans-serif; cursor: pointer; padding: 0; }
.inside .badge { right: 4px; }
.warning .badge { background: #8a5300; }
.info .badge { background: #0b57d0; }
.badge:focus-visible { outline: 3px solid #ffd23f; outline-offset: 1px; }
.pop { pointer-events: auto; position: absolute; top: calc(100% + 6px); left: 0; width: 320px; box-sizing: border-box; z-index: 1;
  background: #fff; color: #1b1b1b; border: 1px solid #444; border-radius: 6px; padding: 10px 12px;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.35); text-transform: none; white-space: normal; }
.pop[hidden] { display: none; }
.pop-head { display: flex; align-items: flex-start; gap: 8px; }
.pop-head strong { flex: 1; }
.pop p { margin: 6px 0; }
.pop .cite { color: #3d3d3d; font-size: 12px; }
.pop .hint { font-size: 12px; margin: 6px 0 0; }
.pop button { font: inherit; padding: 4px 8px; border: 1px solid #0b57d0; background: #0b57d0; color: #fff; border-radius: 4px; cursor: pointer; }
.pop button.close { flex: none; min-width: 26px; min-height: 26px; padding: 0 6px; background: #fff; color: #1b1b1b; border-color: #444; font-size: 16px; line-height: 1; }
.pop button:focus-visible { outline: 3px solid #ffd23f; }
.cursor { position: absolute; pointer-events: none; border: 3px solid #0b57d0; border-radius: 3px; box-shadow: 0 0 0 2px #fff; }
.banner { position: fixed; left: 8px; bottom: 8px; max-width: calc(100vw - 40px); pointer-events: none; padding: 6px 10px; background: #0b57d0; color: #fff; border-radius: 4px;
  font: 600 13px/1.3 system-ui, sans-serif; white-space: normal; box-shadow: 0 2px 8px rgba(0,0,0,.35); }
`;
