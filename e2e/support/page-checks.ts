import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** The widths officers use: a desk, a tablet held upright, a phone. */
export const pageWidths = [
  { name: "desk", width: 1280, height: 900 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "phone", width: 375, height: 812 },
] as const;

/** The smallest a control may be on a touch screen, in CSS pixels (WCAG 2.5.5, the 44 px). */
export const touchTargetSize = 44;

/** Serious and critical accessibility faults axe finds on the page as it is now (WCAG 2.2 A and AA). */
export async function seriousAccessibilityFaults(page: Page): Promise<string[]> {
  // Axe runs in the page itself ("legacy mode"). Its default opens a blank page in the browser for
  // every check to merge the results of each frame, about 2 s of a 2.3 s check here; the staff app
  // has no frames, and the check below keeps it that way, since this mode would not look inside one.
  expect(page.frames(), "the page has no frames for axe to miss").toHaveLength(1);
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? ""}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}

/** Elements wider than the window, or pushing it to scroll sideways. */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflowing: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      overflowing.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    }
    // Visually hidden text (for screen readers only) is clipped to nothing wherever it sits.
    const isClipped = (element: Element): boolean => {
      for (let node: Element | null = element; node !== null; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.clipPath !== "none" || style.clip !== "auto") return true;
      }
      return false;
    };
    for (const element of Array.from(document.querySelectorAll<HTMLElement>("main *"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || isClipped(element)) continue;
      if (box.right > width + 1 || box.left < -1) {
        overflowing.push(`${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(box.right)}px`);
      }
    }
    return overflowing.slice(0, 10);
  });
}

/** Buttons, fields and stand-alone links smaller than a fingertip (links inside a sentence are exempt). */
export async function smallTouchTargets(page: Page, minimum = touchTargetSize): Promise<string[]> {
  return page.evaluate((size) => {
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        "button, input:not([type=hidden]), select, textarea, summary, a.govuk-button, nav a, td a, .govuk-summary-list__actions a",
      ),
    );
    const small: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // A GOV.UK radio or checkbox input is covered by its 44px label area: measure what the finger hits.
      const target =
        control.matches("input[type=radio], input[type=checkbox]") && control.parentElement !== null
          ? control.parentElement.getBoundingClientRect()
          : box;
      if (target.height < size - 0.5 || target.width < size - 0.5) {
        const name = control.getAttribute("aria-label") ?? control.textContent?.trim() ?? control.getAttribute("name");
        small.push(
          `${control.tagName.toLowerCase()} "${name ?? ""}" ${Math.round(target.width)}×${Math.round(target.height)}`,
        );
      }
    }
    return small.slice(0, 15);
  }, minimum);
}

/** Every check, at every width: the page must already show what `ready` waits for. */
export async function expectUsableAtEveryWidth(page: Page, ready: () => Promise<void>): Promise<void> {
  for (const size of pageWidths) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await ready();
    expect(await sidewaysOverflow(page), `nothing overflows at ${size.width}px`).toEqual([]);
    expect(await seriousAccessibilityFaults(page), `axe at ${size.width}px`).toEqual([]);
    if (size.width < 1000) {
      expect(await smallTouchTargets(page), `touch targets at ${size.width}px`).toEqual([]);
    }
  }
}
