// Names every e2e test that passed only on its retry, at the end of the run, so a flaky test is
// seen and mended rather than hidden by the retry that keeps CI green on a loaded machine.
import type { Reporter, TestCase } from 'vitest/node';

export default class RetryReporter implements Reporter {
  private readonly flaky: string[] = [];

  onTestCaseResult(test: TestCase): void {
    const retries = test.diagnostic()?.retryCount ?? 0;
    if (retries > 0 && test.result().state === 'passed') this.flaky.push(`${test.module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}`);
  }

  onTestRunEnd(): void {
    if (this.flaky.length === 0) return;
    console.log(`\nFLAKY: ${this.flaky.length} e2e test(s) failed once and passed on retry:`);
    for (const name of this.flaky) console.log(`  ${name}`);
  }
}
