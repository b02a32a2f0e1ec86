// Fails the test run's global setup when FIXTURE_FAIL_SETUP is set (exit-status.test.ts sets it).
export default function setup() {
  if (process.env.FIXTURE_FAIL_SETUP) throw new Error('the global setup failed on purpose');
}
