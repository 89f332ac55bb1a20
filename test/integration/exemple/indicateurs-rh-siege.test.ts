import ExcelJS from "exceljs";
import { calculerIndicateurs, verifierFormules } from "../../../src/domain/indicateurs";
import { TOLERANCE_TAUX } from "../../../src/domain/indicateurs/rh-siege-2e";
import type { ResultatIndicateur } from "../../../src/domain/indicateurs";
import { CATEGORIES_PRO, FRAIS_SIEGE } from "../../../scripts/exemple/financier-donnees";
import { effectifs } from "../../../scripts/exemple/onglets/financier-2e-suite";
import { lire, type ClasseurLu } from "./outils";

/**
 * 2-E, tableaux E4 (retraites), E5 (effectifs) et E6 (frais de siège) du classeur complet : les
 * indicateurs calculés sont comparés à un calcul refait ici à partir de ce que le générateur a
 * écrit (données de E5 et E6 ; cellules de E4 lues dans le fichier aux adresses notées par le
 * générateur, sans passer par le repérage).
 */

jest.setTimeout(60_000);

let c: ClasseurLu;
let resultats: ResultatIndicateur[];
let feuille: ExcelJS.Worksheet;
beforeAll(async () => {
  c = await lire("complet");
  resultats = calculerIndicateurs(c.repere);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(c.genere.buffer as unknown as ExcelJS.Buffer);
  feuille = wb.getWorksheet("2-E Financier") as ExcelJS.Worksheet;
});

function resultat(id: string, perimetre: string, exercice?: string): ResultatIndicateur {
  const r = resultats.filter(
    (x) => x.id === id && x.perimetre.libelle === perimetre && x.perimetre.exercice === exercice,
  );
  expect(r).toHaveLength(1);
  return r[0] as ResultatIndicateur;
}

/** Montant écrit par le générateur dans la colonne E4 dont l'en-tête commence par `debut`. */
function e4(categorie: string, debut: string): number {
  const cle = Object.keys(c.genere.reperes).find((k) =>
    k.startsWith(`2e/e4/${categorie}|${debut}`),
  );
  const cellule = cle ? c.genere.reperes[cle] : undefined;
  const v = cellule ? feuille.getCell(cellule.cellule).value : undefined;
  if (typeof v !== "number") throw new Error(`E4 ${categorie} ${debut} : ${String(v)}`);
  return v;
}

it("E4 : couverture des indemnités de départ par catégorie professionnelle et pour l'organisme", () => {
  let [provisions, couts] = [0, 0];
  for (const cat of CATEGORIES_PRO) {
    const [cout, provision] = [e4(cat, "Coût"), e4(cat, "Provision")];
    provisions += provision;
    couts += cout;
    const r = resultat("fin.couverture-idr", cat);
    if (cout === 0 && provision === 0) {
      expect(r.valeur).toBeNull();
      expect(r.raison).toBe("non-applicable");
    } else expect(r.valeur).toBeCloseTo(provision / cout, 12);
  }
  expect(couts).toBeGreaterThan(0);
  expect(resultat("fin.couverture-idr", "Organisme").valeur).toBeCloseTo(provisions / couts, 12);
});

it("E5 : effectif par catégorie d'ESMS (siège compris) et de l'organisme", () => {
  const { esms, facteur, financier } = c.genere.donnees;
  const etp = effectifs(esms, facteur);
  let total = 0;
  for (const [categorie, valeurs] of Object.entries(etp)) {
    const somme = valeurs.reduce((s, v) => s + v, 0);
    total += somme;
    // Libellé affiché = en-tête tel qu'écrit (accents et casse gardés).
    expect(resultat("fin.effectif-total", categorie).valeur).toBeCloseTo(somme, 9);
  }
  const organisme = resultat("fin.effectif-total", "Organisme").valeur;
  expect(organisme).toBeCloseTo(total, 9);
  // Même total par l'autre sens : la somme des totaux par catégorie professionnelle.
  const parCategoriePro = Object.values(financier.e5 ?? {}).reduce<number>(
    (s, v) => s + (typeof v === "number" ? v : NaN),
    0,
  );
  expect(organisme).toBeCloseTo(parCategoriePro, 6);
});

describe("E6 : frais de siège", () => {
  const colonnes = () => {
    const { exercices, annee } = c.genere.donnees;
    return [...exercices, `${annee} previsionnel`];
  };

  it("taux réel = quote-part / base, alerte au-delà du taux autorisé", () => {
    const { facteur } = c.genere.donnees;
    colonnes().forEach((ex, i) => {
      const quotePart = (FRAIS_SIEGE.quotePart[i] ?? NaN) * facteur;
      const base = (FRAIS_SIEGE.base[i] ?? NaN) * facteur;
      const r = resultat("fin.taux-frais-siege", "Organisme", ex);
      expect(r.valeur).toBeCloseTo(quotePart / base, 12);
      const depasse = quotePart / base > (FRAIS_SIEGE.taux[i] ?? NaN) + TOLERANCE_TAUX;
      expect(r.alertes.map((a) => a.gravite)).toEqual(depasse ? ["alerte"] : []);
    });
  });

  it("évolution des frais autorisés à partir du deuxième exercice", () => {
    const [premier, ...suivants] = colonnes();
    expect(
      resultats.some(
        (r) => r.id === "fin.evolution-frais-siege" && r.perimetre.exercice === premier,
      ),
    ).toBe(false);
    suivants.forEach((ex, i) => {
      const [avant, apres] = [FRAIS_SIEGE.autorises[i] ?? NaN, FRAIS_SIEGE.autorises[i + 1] ?? NaN];
      expect(resultat("fin.evolution-frais-siege", "Organisme", ex).valeur).toBeCloseTo(
        apres / avant - 1,
        12,
      );
    });
  });
});

it("E5 et E6 : les formules du classeur complet sont à jour", () => {
  const ids = /^fin\.(effectif-total|taux-frais-siege|evolution-frais-siege)$/;
  const verifies = resultats.filter((r) => ids.test(r.id) && r.location);
  expect(verifies.length).toBeGreaterThanOrEqual(15);
  expect(verifierFormules(c.repere).filter((e) => ids.test(e.indicateur ?? ""))).toEqual([]);
});
