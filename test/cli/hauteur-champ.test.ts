import { hauteurChamp } from "../../src/domain/fiches/mise-en-page";

/**
 * Hauteur des champs des fiches (mise-en-page.ts) : le texte pré-rempli doit se lire en entier
 * dans le classeur créé (vu au rendu LibreOffice : constats coupés à 150 pt). Zone de 510 pt,
 * soit 85 caractères par ligne, 15 pt par ligne.
 */
describe("hauteurChamp", () => {
  it.each<[string, number, string | null, number]>([
    ["champ vide : hauteur déclarée", 150, null, 150],
    ["texte court : hauteur déclarée", 150, "Délais trop longs.", 150],
    ["12 lignes courtes : 12 × 15 + 6", 150, Array(12).fill("• point").join("\n"), 186],
    ["une ligne de 850 caractères : 10 lignes", 20, "x".repeat(850), 156],
    ["texte démesuré : plafond d'Excel (409 pt)", 150, "x\n".repeat(100), 409],
  ])("%s", (_, declaree, texte, attendu) => {
    expect(hauteurChamp(declaree, texte, 510)).toBe(attendu);
  });
});
