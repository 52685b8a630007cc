import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// jsdom has no layout, so no ResizeObserver; recharts' ResponsiveContainer needs one to exist.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

// Names arrive from the entity presentation after the data; on a busy 2-core CI machine that can
// take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

// A test that clicks through several filters waits for each render; on the same busy machine
// jest's default of 5 s per test is too short.
jest.setTimeout(20_000);
