import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { genererClasseur } from "../../scripts/exemple/classeur";
import { expect, test } from "./outils/fixtures";
import {
  attendreFinAction,
  cellule,
  grille,
  ouvrirApercu,
  ouvrirVue,
  DELAI_PARCOURS,
} from "./volet-outils";

/**
 * Injection : un classeur dont les libellés, noms d'ESMS, encarts et un nom d'onglet portent du
 * HTML actif, des liens `javascript:` et un `=HYPERLINK(…)` en texte, ouvert dans l'aperçu (pages
 * construites, CSP de production). Chaque vue du volet et la grille sont parcourues : rien ne
 * s'exécute, aucune boîte de dialogue, aucune requête hors localhost ni vers `x` / evil.example, et
 * les textes s'affichent tels quels.
 */

const SCRIPT = "<script>window.__pwned=1</script>";
const IMG = '<img src=x onerror="window.__pwned=1">';
const JS = "javascript:alert(1)";
const HYPERLIEN = '=HYPERLINK("http://evil.example/","x")';
const ONGLET = "<img src=x onerror=alert(1)>";

interface Pose {
  readonly onglet: string;
  readonly cellule: string;
  readonly texte: string;
}

async function classeurPiege(): Promise<{ chemin: string; poses: Pose[] }> {
  const g = await genererClasseur("exemple");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(g.buffer as unknown as ArrayBuffer);
  const poses: Pose[] = [];
  const poser = (cle: string, texte: string, lien?: string) => {
    const r = g.reperes[cle];
    if (!r) throw new Error(`repère absent : ${cle}`);
    const c = wb.getWorksheet(r.onglet)!.getCell(r.cellule);
    c.value = lien ? { text: texte, hyperlink: lien } : texte;
    poses.push({ onglet: r.onglet, cellule: r.cellule, texte });
  };
  poser("a1/esms/enfance/0/nom", SCRIPT);
  poser("a1/esms/enfance/1/nom", IMG);
  poser("a1/esms/enfance/2/nom", JS, JS);
  poser("a1/esms/enfance/3/nom", HYPERLIEN);
  poser("a1/org/raison-sociale", `Association ${SCRIPT}`);
  poser("axe/axe-1-1/t1/points-forts", `Points forts ${IMG}`);
  poser("axe/axe-2/t3/modalites", JS, JS);
  poser("axe/axe-3/t2/points-forts", HYPERLIEN);
  const ws = wb.addWorksheet(ONGLET);
  ws.getCell("A1").value = SCRIPT;
  ws.getCell("A2").value = { text: JS, hyperlink: JS };
  ws.getCell("A3").value = HYPERLIEN;
  ws.getCell("A4").value = IMG;
  poses.push(
    { onglet: ONGLET, cellule: "A1", texte: SCRIPT },
    { onglet: ONGLET, cellule: "A2", texte: JS },
    { onglet: ONGLET, cellule: "A3", texte: HYPERLIEN },
    { onglet: ONGLET, cellule: "A4", texte: IMG },
  );
  const chemin = join(mkdtempSync(join(tmpdir(), "cpom-injection-")), "piege.xlsx");
  writeFileSync(chemin, Buffer.from(await wb.xlsx.writeBuffer()));
  return { chemin, poses };
}

/** Rien d'actif dans le document : ni script ajouté, ni gestionnaire en ligne, ni lien javascript:. */
async function domInerte(page: Page): Promise<void> {
  const actifs = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    enLigne: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
    gestionnaires: document.querySelectorAll("[onerror], [onload], [onclick], [onmouseover]")
      .length,
    liensJs: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    images: [...document.querySelectorAll("img")].filter((i) => /\/x$/.test(i.src)).length,
  }));
  expect(actifs).toEqual({ pwned: undefined, enLigne: 0, gestionnaires: 0, liensJs: 0, images: 0 });
}

test.describe("injection : textes de cellules inertes", () => {
  test.describe.configure({ timeout: DELAI_PARCOURS });

  test("HTML, javascript: et =HYPERLINK en texte : rien ne s'exécute, rien n'est demandé, tout s'affiche tel quel", async ({
    page,
  }) => {
    const { chemin, poses } = await classeurPiege();
    const dialogues: string[] = [];
    page.on("dialog", (d) => {
      dialogues.push(`${d.type()} : ${d.message()}`);
      void d.dismiss();
    });
    const suspectes: string[] = [];
    page.on("request", (r) => {
      const u = r.url();
      if (/evil\.example|\/x(?:$|\?)|^javascript:/i.test(u)) suspectes.push(u);
    });

    await ouvrirApercu(page);
    // Pages construites : la CSP de production est là (aucun script en ligne permis).
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    await page.getByTestId("fichier-classeur").setInputFiles(chemin);
    await expect(
      page.getByRole("region", { name: "Classeur simulé" }).getByRole("status").first(),
    ).toHaveText("Classeur ouvert : piege.xlsx", { timeout: 60_000 });

    // Chaque vue du volet.
    const vues = page.getByRole("tablist", { name: "Vues du volet" });
    await expect(vues).toBeVisible({ timeout: 60_000 });
    await attendreFinAction(page);
    const onglets = vues.getByRole("tab");
    const n = await onglets.count();
    expect(n).toBeGreaterThanOrEqual(4);
    const textes: string[] = [];
    for (let i = 0; i < n; i++) {
      await onglets.nth(i).click();
      const panneau = page.getByRole("tabpanel");
      await expect(panneau).toBeVisible();
      await page.waitForTimeout(300);
      textes.push(await page.getByRole("main").innerText());
      await domInerte(page);
    }
    const tout = textes.join("\n");
    for (const t of [SCRIPT, IMG, JS]) expect(tout, `« ${t} » affiché tel quel`).toContain(t);
    expect(tout).toContain(ONGLET);

    // La grille : chaque cellule piégée, feuille par feuille.
    const nav = page.getByRole("navigation", { name: "Feuilles du classeur" });
    for (const onglet of [...new Set(poses.map((p) => p.onglet))]) {
      await nav.getByRole("button", { name: onglet, exact: true }).click();
      await expect(grille(page)).toBeVisible();
      for (const p of poses.filter((x) => x.onglet === onglet)) {
        await expect(cellule(page, p.cellule), `${onglet}!${p.cellule}`).toHaveText(p.texte);
      }
      await domInerte(page);
    }

    // Une fiche-objectif au titre piégé, pour un ESMS au nom piégé : liste des fiches, feuille
    // écrite, puis un second tour des vues.
    const fiches = await ouvrirVue(page, "Fiches");
    await fiches.getByRole("textbox", { name: /Intitulé de l'objectif/ }).fill(`${SCRIPT} ${IMG}`);
    await fiches.getByRole("checkbox", { name: SCRIPT }).check();
    await fiches.getByRole("button", { name: "Ajouter la fiche" }).click();
    await attendreFinAction(page);
    const liste = fiches.getByRole("region", { name: "Fiches du classeur" });
    await expect(liste).toContainText(`${SCRIPT} ${IMG}`);
    await domInerte(page);
    const feuilles = await nav.getByRole("button").allTextContents();
    const fiche = feuilles.find((f) => f.startsWith("Fiche objectif"));
    expect(fiche, `feuille de fiche parmi ${feuilles.join(", ")}`).toBeDefined();
    await nav.getByRole("button", { name: fiche!, exact: true }).click();
    await expect(grille(page)).toContainText(SCRIPT);
    await domInerte(page);
    for (let i = 0; i < n; i++) {
      await onglets.nth(i).click();
      await expect(page.getByRole("tabpanel")).toBeVisible();
      await page.waitForTimeout(200);
      await domInerte(page);
    }

    await page.waitForTimeout(500);
    await domInerte(page);
    expect(dialogues, "boîtes de dialogue").toEqual([]);
    expect(suspectes, "requêtes déclenchées par les textes").toEqual([]);
  });
});
