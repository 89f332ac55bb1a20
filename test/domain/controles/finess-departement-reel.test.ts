import { CONTROLES_FINESS } from "../../../src/domain/controles/finess";
import { departementFiness, libelleDepartement } from "../../../src/domain/valeurs";
import { estPh, lireEchantillon, type LigneFiness } from "../../fixtures/finess/echantillon";
import { annexe1, onglet, repere } from "./fabrique";
import { classeur, feuille } from "./instantane";
import { constatsDuCas } from "./testeur";

/**
 * `finess/departement` sur l'échantillon réel (test/fixtures/finess, Licence Ouverte 2.0) : un
 * Diagnostic par gestionnaire (EJ) et par département de ses ESMS PH ne reçoit aucune alerte, même
 * quand l'EJ est immatriculé ailleurs ; un gestionnaire sur plusieurs départements en reçoit une,
 * sauf si les départements sont déclarés dans l'Accueil.
 */

const controle = CONTROLES_FINESS.find((c) => c.meta.id === "finess/departement");
if (!controle) throw new Error("finess/departement");

const ph = lireEchantillon().filter(estPh);

function grouper(cle: (l: LigneFiness) => string): LigneFiness[][] {
  const groupes = new Map<string, LigneFiness[]>();
  for (const l of ph) groupes.set(cle(l), [...(groupes.get(cle(l)) ?? []), l]);
  return [...groupes.values()];
}

const diagnostic = (lignes: readonly LigneFiness[], accueil?: string) => ({
  nom: lignes[0]?.ej ?? "",
  repere: repere({
    annexe1: annexe1({
      organisme: { "finess-juridique": lignes[0]?.ej ?? null },
      esms: lignes.map((l) => ({ finess: l.et, nom: l.nom })),
    }),
  }),
  ...(accueil
    ? {
        snapshot: classeur(feuille("Accueil", { A3: accueil })),
        onglets: [onglet("annexe-1"), onglet("accueil", "Accueil")],
      }
    : {}),
});

const departements = (lignes: readonly LigneFiness[]) => [
  ...new Set(lignes.map((l) => departementFiness(l.et))),
];

describe("finess/departement sur données réelles", () => {
  const parEjEtDepartement = grouper((l) => `${l.ej}|${departementFiness(l.et)}`);
  const ejAilleurs = parEjEtDepartement.filter(
    (g) => departementFiness(g[0]?.ej ?? "") !== departementFiness(g[0]?.et ?? ""),
  );

  it("l'échantillon contient des gestionnaires dont l'EJ est dans un autre département", () => {
    const esmsAilleurs = ejAilleurs.reduce((n, g) => n + g.length, 0);
    expect(esmsAilleurs / ph.length).toBeGreaterThan(0.1);
  });

  it("un Diagnostic par EJ et par département : aucune alerte, EJ ailleurs ou non", () => {
    const alertes = parEjEtDepartement.filter((g) => constatsDuCas(controle, diagnostic(g)).length);
    expect(alertes.map((g) => g[0]?.ej)).toEqual([]);
  });

  const multi = grouper((l) => l.ej).filter((g) => departements(g).length > 1);

  it("un gestionnaire sur plusieurs départements sans extension déclarée : une alerte", () => {
    expect(multi.length).toBeGreaterThan(20);
    for (const g of multi) {
      const constats = constatsDuCas(controle, diagnostic(g));
      expect(constats.map((c) => c.messageId)).toEqual(["plusieurs"]);
      expect(constats[0]?.data.nombre).toBe(departements(g).length);
    }
  });

  it("les mêmes, départements déclarés dans l'Accueil : aucune alerte", () => {
    for (const g of multi) {
      const noms = departements(g)
        .map((d) => libelleDepartement(d))
        .join(", ");
      const cas = diagnostic(g, `Conseils départementaux : ${noms}`);
      expect(constatsDuCas(controle, cas)).toEqual([]);
    }
  });
});
