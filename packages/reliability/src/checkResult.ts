/** One line of the reliability table. */
export type CheckResult = {
  check: string;
  passed: boolean;
  figures: string;
};

/** Prints the table of checks and their figures. */
export function printTable(results: CheckResult[]) {
  const width = Math.max(...results.map(r => r.check.length));
  console.log('');
  console.log(`${'check'.padEnd(width)}  result  figures`);
  console.log(`${'-'.repeat(width)}  ------  -------`);
  for (const r of results) {
    console.log(
      `${r.check.padEnd(width)}  ${(r.passed ? 'pass' : 'FAIL').padEnd(6)}  ${
        r.figures
      }`,
    );
  }
}
