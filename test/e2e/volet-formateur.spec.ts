import { expect, test } from "./outils/fixtures";
import { DELAI_PARCOURS, ouvrirApercu, ouvrirVue, verifierAxeVolet } from "./volet-outils";

/** Mode formateur au clavier seul : glossaire, visite guidée, classeur de démonstration. */

test.describe("volet dans l'aperçu : formateur", () => {
  test.describe.configure({ timeout: DELAI_PARCOURS });

  test("glossaire au clavier : ouvrir, chercher, lire la source, fermer par Échap ; 0 violation", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const bouton = page.getByRole("button", { name: "Glossaire", exact: true });
    await bouton.focus();
    await page.keyboard.press("Enter");
    const dialogue = page.getByRole("dialog", { name: "Glossaire du Diagnostic CPOM" });
    await expect(dialogue).toBeVisible();
    await expect(dialogue.getByRole("searchbox", { name: "Chercher un terme" })).toBeFocused();
    await page.keyboard.type("fonds de roulement");
    await expect(dialogue.getByRole("heading", { level: 3 }).first()).toHaveText(/^FRNG/);
    await expect(dialogue).toContainText("Source : ");
    await verifierAxeVolet(page);
    await page.keyboard.press("Escape");
    await expect(dialogue).toBeHidden();
    await expect(bouton).toBeFocused();
  });

  test("visite guidée au clavier : 5 étapes sur leurs vues, axe à chaque étape, Échap, rouvrir", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    await page.getByRole("button", { name: "Formation" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "Visite guidée" })).toBeFocused();
    await page.keyboard.press("Enter");
    const vues = ["Sommaire", "Saisie", "Indicateurs", "Contrôles", "Fiches"];
    for (const [i, v] of vues.entries()) {
      const titre = page.getByRole("heading", {
        name: `Visite guidée — étape ${i + 1} sur 5 : ${v}`,
      });
      await expect(titre).toBeFocused();
      await expect(page.getByRole("tab", { name: v })).toHaveAttribute("aria-selected", "true");
      await verifierAxeVolet(page);
      if (i === 2) {
        // Échap quitte ; « Formation › Visite guidée » la rouvre au début.
        await page.keyboard.press("Escape");
        await expect(page.getByRole("region", { name: /Visite guidée/ })).toHaveCount(0);
        await page.getByRole("button", { name: "Formation" }).click();
        await page.getByRole("menuitem", { name: "Visite guidée" }).click();
        await expect(page.getByRole("heading", { name: /étape 1 sur 5/ })).toBeFocused();
        for (let k = 0; k < 3; k++)
          await page.getByRole("button", { name: "Suivant", exact: true }).click();
        continue;
      }
      const suivant = page.getByRole("button", {
        name: i < 4 ? "Suivant" : "Terminer la visite",
        exact: true,
      });
      await suivant.focus();
      await page.keyboard.press("Enter");
    }
    await expect(page.getByRole("region", { name: /Visite guidée/ })).toHaveCount(0);
  });

  test("« Ouvrir le classeur de démonstration » recharge l'exemple dans l'aperçu", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    await ouvrirVue(page, "Fiches");
    await page.getByRole("button", { name: "Formation" }).click();
    const rechargement = page.waitForEvent("load");
    await page.getByRole("menuitem", { name: "Ouvrir le classeur de démonstration" }).click();
    await rechargement;
    await expect(page.getByRole("tablist", { name: "Vues du volet" })).toBeVisible({
      timeout: 90_000,
    });
    await expect(page.getByRole("tab", { name: "Sommaire" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  });

  test("indicateurs : repliés, filtres, 2-F en français avec le dénominateur hors de la somme", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const vue = await ouvrirVue(page, "Indicateurs");
    await expect(vue.getByRole("listitem")).toHaveCount(0);
    await vue.getByRole("combobox", { name: "Onglet" }).selectOption({ label: "2-F Creton" });
    await vue.getByRole("button", { name: /^IME Les Grands Chênes — / }).click();
    const carte = vue.getByRole("listitem").filter({
      has: page.getByRole("heading", { name: "Part des Creton dans la capacité en internat" }),
    });
    await carte.getByRole("button", { name: "Comment est-ce calculé ?" }).click();
    await expect(carte).toContainText(
      "Formule Excel équivalente : =SOMME('2-F Creton'!C7:F7)/'Annexe 1'!F20",
    );
    await expect(carte).toContainText("4,2 %");
    await expect(vue).not.toContainText(/\[INFÉRENCE\]|\[CONFIRMÉ\]|\.md §|internat esat/);
    await verifierAxeVolet(page);
    await vue.getByRole("checkbox", { name: "En alerte seulement" }).check();
    await expect(
      vue.getByText(/indicateurs? affichés?, dont \d+ en alerte|Aucun indicateur/),
    ).toBeVisible();
    await verifierAxeVolet(page);
  });
});
