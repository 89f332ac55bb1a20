import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import type { AxeResults } from "axe-core";

/** axe-core (npm) injecté dans la page ; @axe-core/playwright ne s'installe pas avec Node 20 ici. */
const AXE = require.resolve("axe-core/axe.min.js");

export interface ViolationAxe {
  readonly regle: string;
  readonly impact: string | null;
  readonly aide: string;
  readonly cibles: readonly string[];
}

/**
 * Lance axe-core sur la page entière (toutes les règles par défaut, WCAG et bonnes pratiques) et
 * exige 0 violation. À rappeler après chaque changement d'écran qui compte (dialogue ouvert…).
 */
export async function verifierAxe(page: Page): Promise<void> {
  const dejaLa = await page.evaluate(() => "axe" in window);
  // Évalué par le protocole de débogage et non par une balise <script> en ligne, que la politique de
  // sécurité (CSP) des pages construites bloque à raison.
  if (!dejaLa) await page.evaluate(readFileSync(AXE, "utf8"));
  const violations: ViolationAxe[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } })
      .axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      regle: v.id,
      impact: v.impact ?? null,
      aide: v.help,
      cibles: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  expect(
    violations,
    `axe-core signale ${violations.length} violation(s) d'accessibilité :\n` +
      violations
        .map((v) => `- ${v.regle} (${v.impact}) : ${v.aide} → ${v.cibles.join(", ")}`)
        .join("\n"),
  ).toEqual([]);
}
