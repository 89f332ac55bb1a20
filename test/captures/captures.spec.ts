import { expect, test } from "../e2e/outils/fixtures";
import { ouvrirApercu, ouvrirVue, verifierAxeVolet } from "../e2e/volet-outils";

/**
 * Captures d'écran de chaque vue du volet, du glossaire et d'une étape de la visite guidée, à
 * 350 px (largeur d'un volet) et 1024 px, dans l'aperçu (classeur d'exemple) : docs/captures/.
 * Régénérer : `npm run captures` (construit dist/ puis lance ce fichier). Chaque capture vérifie
 * aussi axe-core (0 violation).
 */

const LARGEURS = [350, 1024] as const;
const VUES = [
  ["sommaire", "Sommaire"],
  ["saisie", "Saisie"],
  ["indicateurs", "Indicateurs"],
  ["controles", "Contrôles"],
  ["fiches", "Fiches"],
] as const;
const chemin = (nom: string, largeur: number) => `docs/captures/${nom}-${largeur}.png`;

test.describe.configure({ timeout: 180_000 });

for (const largeur of LARGEURS) {
  test(`captures à ${largeur} px`, async ({ page }) => {
    await page.setViewportSize({ width: largeur, height: 900 });
    await ouvrirApercu(page);
    // 350 px : le volet seul ; 1024 px : la page de l'aperçu (grille et volet).
    const capturer = (nom: string) =>
      largeur === 350
        ? page.getByRole("main").screenshot({ path: chemin(nom, largeur) })
        : page.screenshot({ path: chemin(nom, largeur) });
    for (const [id, nom] of VUES) {
      const vue = await ouvrirVue(page, nom);
      if (id === "indicateurs") {
        await vue.getByRole("button", { name: /^2-F Creton — / }).click();
        await vue.getByRole("button", { name: /^IME Les Grands Chênes — / }).click();
        const carte = vue.getByRole("listitem").first();
        await carte.getByRole("button", { name: "Comment est-ce calculé ?" }).click();
      }
      await verifierAxeVolet(page);
      await capturer(id);
    }
    await page.getByRole("button", { name: "Glossaire", exact: true }).click();
    const dialogue = page.getByRole("dialog", { name: "Glossaire du Diagnostic CPOM" });
    await page.keyboard.type("fonds");
    await expect(dialogue.getByText(/\d+ termes?/)).toBeVisible();
    await verifierAxeVolet(page);
    await page.screenshot({ path: chemin("glossaire", largeur) });
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Formation" }).click();
    await page.screenshot({ path: chemin("menu-formation", largeur) });
    await page.getByRole("menuitem", { name: "Visite guidée" }).click();
    await page.getByRole("button", { name: "Suivant", exact: true }).click();
    await page.getByRole("button", { name: "Suivant", exact: true }).click();
    await expect(page.getByRole("heading", { name: /étape 3 sur 5/ })).toBeFocused();
    await verifierAxeVolet(page);
    await capturer("visite");
  });
}
