import { adresseA1 } from "../../../src/domain/classeur/adresse";
import type { CellValue, WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { installerHote } from "../../../src/gateway/host-simule";
import { lireClasseurXlsx } from "../../../src/gateway/xlsx/lire-xlsx";
import { genererClasseur, type Variante } from "../../../scripts/exemple/classeur";
import { genererAutreMiseEnPage } from "../../../scripts/exemple-autre/index";

/**
 * Recalcul par l'hôte simulé des classeurs d'exemple intacts : chaque valeur en cache écrite par
 * le générateur (égale au recalcul de LibreOffice, test/integration/exemple) est reproduite, sauf
 * les caches périmés semés exprès dans la variante « erreurs ».
 */

jest.setTimeout(120_000);

/** « Onglet!A1 » → valeur de chaque cellule à formule. */
function valeursFormules(s: WorkbookSnapshot): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const f of s.sheets)
    f.formulas.forEach((ligne, i) =>
      ligne.forEach((formule, j) => {
        if (formule)
          out.set(
            `${f.name}!${adresseA1(f.origin.row + i, f.origin.col + j)}`,
            f.values[i]?.[j] ?? "",
          );
      }),
    );
  return out;
}

const egales = (a: CellValue | undefined, b: CellValue | undefined) =>
  typeof a === "number" && typeof b === "number"
    ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
    : a === b;

/** Valeurs de l'hôte après recalcul, relues comme le ferait l'adaptateur (vue par feuille). */
function recalcule(s: WorkbookSnapshot): {
  valeurs: Map<string, CellValue>;
  incomprises: readonly string[];
} {
  const hote = installerHote(s);
  const bilan = hote.etat.recalculer();
  const valeurs = new Map<string, CellValue>();
  for (const f of hote.etat.feuilles()) {
    const v = hote.etat.vue(f.id);
    if (!v) continue;
    v.formulas.forEach((ligne, i) =>
      ligne.forEach((formule, j) => {
        if (formule)
          valeurs.set(
            `${v.name}!${adresseA1(v.origin.row + i, v.origin.col + j)}`,
            v.values[i]?.[j] ?? "",
          );
      }),
    );
  }
  return { valeurs, incomprises: bilan.incomprises };
}

function ecarts(avant: Map<string, CellValue>, apres: Map<string, CellValue>): string[] {
  return [...avant]
    .filter(([cellule, valeur]) => !egales(valeur, apres.get(cellule)))
    .map(([cellule, valeur]) => `${cellule} : ${String(valeur)} ≠ ${String(apres.get(cellule))}`);
}

it.each<[Variante, number]>([
  ["exemple", 1],
  ["vierge", 1],
  ["complet", 1],
  ["exemple", 10],
])("%s (×%i) : chaque valeur en cache est reproduite", async (v, facteur) => {
  const g = await genererClasseur(v, { facteur });
  const s = await lireClasseurXlsx(g.buffer);
  const avant = valeursFormules(s);
  const { valeurs, incomprises } = recalcule(s);
  expect(incomprises).toEqual([]);
  expect(avant.size).toBeGreaterThan(100);
  expect(ecarts(avant, valeurs)).toEqual([]);
});

it("autre mise en page : chaque valeur en cache est reproduite", async () => {
  const { buffer } = await genererAutreMiseEnPage();
  const s = await lireClasseurXlsx(buffer);
  const avant = valeursFormules(s);
  const { valeurs, incomprises } = recalcule(s);
  expect(incomprises).toEqual([]);
  expect(ecarts(avant, valeurs)).toEqual([]);
});

it("erreurs : seuls les caches périmés semés diffèrent du recalcul", async () => {
  const g = await genererClasseur("erreurs");
  const s = await lireClasseurXlsx(g.buffer);
  const avant = valeursFormules(s);
  const perimees = g.erreurs
    .filter((e) => e.controle === "classeur/formule-perimee")
    .map((c) => `${c.onglet}!${c.cellule}`)
    .filter((x) => !x.startsWith("2-F Creton!"));
  const differents = ecarts(avant, recalcule(s).valeurs).map((x) => x.split(" : ")[0] as string);
  expect(differents.sort()).toEqual(perimees.sort());
  expect(differents.length).toBeGreaterThanOrEqual(2);
});
