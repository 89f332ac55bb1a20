import { adresseA1 } from "../../src/domain/classeur/adresse";
import { COULEUR_SURLIGNAGE } from "../../src/domain/surlignage/plan-surlignage";
import { expect, test } from "./outils/fixtures";
import {
  analyseExemple,
  attendreFinAction,
  etatDesFeuilles,
  feuilleAffichee,
  grille,
  ouvrirApercu,
  ouvrirVue,
  selectionGrille,
  verifierAxeVolet,
  DELAI_PARCOURS,
} from "./volet-outils";
import type { Page } from "@playwright/test";

/** Cellules à compléter d'un onglet de l'exemple, en A1, d'après l'analyse pure. */
const videsDe = (nom: string): string[] =>
  analyseExemple()
    .completude.parOnglet.find((o) => o.nom === nom)
    ?.vides.map((l) => adresseA1(l.row, l.col)) ?? [];

const surligneesGrille = (page: Page) =>
  grille(page)
    .locator(`td[data-fill="${COULEUR_SURLIGNAGE}"]`)
    .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-adresse") ?? ""));

const afficherFeuille = async (page: Page, nom: string) => {
  await page
    .getByRole("navigation", { name: "Feuilles du classeur" })
    .getByRole("button", { name: nom, exact: true })
    .click();
  await expect.poll(() => feuilleAffichee(page)).toBe(nom);
};

test.describe("volet dans l'aperçu : saisie", () => {
  test.describe.configure({ timeout: DELAI_PARCOURS });

  test("surligner montre les cellules bleues vides ; retirer rend le classeur identique ; 0 violation axe", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const avant = await etatDesFeuilles(page);
    const vue = await ouvrirVue(page, "Saisie");
    await verifierAxeVolet(page);
    await vue.getByRole("button", { name: "Surligner les cellules à compléter" }).click();
    await attendreFinAction(page);
    const g = analyseExemple().completude.global;
    await expect(
      page.getByText(`${g.total - g.remplies} cellules à compléter surlignées`, { exact: false }),
    ).toBeVisible();
    for (const nom of ["Axe 3 Efficience", "2-E Financier", "Annexe 1"]) {
      await afficherFeuille(page, nom);
      expect((await surligneesGrille(page)).sort()).toEqual(videsDe(nom).sort());
    }
    await verifierAxeVolet(page);

    await vue.getByRole("button", { name: "Retirer le surlignage" }).click();
    await attendreFinAction(page);
    await expect(
      page.getByText("Surlignage retiré ; aucun autre format n'a été modifié."),
    ).toBeVisible();
    expect(await surligneesGrille(page)).toEqual([]);
    expect(await etatDesFeuilles(page)).toEqual(avant);
  });

  test("« cellule suivante » parcourt les cellules vides dans l'ordre, d'onglet en onglet", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    await afficherFeuille(page, "Accueil");
    const ordre = analyseExemple().completude.parOnglet.flatMap((o) =>
      o.vides.map((l) => `${o.nom}!${adresseA1(l.row, l.col)}`),
    );
    expect(ordre.length).toBeGreaterThan(6);
    const vue = await ouvrirVue(page, "Saisie");
    const suivante = vue.getByRole("button", { name: "Cellule suivante à compléter" });
    const vus: string[] = [];
    for (let i = 0; i < 6; i++) {
      await suivante.click();
      await attendreFinAction(page);
      vus.push(`${await feuilleAffichee(page)}!${(await selectionGrille(page)).join(",")}`);
    }
    expect(vus).toEqual(ordre.slice(0, 6));
    await vue.getByRole("button", { name: "Cellule précédente à compléter" }).click();
    await attendreFinAction(page);
    expect(`${await feuilleAffichee(page)}!${(await selectionGrille(page)).join(",")}`).toBe(
      ordre[4],
    );
  });
});
