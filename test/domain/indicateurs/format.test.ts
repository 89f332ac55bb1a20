import { formaterValeur } from "../../../src/domain/indicateurs/format";
import type { Unite } from "../../../src/domain/indicateurs/types";

describe("formatage fr-FR", () => {
  it.each<[string, number | null, Unite, string]>([
    ["E39 : 1 / 800 = 0,125 % → 0,1 %", 1 / 800, "%", "0,1\u00a0%"],
    ["demi vers le haut", 0.12345, "%", "12,3\u00a0%"],
    ["demi exact (0,25 % → 0,3 %)", 0.0025, "%", "0,3\u00a0%"],
    ["pas de « -0,0 »", -0.00001, "%", "0,0\u00a0%"],
    ["euros arrondis à l'unité, espace fine", 1_830_000.4, "€", "1\u202f830\u202f000\u00a0€"],
    ["euros négatifs", -200_000, "€", "-200\u202f000\u00a0€"],
    ["jours", 128.7912, "jours", "128,8\u00a0j"],
    ["ans", 10.177, "ans", "10,2\u00a0ans"],
    ["ratio à 0,01", 38.5 / 45, "ratio", "0,86"],
    ["nombre entier", 7, "nombre", "7"],
    ["valeur absente", null, "%", "—"],
    ["grandeur absurde : courte et signalée", 1e308, "€", "1,0 × 10^308 (valeur démesurée)\u00a0€"],
    ["grandeur absurde négative", -4.2e20, "nombre", "-4,2 × 10^20 (valeur démesurée)"],
  ])("%s", (_cas, valeur, unite, attendu) => {
    expect(formaterValeur(valeur, unite)).toBe(attendu);
  });
});
