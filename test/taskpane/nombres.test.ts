import { formaterNombre, formaterPourcent } from "../../src/taskpane/nombres";

/** Les textes du volet sont ceux d'Intl fr-FR, sans l'avoir créé (src/taskpane/nombres.ts). */
const INTL_NOMBRE = new Intl.NumberFormat("fr-FR");
const INTL_POURCENT = new Intl.NumberFormat("fr-FR", {
  style: "percent",
  maximumFractionDigits: 0,
});

/** Tirage reproductible (pas de Math.random : un échec se rejoue). */
function tirages(n: number, graine: number): number[] {
  let g = graine;
  return Array.from({ length: n }, () => (g = (g * 16807) % 2147483647) / 2147483647);
}

const NOMBRES_LIMITES = [
  0,
  -0,
  1,
  -1,
  9,
  10,
  99,
  100,
  999,
  1000,
  -1000,
  9999,
  10000,
  12345,
  123456,
  1234567,
  -7654321,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e15,
  1e21,
  3.7,
  -0.5,
  1234.5678,
  0.1 + 0.2,
  1e-7,
  NaN,
  Infinity,
  -Infinity,
];

const TAUX_LIMITES = [
  0,
  -0,
  1,
  -1,
  0.5,
  0.005,
  -0.005,
  0.0049,
  -0.001,
  0.125,
  0.135,
  0.145,
  0.155,
  0.285,
  0.455,
  0.995,
  0.9949,
  1.005,
  2 / 3,
  1 / 3,
  0.1 + 0.2,
  10,
  12.5,
  123456789012,
  9.99e12,
  1e13,
  1e-7,
  5e-7,
  1e21,
  NaN,
  Infinity,
  -Infinity,
];

describe("nombres du volet (comme Intl fr-FR)", () => {
  it.each(NOMBRES_LIMITES.map((x) => [String(x), x] as const))("nombre %s", (_n, x) => {
    expect(formaterNombre(x)).toBe(INTL_NOMBRE.format(x));
  });

  it.each(TAUX_LIMITES.map((x) => [String(x), x] as const))("pourcentage %s", (_n, x) => {
    expect(formaterPourcent(x)).toBe(INTL_POURCENT.format(x));
  });

  it("20 000 entiers tirés de -10⁹ à 10⁹ : mêmes textes", () => {
    const ecarts = tirages(20_000, 7)
      .map((u) => Math.round((u - 0.5) * 2e9))
      .filter((x) => formaterNombre(x) !== INTL_NOMBRE.format(x));
    expect(ecarts).toEqual([]);
  });

  it("tous les taux à 1, 2, 3 et 4 décimales de -2 à 2, et 20 000 tirés : mêmes textes", () => {
    const taux = [
      ...[10, 100, 1000, 10000].flatMap((d) =>
        Array.from({ length: 4 * d + 1 }, (_, i) => (i - 2 * d) / d),
      ),
      ...tirages(20_000, 11).map((u) => (u - 0.5) * 4),
      ...tirages(5_000, 13).map((u) => u * 1e6),
    ];
    const ecarts = taux.filter((x) => formaterPourcent(x) !== INTL_POURCENT.format(x));
    expect(ecarts).toEqual([]);
  });
});
