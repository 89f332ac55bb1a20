import { adresseA1 } from "../../src/domain/classeur/adresse";
import { formaterValeur, libelleLisible, texteLisible } from "../../src/domain/indicateurs";
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

test.describe("volet dans l'aperçu : indicateurs", () => {
  test.describe.configure({ timeout: DELAI_PARCOURS });

  test("valeur fr-FR, explication, seuils ; clic → les cellules d'entrée ; 0 violation axe", async ({
    page,
  }) => {
    const r = analyseExemple().indicateurs.find(
      (i) => i.id === "compl.pp-reactualise" && i.entrees.every((e) => e.location),
    );
    if (!r) throw new Error("indicateur compl.pp-reactualise attendu dans l'exemple");
    const onglet = r.entrees[0]?.location?.sheetName ?? "";
    await ouvrirApercu(page);
    const vue = await ouvrirVue(page, "Indicateurs");
    await vue
      .getByRole("button", { name: new RegExp(`^${onglet.replace(/\./g, "\\.")} — `) })
      .click();
    await vue
      .getByRole("button", { name: new RegExp(`^${libelleLisible(r.perimetre.libelle)} — `) })
      .first()
      .click();
    const carte = vue
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: r.libelle, exact: true }) })
      .filter({ hasText: r.perimetre.libelle })
      .first();
    await expect(carte).toContainText(formaterValeur(r.valeur, r.unite));
    await carte.getByRole("button", { name: "Comment est-ce calculé ?" }).click();
    await expect(carte).toContainText(texteLisible(r.explication));
    await expect(carte).toContainText("Seuils d'alerte");
    await verifierAxeVolet(page);

    await carte.getByRole("button", { name: /^Aller aux cellules d'entrée/ }).click();
    await attendreFinAction(page);
    expect(await feuilleAffichee(page)).toBe(onglet);
    expect((await selectionGrille(page)).sort()).toEqual(
      r.entrees.map((e) => adresseA1(e.location?.row ?? 0, e.location?.col ?? 0)).sort(),
    );
  });
});
