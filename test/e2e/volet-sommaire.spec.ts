import { entreeCatalogue } from "../../src/domain/classeur/reconnaissance";
import { sommaire } from "../../src/use-cases/vue-sommaire";
import { TYPES_ONGLETS } from "../integration/exemple/outils";
import { expect, test } from "./outils/fixtures";
import {
  analyseExemple,
  attendreFinAction,
  feuilleAffichee,
  ouvrirApercu,
  selectionGrille,
  verifierAxeVolet,
  volet,
  DELAI_PARCOURS,
} from "./volet-outils";

/** Types attendus des onglets du classeur d'exemple (par nom, tels que le générateur les écrit). */
const TYPES = TYPES_ONGLETS;

const libelleType = (type: string): string => {
  const e = entreeCatalogue(type as Parameters<typeof entreeCatalogue>[0]);
  if (!e || type === "inconnu") return "Type non reconnu";
  return e.annexe === "—" ? e.titre : `Annexe ${e.annexe} — ${e.titre}`;
};

test.describe("volet dans l'aperçu : sommaire", () => {
  test.describe.configure({ timeout: DELAI_PARCOURS });

  test("la lecture du classeur d'exemple coûte au plus 2 sync (compteur de l'hôte)", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const lectures = await page.evaluate(() => window.__lectures ?? []);
    expect(lectures.length).toBeGreaterThanOrEqual(1);
    expect(lectures[0]?.partielle).toBe(false);
    expect(lectures[0]?.syncs).toBeGreaterThan(0);
    expect(lectures[0]?.syncs).toBeLessThanOrEqual(2);
    await expect(
      page.getByText(/Dernière lecture par le volet : [12] allers?-retours? avec Excel/),
    ).toBeVisible();

    // « Actualiser » relit tout : même coût.
    await page.evaluate(() => window.__hote?.etat.reinitialiserStats());
    await page.getByRole("button", { name: "Actualiser", exact: true }).click();
    await attendreFinAction(page);
    const syncs = await page.evaluate(() => window.__hote?.stats.syncs ?? -1);
    expect(syncs).toBeGreaterThan(0);
    expect(syncs).toBeLessThanOrEqual(2);
  });

  test("liste chaque onglet de l'exemple avec le bon type et sa complétude ; 0 violation axe", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const attendu = sommaire(analyseExemple());
    const lignes = volet(page)
      .getByRole("region", { name: "Onglets du classeur" })
      .getByRole("listitem");
    await expect(lignes).toHaveCount(attendu.lignes.length);
    expect(attendu.lignes.map((l) => l.nom)).toEqual(Object.keys(TYPES));
    for (const [i, l] of attendu.lignes.entries()) {
      const ligne = lignes.nth(i);
      expect(l.type).toBe(TYPES[l.nom]);
      await expect(ligne.getByRole("button", { name: `Aller à l'onglet ${l.nom}` })).toBeVisible();
      await expect(ligne).toContainText(libelleType(l.type));
      if (l.completude) {
        const n = l.completude.aCompleter;
        await expect(ligne).toContainText(
          l.completude.total === 0
            ? "Aucune cellule de saisie"
            : n === 0
              ? "Complet"
              : `${n} cellule${n > 1 ? "s" : ""} à compléter`,
        );
      } else {
        await expect(ligne).toContainText("Non compté");
      }
    }
    await expect(lignes.filter({ hasText: "Listes" })).toContainText("masqué");
    const pct = Math.round((attendu.global.taux ?? 0) * 100);
    await expect(
      volet(page).getByRole("heading", { name: `Complétude globale : ${pct} %` }),
    ).toBeVisible();
    await verifierAxeVolet(page);
  });

  test("un clic sur un onglet le montre dans la grille ; un onglet masqué demande confirmation", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    await page.getByRole("button", { name: "Aller à l'onglet 2-E Financier" }).click();
    await expect.poll(() => feuilleAffichee(page)).toBe("2-E Financier");
    await expect.poll(() => selectionGrille(page)).toEqual(["A1"]);
    await expect(
      page
        .getByRole("navigation", { name: "Feuilles du classeur" })
        .getByRole("button", { name: "2-E Financier" }),
    ).toHaveAttribute("aria-current", "page");

    await page.getByRole("button", { name: "Aller à l'onglet Listes" }).click();
    const dialogue = page.getByRole("dialog", { name: "Afficher l'onglet masqué ?" });
    await expect(dialogue).toBeVisible();
    await verifierAxeVolet(page);
    await dialogue.getByRole("button", { name: "Annuler" }).click();
    await expect(dialogue).toBeHidden();
    expect(await feuilleAffichee(page)).toBe("2-E Financier");
  });

  test("le dialogue de l'onglet masqué laisse le volet à l'écran ; Annuler et Échap rendent le focus", async ({
    page,
  }) => {
    await ouvrirApercu(page);
    const declencheur = page.getByRole("button", { name: "Aller à l'onglet Listes" });
    const dialogue = page.getByRole("dialog", { name: "Afficher l'onglet masqué ?" });
    for (const fermer of ["Annuler", "Escape"] as const) {
      await declencheur.focus();
      await page.keyboard.press("Enter");
      await expect(dialogue).toBeVisible();
      // La page ne défile pas : le volet et la grille restent à l'écran derrière le dialogue.
      expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
      // Par la balise : sous un dialogue modal, le reste de la page est aria-hidden (hors des rôles).
      await expect(page.locator("main")).toBeInViewport();
      if (fermer === "Annuler") await dialogue.getByRole("button", { name: "Annuler" }).click();
      else await page.keyboard.press("Escape");
      await expect(dialogue).toBeHidden();
      await expect(declencheur).toBeFocused();
    }
  });
});
