// The suite's own configuration (its global setup with the embedded PostgreSQL included), run on the
// fixtures beside this file instead of the suite: exit-status.test.ts checks what the process says.
import { defineConfig } from 'vitest/config';
import suite from '../../vitest.config.js';

export default defineConfig({
  ...suite,
  test: {
    ...suite.test,
    include: ['test/process/exit-status/*.fixture.ts'],
    // A second global setup that fails when asked to, after the suite's own has started its cluster.
    globalSetup: [...[suite.test?.globalSetup ?? []].flat(), 'test/process/exit-status/failing-setup.ts'],
  },
});
