/**
 * jsdom lays nothing out and has no ResizeObserver: this gives the virtualized trees and lists a viewport of
 * `width` x `height` pixels, so that they render rows. Call it in beforeAll.
 */
export function giveVirtualListsAViewport({ width, height }: { width: number; height: number }): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width })
}
