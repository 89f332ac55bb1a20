import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import type { WorkbookSnapshot } from "../../src/domain/classeur/snapshot";
import { analyserInstantane, type AnalyseClasseur } from "../../src/use-cases/analyser";

/**
 * Aides des tests du volet dans l'aperçu (dist/apercu.html) : l'hôte simulé chargé avec le
 * classeur d'exemple, la grille de la feuille active à gauche, le volet réel à droite.
 */

/** Instantané servi à l'aperçu (dist/exemples/, construit par `npm run build`). */
export function instantaneExemple(): WorkbookSnapshot {
  const chemin = join(process.cwd(), "dist", "exemples", "diagnostic-exemple.instantane.json");
  return JSON.parse(readFileSync(chemin, "utf8")) as WorkbookSnapshot;
}

let analyse: AnalyseClasseur | null = null;
/** Ce que l'analyse pure trouve dans l'exemple : ce que le volet doit montrer. */
export function analyseExemple(): AnalyseClasseur {
  analyse ??= analyserInstantane(instantaneExemple());
  return analyse;
}

/**
 * Délai d'un parcours du volet : chargement (≈ 1 Mo de script, instantané de 0,5 Mo, analyse)
 * puis plusieurs actions, sur une machine de CI à 2 cœurs souvent chargée.
 */
export const DELAI_PARCOURS = 180_000;

export async function ouvrirApercu(page: Page): Promise<void> {
  await page.goto("/apercu.html");
  await expect(page.getByRole("tablist", { name: "Vues du volet" })).toBeVisible({
    timeout: 90_000,
  });
  // Le sommaire s'affiche avant la fin de l'analyse (ADR 0022) : attendre la lecture entière.
  await attendreFinAction(page);
}

export const volet = (page: Page): Locator => page.getByRole("main");
export const grille = (page: Page): Locator =>
  page.getByRole("group", { name: /^Cellules de la feuille/ });
export const cellule = (page: Page, a1: string): Locator =>
  grille(page).locator(`td[data-adresse="${a1}"]`);

/** Feuille affichée par la grille. */
export async function feuilleAffichee(page: Page): Promise<string> {
  const nom = await grille(page).getAttribute("aria-label");
  return /« (.*) »/.exec(nom ?? "")?.[1] ?? "";
}

/** Adresses des cellules sélectionnées dans la grille. */
export async function selectionGrille(page: Page): Promise<string[]> {
  return grille(page)
    .locator("td[data-selection]")
    .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-adresse") ?? ""));
}

/** Attend la fin de l'action en cours du volet (bouton « Actualiser » de nouveau actif). */
export async function attendreFinAction(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Actualiser", exact: true })).not.toHaveAttribute(
    "aria-disabled",
    "true",
    { timeout: 60_000 },
  );
}

export async function ouvrirVue(page: Page, nom: string): Promise<Locator> {
  await page.getByRole("tab", { name: nom }).click();
  return page.getByRole("tabpanel");
}

/** Vue (valeurs et remplissages affichés) de chaque feuille, lue dans l'hôte simulé. */
export async function etatDesFeuilles(page: Page): Promise<unknown[]> {
  return page.evaluate(() => {
    const h = window.__hote;
    if (!h) throw new Error("hôte simulé absent");
    return h.etat.feuilles().map((f) => {
      const v = h.etat.vue(f.id);
      return { ...f, active: null, values: v?.values, fills: v?.fills, merges: v?.merges };
    });
  });
}

/**
 * axe-core sur la page entière (toutes les règles par défaut), 0 violation exigée, en écartant un
 * seul faux positif connu : `aria-hidden-focus` sur les « sentinelles » de focus de Tabster
 * (`<i data-tabster-dummy aria-hidden tabindex=0>`) que Fluent UI v9 pose autour des listes
 * d'onglets, menus et dialogues ; elles renvoient le focus aussitôt reçu et doivent rester
 * cachées aux lecteurs d'écran (microsoft/tabster#288 ; même exception dans Accessibility
 * Insights, microsoft/accessibility-insights-web#7605). Tout autre nœud reste une violation.
 * À déplacer dans test/e2e/outils/axe.ts (verifierAxe) par l'aide « infra ».
 */
export async function verifierAxeVolet(page: Page): Promise<void> {
  const AXE = require.resolve("axe-core/axe.min.js");
  // Évalué sans balise <script> en ligne, que la CSP des pages construites bloque (ADR 0006).
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(AXE, "utf8"));
  const violations = await page.evaluate(async () => {
    type Noeud = { target: string[]; html: string };
    type Violation = { id: string; impact?: string | null; help: string; nodes: Noeud[] };
    const axe = (
      window as unknown as {
        axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    const sentinelle = (n: Noeud) =>
      n.target.length === 1 &&
      document.querySelector(n.target[0] ?? "")?.hasAttribute("data-tabster-dummy") === true &&
      /^<i [^>]*data-tabster-dummy/.test(n.html);
    return r.violations
      .map((v) => ({
        regle: v.id,
        impact: v.impact ?? null,
        aide: v.help,
        noeuds: v.id === "aria-hidden-focus" ? v.nodes.filter((n) => !sentinelle(n)) : v.nodes,
      }))
      .filter((v) => v.noeuds.length > 0)
      .map((v) => ({ ...v, noeuds: v.noeuds.map((n) => n.target.join(" ")) }));
  });
  expect(
    violations,
    violations
      .map((v) => `- ${v.regle} (${v.impact}) : ${v.aide} → ${v.noeuds.join(", ")}`)
      .join("\n"),
  ).toEqual([]);
}
