import { expect, test } from "./outils/fixtures";
import {
  attendreFinAction,
  DELAI_PARCOURS,
  ouvrirApercu,
  ouvrirVue,
  verifierAxeVolet,
} from "./volet-outils";

test.describe("volet dans l'aperçu : fiches-objectifs", () => {
  test.describe.configure({ timeout: DELAI_PARCOURS });

  test("« Générer les 6 fiches socle » ajoute les feuilles, puis chaque fiche est « à rédiger » (une information), sans « Listes (2) »", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const feuilles = page
      .getByRole("navigation", { name: "Feuilles du classeur" })
      .getByRole("button");
    const avant = await feuilles.allTextContents();
    let vue = await ouvrirVue(page, "Fiches");
    await verifierAxeVolet(page);
    await vue.getByRole("button", { name: "Générer les 6 fiches socle" }).click();
    await attendreFinAction(page);
    await expect(page.getByText(/feuilles? ajoutées?/)).toBeVisible();
    const apres = await feuilles.allTextContents();
    expect(apres.slice(0, avant.length)).toEqual(avant);
    const ajoutees = apres.slice(avant.length);
    expect(ajoutees.filter((n) => n.startsWith("Fiche objectif"))).toHaveLength(6);
    expect(ajoutees).toContain("Suivi des objectifs");
    // L'exemple a déjà sa feuille « Listes » : jamais « Listes (2) », jamais prise pour un axe 2.
    expect(ajoutees).not.toContain("Listes (2)");
    await expect(
      vue.getByRole("region", { name: "Fiches du classeur" }).getByRole("listitem"),
    ).toHaveCount(6);
    await verifierAxeVolet(page);

    vue = await ouvrirVue(page, "Contrôles");
    const groupes = vue.getByRole("heading", { level: 3, name: /^Fiche objectif/ });
    await expect(groupes.first()).toBeVisible();
    // Une fiche générée est « à rédiger », signalée une fois, en information : aucune erreur.
    for (const titre of await groupes.allTextContents()) expect(titre).toMatch(/— 1 constat$/);
    const premiere = vue.getByRole("region", { name: (await groupes.first().textContent()) ?? "" });
    await expect(premiere).toContainText("à rédiger");
    await expect(premiere).not.toContainText(/Erreur|à compléter/);
    await verifierAxeVolet(page);

    vue = await ouvrirVue(page, "Sommaire");
    await expect(vue).not.toContainText(/Listes des fiches.*Annexe 2|Listes \(2\)/);
    await expect(
      vue.getByRole("listitem").filter({ hasText: "Listes des fiches" }),
    ).not.toContainText(/Axe 2|axe 2/);

    // Générer une seconde fois n'ajoute rien.
    vue = await ouvrirVue(page, "Fiches");
    await vue.getByRole("button", { name: "Générer les 6 fiches socle" }).click();
    await attendreFinAction(page);
    await expect(
      page.getByText("Les fiches socle existent déjà : rien n'a été ajouté."),
    ).toBeVisible();
    expect(await feuilles.allTextContents()).toEqual(apres);
  });
});
