import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

describe('src/generated/openapi.ts', () => {
  it('is what openapi-typescript generates from the backend’s openapi.yaml', () => {
    // Throws (with the script's message on stderr) when they differ.
    expect(() =>
      execFileSync(
        process.execPath,
        [resolve(__dirname, '../../scripts/generate-api-types.mjs'), '--check'],
        { stdio: 'pipe' },
      ),
    ).not.toThrow();
  });
});
