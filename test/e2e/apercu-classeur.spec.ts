import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { messageFichier } from "../../src/gateway/erreurs-fichier";
import { expect, test } from "./outils/fixtures";
import {
  analyseExemple,
  attendreFinAction,
  cellule,
  feuilleAffichee,
  grille,
  ouvrirApercu,
  ouvrirVue,
  selectionGrille,
  verifierAxeVolet,
  DELAI_PARCOURS,
} from "./volet-outils";

/**
 * Aperçu : recalcul des formules après une saisie, ouverture d'un classeur (exemples, fichier du
 * disque, dépôt, fichier refusé), grille navigable (clic, flèches, Entrée / F2, sélection amenée
 * à l'écran après « Aller à la cellule »).
 */

const dossier = mkdtempSync(join(tmpdir(), "cpom-apercu-"));

async function petitClasseur(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget 2026");
  ws.getCell("A1").value = "Poste";
  ws.getCell("B1").value = "Montant";
  ws.getCell("B2").value = 120;
  ws.getCell("B3").value = 80;
  ws.getCell("B4").value = { formula: "SUM(B2:B3)", result: 200 };
  const chemin = join(dossier, "petit budget.xlsx");
  writeFileSync(chemin, Buffer.from(await wb.xlsx.writeBuffer()));
  return chemin;
}

const statut = (page: Page) =>
  page.getByRole("region", { name: "Classeur simulé" }).getByRole("status").first();

/** Cellule sélectionnée entièrement visible dans le cadre de la grille. */
async function selectionVisible(page: Page): Promise<boolean> {
  return grille(page).evaluate((cadre) => {
    const td = cadre.querySelector("td[data-selection]");
    if (!td) return false;
    const a = cadre.getBoundingClientRect();
    const b = td.getBoundingClientRect();
    return b.top >= a.top && b.left >= a.left && b.top < a.bottom && b.left < a.right;
  });
}

test.describe("aperçu : classeur", () => {
  test.describe.configure({ timeout: DELAI_PARCOURS });

  test("saisie d'une valeur → totaux recalculés → aucun faux constat", async ({ page }) => {
    await ouvrirApercu(page);
    const { erreurs } = analyseExemple().resume;
    const vue = await ouvrirVue(page, "Contrôles");
    const resume = vue.getByRole("list", { name: "Constats par gravité" });
    await expect(resume).toContainText(`Erreurs : ${erreurs}`);
    // Une somme de l'exemple et un de ses termes numériques, trouvés dans l'hôte simulé.
    const cible = await page.evaluate(() => {
      const h = window.__hote!;
      for (const f of h.etat.feuilles().filter((x) => x.visibility === "Visible")) {
        const v = h.etat.vue(f.id)!;
        for (let i = 0; i < v.rowCount; i++)
          for (let j = 0; j < v.columnCount; j++) {
            const m = /^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(v.formulas[i]?.[j] ?? "");
            if (!m || m[1] !== m[3]) continue;
            const col = m[1]!.charCodeAt(0) - 65 - v.origin.col;
            for (let r = Number(m[2]) - 1; r <= Number(m[4]) - 1; r++) {
              const x = v.values[r - v.origin.row]?.[col];
              if (typeof x === "number" && !v.formulas[r - v.origin.row]?.[col])
                return {
                  feuille: f.name,
                  terme: `${m[1]}${r + 1}`,
                  valeur: x,
                  total: v.values[i]![j],
                  somme: `${String.fromCharCode(65 + v.origin.col + j)}${v.origin.row + i + 1}`,
                };
            }
          }
      }
      return null;
    });
    expect(cible).not.toBeNull();
    const { feuille, terme, valeur, total, somme } = cible!;
    await page
      .getByRole("navigation", { name: "Feuilles du classeur" })
      .getByRole("button", { name: feuille, exact: true })
      .click();
    await cellule(page, terme).click();
    await grille(page).press("Enter");
    const saisie = page.getByRole("form", { name: "Saisir une valeur" });
    await expect(saisie.getByRole("textbox", { name: "Valeur" })).toBeFocused();
    await page.keyboard.type(String(valeur + 1000));
    await page.keyboard.press("Enter");
    const attendu = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 }).format(
      Number(total) + 1000,
    );
    await expect(cellule(page, somme)).toHaveText(attendu);
    await attendreFinAction(page);
    await expect(resume).toContainText(`Erreurs : ${erreurs}`, { timeout: 15_000 });
  });

  test("ouvre chaque exemple, un .xlsx du disque (bouton et dépôt), refuse un fichier qui n'est pas un classeur", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const exemples = page.getByRole("combobox", { name: "Classeur d'exemple" });
    for (const titre of [
      "Vierge",
      "Complet",
      "Avec erreurs semées",
      "Autre mise en page",
      "Exemple (partiellement rempli)",
    ]) {
      await exemples.selectOption({ label: titre });
      await expect(statut(page)).toHaveText(`Classeur ouvert : ${titre}`, { timeout: 30_000 });
      await expect(page.getByRole("tablist", { name: "Vues du volet" })).toBeVisible();
      await expect(grille(page)).toBeVisible();
    }
    const chemin = await petitClasseur();
    await page.getByTestId("fichier-classeur").setInputFiles(chemin);
    await expect(statut(page)).toHaveText("Classeur ouvert : petit budget.xlsx", {
      timeout: 30_000,
    });
    expect(await feuilleAffichee(page)).toBe("Budget 2026");
    await expect(cellule(page, "B4")).toHaveText("200");
    await cellule(page, "B2").click();
    await grille(page).press("Enter");
    await page.keyboard.type("1000");
    await page.keyboard.press("Enter");
    await expect(cellule(page, "B4")).toHaveText(new Intl.NumberFormat("fr-FR").format(1080));

    // Dépôt d'un fichier texte sur le classeur : le message de la CLI, rien d'autre n'est ouvert.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["nom;valeur\na;1\n"], "export.csv", { type: "text/csv" }));
      const zone = document.querySelector('section[aria-label="Classeur simulé"]')!;
      zone.dispatchEvent(
        new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
      zone.dispatchEvent(
        new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
    });
    await expect(
      page.getByText(
        messageFichier(
          "pas-un-classeur",
          "export.csv",
          "c'est un fichier texte, par exemple un CSV",
        ),
      ),
    ).toBeVisible();
    expect(await feuilleAffichee(page)).toBe("Budget 2026");
    await verifierAxeVolet(page);
  });

  test.describe("exemple introuvable", () => {
    // Le 404 du classeur d'exemple, voulu ici, est signalé par le navigateur dans la console.
    test.use({ consoleToleree: [/Failed to load resource: .*status of 404/] });
    test("exemple introuvable au démarrage : la page dit l'erreur en français, un autre exemple s'ouvre", async ({
      page,
    }) => {
      // Le classeur ouvert par le script initial, avant le premier rendu (ADR 0029) : son échec
      // arrive à la page, qui s'affiche quand même.
      await page.route(/diagnostic-exemple\.instantane\.json$/, (route) =>
        route.fulfill({ status: 404, body: "absent" }),
      );
      await page.goto("/apercu.html");
      const erreur = page.getByText("Le classeur n'a pas pu être ouvert");
      await expect(erreur).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText(/n'a pas été trouvé \(réponse 404\)/)).toBeVisible();
      await page
        .getByRole("combobox", { name: "Classeur d'exemple" })
        .selectOption({ label: "Vierge" });
      await expect(statut(page)).toHaveText("Classeur ouvert : Vierge", { timeout: 30_000 });
      await expect(page.getByRole("tablist", { name: "Vues du volet" })).toBeVisible();
      await expect(erreur).toHaveCount(0);
    });
  });

  test("grille : clic, flèches, Entrée / F2", async ({ page }) => {
    await ouvrirApercu(page);
    await page
      .getByRole("navigation", { name: "Feuilles du classeur" })
      .getByRole("button", { name: "2-E Financier", exact: true })
      .click();
    // Une cellule libre (non fusionnée) dont les voisines de droite et du dessous le sont aussi.
    const [a, bas, basDroite] = await grille(page).evaluate((cadre) => {
      const ici = new Set(
        [...cadre.querySelectorAll("td[data-adresse]")]
          .filter((td) => !td.hasAttribute("rowspan") && !td.hasAttribute("colspan"))
          .map((td) => td.getAttribute("data-adresse")!),
      );
      const nom = (c: number, r: number) => `${String.fromCharCode(65 + c)}${r}`;
      for (let r = 3; r < 40; r++)
        for (let c = 1; c < 6; c++)
          if (ici.has(nom(c, r)) && ici.has(nom(c, r + 1)) && ici.has(nom(c + 1, r + 1)))
            return [nom(c, r), nom(c, r + 1), nom(c + 1, r + 1)];
      return ["", "", ""];
    });
    expect(a).not.toBe("");
    await cellule(page, a!).click();
    expect(await selectionGrille(page)).toEqual([a]);
    await grille(page).press("ArrowDown");
    expect(await selectionGrille(page)).toEqual([bas]);
    await grille(page).press("ArrowRight");
    expect(await selectionGrille(page)).toEqual([basDroite]);
    await grille(page).press("ArrowLeft");
    await grille(page).press("ArrowUp");
    expect(await selectionGrille(page)).toEqual([a]);
    await grille(page).press("F2");
    const saisie = page.getByRole("form", { name: "Saisir une valeur" });
    await expect(saisie.getByRole("textbox", { name: "Valeur" })).toBeFocused();
    await expect(saisie.getByRole("textbox", { name: "Cellule" })).toHaveValue(a!);
  });

  test("20 « Aller à la cellule » sur 20 : la bonne feuille, la cellule à l'écran", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    // L'exemple « erreurs » a plus de 20 constats, sur toutes sortes d'onglets.
    await page
      .getByRole("combobox", { name: "Classeur d'exemple" })
      .selectOption({ label: "Avec erreurs semées" });
    await expect(statut(page)).toHaveText("Classeur ouvert : Avec erreurs semées", {
      timeout: 30_000,
    });
    const vue = await ouvrirVue(page, "Contrôles");
    const boutons = vue.getByRole("button", { name: /^Aller à la cellule/ });
    await expect(boutons.first()).toBeVisible();
    const n = Math.min(20, await boutons.count());
    expect(n).toBe(20);
    const rates: string[] = [];
    for (let i = 0; i < n; i++) {
      const b = boutons.nth(i);
      const groupe = await b.evaluate(
        (el) => el.closest("section")?.querySelector("h3")?.textContent ?? "",
      );
      const onglet = groupe.split(" — ")[0] ?? "";
      await b.click();
      const accord = page.getByRole("dialog");
      if (await accord.isVisible()) await accord.getByRole("button").first().click();
      await attendreFinAction(page);
      const feuille = await feuilleAffichee(page);
      const visible = await selectionVisible(page);
      if ((onglet !== "Classeur entier" && feuille !== onglet) || !visible)
        rates.push(`${i + 1} : ${onglet} → ${feuille}, visible ${visible}`);
    }
    expect(rates).toEqual([]);
  });

  test("menu « Corriger le type » : la page reste à l'écran, Échap rend le focus", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const vue = await ouvrirVue(page, "Sommaire");
    const bouton = vue.getByRole("button", { name: /^Corriger le type de l'onglet/ }).last();
    await bouton.click();
    await expect(page.getByRole("menu")).toBeVisible();
    const haut = await grille(page).evaluate((el) => el.getBoundingClientRect().top);
    expect(haut).toBeGreaterThanOrEqual(0);
    await expect(page.getByRole("main")).toBeInViewport();
    await expect(grille(page)).toBeInViewport();
    await page.keyboard.press("Escape");
    await expect(bouton).toBeFocused();
  });

  test("menu « Corriger le type » au clavier : Entrée l'ouvre au premier essai, focus dans le menu", async ({
    page,
  }) => {
    // Le menu n'est monté qu'à la première ouverture (ADR 0031) : le premier Entrée doit suffire.
    await ouvrirApercu(page);
    const vue = await ouvrirVue(page, "Sommaire");
    const bouton = vue.getByRole("button", { name: /^Corriger le type de l'onglet/ }).first();
    await expect(bouton).toHaveAttribute("aria-haspopup", "menu");
    await bouton.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect(menu).toBeVisible();
    await expect.poll(() => menu.evaluate((m) => m.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(bouton).toBeFocused();
    await page.keyboard.press("Enter"); // une fois monté, c'est le menu de Fluent
    await expect(menu).toBeVisible();
  });
});
