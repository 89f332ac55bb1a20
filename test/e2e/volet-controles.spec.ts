import { expect, test } from "./outils/fixtures";
import {
  analyseExemple,
  attendreFinAction,
  feuilleAffichee,
  ouvrirApercu,
  ouvrirVue,
  selectionGrille,
  verifierAxeVolet,
  DELAI_PARCOURS,
} from "./volet-outils";

test.describe("volet dans l'aperçu : contrôles", () => {
  test.describe.configure({ timeout: DELAI_PARCOURS });

  test("clic sur un constat → la grille sélectionne la cellule ; valeur corrigée → le constat disparaît", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const vue = await ouvrirVue(page, "Contrôles");
    const { alertes } = analyseExemple().resume;
    await expect(vue.getByRole("list", { name: "Constats par gravité" })).toContainText(
      `Alertes : ${alertes}`,
    );
    const constat = vue.getByRole("listitem").filter({ hasText: /dénominateur manquant/ });
    await expect(constat).toHaveCount(1);
    await constat.getByRole("button", { name: "Pourquoi ?" }).click();
    await constat.getByRole("button", { name: "Comment corriger ?" }).click();
    await verifierAxeVolet(page);

    await constat.getByRole("button", { name: /^Aller à la cellule/ }).click();
    await attendreFinAction(page);
    expect(await feuilleAffichee(page)).toBe("2-D Indic. compl.");
    expect(await selectionGrille(page)).toEqual(["D21"]);

    // Saisie dans la grille, comme l'utilisateur dans Excel : l'onglet est relu, le constat disparaît.
    const saisie = page.getByRole("form", { name: "Saisir une valeur" });
    await expect(saisie.getByRole("textbox", { name: "Cellule" })).toHaveValue("D21");
    await saisie.getByRole("textbox", { name: "Valeur" }).fill("40");
    await saisie.getByRole("button", { name: "Valider la saisie" }).click();
    await expect(
      vue.getByRole("listitem").filter({ hasText: /dénominateur manquant/ }),
    ).toHaveCount(0, { timeout: 15_000 });
    await expect(vue.getByText(/constats? corrigés? depuis la dernière analyse/)).toBeVisible();
    await expect(vue.getByRole("list", { name: "Constats par gravité" })).not.toContainText(
      `Alertes : ${alertes}`,
    );
  });

  test("filtre par gravité et « Relancer les contrôles »", async ({ page }) => {
    await ouvrirApercu(page);
    const vue = await ouvrirVue(page, "Contrôles");
    const { alertes, infos } = analyseExemple().resume;
    await vue.getByRole("checkbox", { name: `Alertes (${alertes})` }).click();
    await expect(vue.getByRole("listitem").filter({ hasText: /^Alerte(?!s)/ })).toHaveCount(0);
    await expect(vue.getByRole("listitem").filter({ hasText: /^Information(?!s)/ })).toHaveCount(
      infos,
    );
    await vue.getByRole("button", { name: "Relancer les contrôles" }).click();
    await attendreFinAction(page);
    await expect(vue.getByRole("listitem").filter({ hasText: /^Information(?!s)/ })).toHaveCount(
      infos,
    );
    await verifierAxeVolet(page);
  });
});
