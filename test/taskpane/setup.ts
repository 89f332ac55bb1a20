import "@testing-library/jest-dom";

// jsdom n'a pas ResizeObserver (utilisé par MessageBar de Fluent pour la mise en page) : une
// version inerte suffit, la mise en page n'est pas testée ici.
class ResizeObserverInerte {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as { ResizeObserver?: unknown };
g.ResizeObserver ??= ResizeObserverInerte;

// Fluent UI dans jsdom est lent (styles, tabster) : les parcours complets du volet dépassent 5 s
// sur une machine chargée.
jest.setTimeout(30_000);
