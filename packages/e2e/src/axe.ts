import { Page } from 'playwright-core';

/** One serious or critical axe-core finding: the rule and the elements it flagged. */
export type AxeFinding = { rule: string; impact: string; targets: string[] };

/**
 * Runs axe-core (WCAG 2.1 A and AA, plus label-content-name-mismatch) on the page's readiness
 * surfaces (the elements marked `data-readiness-surface`), or on the whole page with
 * `wholePage`. Returns the serious and critical findings; an empty list is a pass.
 */
export async function readinessAxeFindings(
  page: Page,
  options: { wholePage?: boolean } = {},
): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async wholePage => {
    const surfaces = document.querySelectorAll('[data-readiness-surface]');
    if (surfaces.length === 0) {
      throw new Error('No readiness surface on the page');
    }
    const axe = (window as any).axe;
    const result = await axe.run(
      wholePage ? document : { include: [['[data-readiness-surface]']] },
      {
        resultTypes: ['violations'],
        rules: { 'label-content-name-mismatch': { enabled: true } },
      },
    );
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({
        rule: v.id,
        impact: v.impact,
        targets: v.nodes.map((n: any) => n.target.join(' ')),
      }));
  }, options.wholePage ?? false);
}
