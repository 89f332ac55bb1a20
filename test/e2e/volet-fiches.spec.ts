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

  test("« Générer les 6 fiches socle » ajoute les feuilles, puis Contrôles signale les champs obligatoires vides", async ({
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
    await expect(
      vue.getByRole("region", { name: "Fiches du classeur" }).getByRole("listitem"),
    ).toHaveCount(6);
    await verifierAxeVolet(page);

    vue = await ouvrirVue(page, "Contrôles");
    const groupes = vue.getByRole("heading", { level: 3, name: /^Fiche objectif/ });
    await expect(groupes.first()).toBeVisible();
    const premiere = vue.getByRole("region", { name: (await groupes.first().textContent()) ?? "" });
    await expect(premiere).toContainText(/vide|à compléter|renseign/i);
    await verifierAxeVolet(page);

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
