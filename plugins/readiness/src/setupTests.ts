import '@testing-library/jest-dom';

// jsdom has no layout, so no ResizeObserver; recharts' ResponsiveContainer needs one to exist.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;
