import { cellulesDeSaisie, etalonnage } from "../../../src/domain/saisie";
import {
  lire,
  ou,
  ouExemple,
  TYPES_ONGLETS,
  zonesGenerees,
  zonesLocalisees,
  type ClasseurLu,
} from "./outils";

/**
 * Classeur « 10× » du banc : 80 ESMS, longs tableaux 2-D (une colonne par ESMS) et 2-E (détail
 * des résultats par établissement). Mêmes garanties que l'exemple : types, zones, saisies.
 */

jest.setTimeout(120_000);

let c: ClasseurLu;
beforeAll(async () => {
  c = await lire("exemple", 10);
});

it("au moins 50 ESMS, repérés à l'Annexe 1, en 2-B, 2-C et en colonnes de 2-D", () => {
  expect(c.genere.donnees.esms.length).toBeGreaterThanOrEqual(50);
  expect(c.repere.annexe1?.esms).toHaveLength(c.genere.donnees.esms.length);
  expect(c.repere.flash2b?.esms).toHaveLength(c.genere.donnees.esms.length);
  expect(c.repere.anap2c?.esms).toHaveLength(c.genere.donnees.esms.length);
  const [pp] = c.repere.complementaires2d?.indicateurs ?? [];
  expect(pp?.colonnes).toHaveLength(c.genere.donnees.esms.length);
});

it("tous les onglets reconnus, toutes les zones aux cellules du générateur", () => {
  expect(Object.fromEntries(c.onglets.map((o) => [o.nom, o.type]))).toEqual(TYPES_ONGLETS);
  expect(zonesLocalisees(c.repere)).toEqual(zonesGenerees(c.genere));
});

it("détection des cellules de saisie : exactement celles du générateur", () => {
  const et = etalonnage(c.snapshot);
  const options = { etalon: et.etalon, exclue: et.exclue, ignorer: et.pastilles };
  const trouvees = c.snapshot.sheets.flatMap((s) =>
    cellulesDeSaisie(s, options).map((x) => ou(x.location)),
  );
  expect(trouvees.sort()).toEqual(c.genere.saisies.map(ouExemple).sort());
  // Le détail par établissement de 2-E (une ligne par ESMS) est bien saisi en bleu.
  const detail = Object.keys(c.genere.reperes).filter((k) => k.startsWith("2e/detail/"));
  expect(detail).toHaveLength(3 * c.genere.donnees.esms.length);
});
