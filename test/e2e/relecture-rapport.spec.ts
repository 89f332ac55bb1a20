import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ecrireBilanInjecte, INJECTIONS } from "../cli/outils/bilan-injecte";
import { expect, test, verifierAxe } from "./outils/fixtures";

/**
 * Le bilan .html de `relire` dans Chromium : page autonome (aucune requête que la page elle-même),
 * accessible (axe-core, 0 violation), textes hostiles venus des classeurs inertes (ni script
 * exécuté, ni image chargée, ni balise créée) ; imprimable (rendu PDF).
 */

const dossier = mkdtempSync(join(tmpdir(), "cpom-e2e-bilan-"));
let html = "";
const ADRESSE = "http://localhost:3299/bilan.html";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const b = await ecrireBilanInjecte(dossier);
  html = readFileSync(b.html, "utf8");
});
test.afterAll(() => rmSync(dossier, { recursive: true, force: true }));

test("bilan html : autonome, accessible, textes injectés inertes, imprimable", async ({ page }) => {
  const requetes: string[] = [];
  page.on("request", (r) => requetes.push(r.url()));
  await page.route(ADRESSE, (r) =>
    r.fulfill({ body: html, contentType: "text/html; charset=utf-8" }),
  );
  await page.goto(ADRESSE);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Relecture des Diagnostics CPOM",
  );
  await expect(page.getByRole("table", { name: /Synthèse/ })).toBeVisible();
  // Les textes hostiles sont affichés tels quels, comme du texte.
  await expect(page.getByText(INJECTIONS.html).first()).toBeVisible();
  await expect(page.getByText(INJECTIONS.formule).first()).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __pirate?: number }).__pirate),
  ).toBeUndefined();
  expect(await page.locator("script, img, iframe, object, embed, link, form").count()).toBe(0);
  expect(requetes).toEqual([ADRESSE]);
  // Les fichiers « à appeler » d'abord.
  const priorites = await page.locator("#synthese tbody tr td:first-child").allTextContents();
  expect(priorites[0]).toBe("À appeler");
  expect([...priorites].sort((a, b) => rang(a) - rang(b))).toEqual(priorites);
  await verifierAxe(page);
  const pdf = await page.pdf({ format: "A4", landscape: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

const rang = (p: string) => ["À appeler", "À vérifier", "Conforme"].indexOf(p);
