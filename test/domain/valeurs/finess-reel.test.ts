import { controlerFiness, departementFiness } from "../../../src/domain/valeurs";
import { lireEchantillon } from "../../fixtures/finess/echantillon";

/**
 * Clé et département FINESS sur l'échantillon réel (test/fixtures/finess : extrait public FINESS
 * 2021, Licence Ouverte 2.0) : aucune fausse erreur, Corse vérifiée comme le reste, fautes de
 * frappe corses toutes trouvées, départements d'outre-mer lus sur le 4e caractère.
 */

const lignes = lireEchantillon();
const numeros = [...new Set(lignes.flatMap((l) => [l.et, l.ej]))].sort();
const corses = numeros.filter((n) => /^2[AB]/.test(n));
const outreMer = lignes.filter((l) => /^9[78]/.test(l.et));

/** Toutes les fautes d'un caractère : chacun des 7 chiffres remplacé, 2A ↔ 2B. */
function fautesDeFrappe(n: string): string[] {
  const fautes = [n.startsWith("2A") ? `2B${n.slice(2)}` : `2A${n.slice(2)}`];
  for (let i = 2; i < 9; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== n[i]) fautes.push(`${n.slice(0, i)}${d}${n.slice(i + 1)}`);
    }
  }
  return fautes;
}

describe("FINESS sur données réelles", () => {
  it("l'échantillon compte au moins 5 000 numéros, dont la Corse et l'outre-mer", () => {
    expect(numeros.length).toBeGreaterThanOrEqual(5000);
    expect(corses.length).toBeGreaterThanOrEqual(100);
    expect(outreMer.length).toBeGreaterThanOrEqual(300);
  });

  it("aucune fausse erreur de clé ni de format : 100 % des numéros réels sont valides", () => {
    const refuses = numeros.filter((n) => controlerFiness(n).statut !== "valide");
    expect(refuses).toEqual([]);
  });

  it("Corse : chaque numéro réel est valide (aucun avertissement), sa clé est contrôlée", () => {
    expect(corses.map((n) => controlerFiness(n).statut)).toEqual(corses.map(() => "valide"));
  });

  it("Corse : 100 % des fautes d'un caractère sont trouvées (clé ou format)", () => {
    const fautes = corses.flatMap(fautesDeFrappe);
    expect(fautes.length).toBe(corses.length * 64);
    const manquees = fautes.filter((f) => controlerFiness(f).statut === "valide");
    expect(manquees).toEqual([]);
  });

  it("outre-mer : le département est lu sur le 4e caractère (971 à 974), jamais « 970 »", () => {
    for (const l of outreMer) {
      expect(departementFiness(l.et)).toBe(`97${l.et[3]}`);
      expect(["971", "972", "973", "974"]).toContain(departementFiness(l.et));
    }
    const accord = outreMer.filter((l) => l.codePostal.startsWith(departementFiness(l.et)));
    // Les seuls écarts sont des codes postaux CEDEX (970xx, 978xx).
    expect(accord.length / outreMer.length).toBeGreaterThanOrEqual(0.98);
  });

  it("métropole : le département du FINESS est celui du code postal (à 1 ‰ près)", () => {
    const metropole = lignes.filter((l) => !/^(9[78]|2[AB])/.test(l.et));
    const accord = metropole.filter((l) => l.codePostal.startsWith(departementFiness(l.et)));
    expect(accord.length / metropole.length).toBeGreaterThanOrEqual(0.999);
  });
});
