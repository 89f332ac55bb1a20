import type { Locator, Page } from "@playwright/test";
import { adresseA1 } from "../../src/domain/classeur/adresse";
import { COULEUR_SURLIGNAGE } from "../../src/domain/surlignage/plan-surlignage";
import { constatsParOnglet } from "../../src/use-cases/vue-controles";
import { expect, test } from "./outils/fixtures";
import {
  analyseExemple,
  attendreFinAction,
  DELAI_PARCOURS,
  feuilleAffichee,
  grille,
  ouvrirApercu,
  selectionGrille,
  verifierAxeVolet,
  volet,
} from "./volet-outils";

/** Tabulation (ou Maj+Tab) jusqu'à ce que `cible` ait le focus : aucun clic. */
async function tabJusqua(page: Page, cible: Locator, arriere = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await cible.evaluate((e) => e === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(arriere ? "Shift+Tab" : "Tab");
  }
  throw new Error(`focus jamais atteint au clavier : ${cible.toString()}`);
}

const position = async (page: Page) =>
  `${await feuilleAffichee(page)}!${(await selectionGrille(page)).join(",")}`;

test.describe("volet dans l'aperçu : au clavier seul", () => {
  test.describe.configure({ timeout: DELAI_PARCOURS });

  test("onglet, saisie (surligner, cellule suivante / précédente, retirer), contrôles", async ({
    page,
  }) => {
    const ordre = analyseExemple().completude.parOnglet.flatMap((o) =>
      o.vides.map((l) => `${o.nom}!${adresseA1(l.row, l.col)}`),
    );
    const rang2E = analyseExemple().completude.parOnglet.findIndex(
      (o) => o.nom === "2-E Financier",
    );
    const avant2E = analyseExemple()
      .completude.parOnglet.slice(0, rang2E)
      .flatMap((o) => o.vides.map((l) => `${o.nom}!${adresseA1(l.row, l.col)}`));
    const premiereDe2E = ordre.find((x) => x.startsWith("2-E Financier!"));

    await ouvrirApercu(page);

    // Sommaire : aller à l'onglet 2-E.
    await tabJusqua(page, page.getByRole("button", { name: "Aller à l'onglet 2-E Financier" }));
    await page.keyboard.press("Enter");
    await attendreFinAction(page);
    await expect.poll(() => position(page)).toBe("2-E Financier!A1");

    // Vue Saisie par les flèches de la liste des vues.
    await tabJusqua(page, page.getByRole("tab", { name: "Sommaire" }), true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("tab", { name: "Saisie" })).toHaveAttribute(
      "aria-selected",
      "true",
    );

    // Surligner.
    const surligner = page.getByRole("button", { name: "Surligner les cellules à compléter" });
    await tabJusqua(page, surligner);
    await page.keyboard.press("Enter");
    await attendreFinAction(page);
    await expect(
      grille(page).locator(`td[data-fill="${COULEUR_SURLIGNAGE}"]`).first(),
    ).toBeVisible();
    await expect(surligner).toBeFocused(); // le focus reste dans le volet

    // Alt+Flèche bas / haut : cellule suivante / précédente.
    await page.keyboard.press("Alt+ArrowDown");
    await attendreFinAction(page);
    expect(await position(page)).toBe(premiereDe2E);
    await page.keyboard.press("Alt+ArrowUp");
    await attendreFinAction(page);
    expect(await position(page)).toBe(avant2E.at(-1));

    // Retirer le surlignage.
    await tabJusqua(page, page.getByRole("button", { name: "Retirer le surlignage" }));
    await page.keyboard.press("Enter");
    await attendreFinAction(page);
    await expect(grille(page).locator(`td[data-fill="${COULEUR_SURLIGNAGE}"]`)).toHaveCount(0);

    // Contrôles : aller à la cellule du premier constat localisé.
    await tabJusqua(page, page.getByRole("tab", { name: "Saisie" }), true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("tab", { name: "Contrôles" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    const aller = volet(page)
      .getByRole("button", { name: /^Aller à la cellule/ })
      .first();
    // Premier constat localisé dans l'ordre de la vue (classeur entier, puis onglets dans l'ordre).
    const premier = constatsParOnglet(analyseExemple())
      .flatMap((g) => g.gravites.flatMap((x) => x.constats.map((c) => c.constat)))
      .find((c) => c.locations.length > 0);
    await tabJusqua(page, aller);
    await page.keyboard.press("Enter");
    await attendreFinAction(page);
    const l = premier?.locations[0];
    expect(await position(page)).toBe(`${l?.sheetName}!${adresseA1(l?.row ?? 0, l?.col ?? 0)}`);
    await expect(aller).toBeFocused();
    await verifierAxeVolet(page);
  });
});
