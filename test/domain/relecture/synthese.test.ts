import {
  ligneSynthese,
  trierSynthese,
  type FichierASynthetiser,
} from "../../../src/domain/relecture";

/** Synthèse : complétude par annexe, indicateurs clés au dernier exercice, tri « à appeler » d'abord. */

const fichier = (nom: string, o: Partial<FichierASynthetiser> = {}): FichierASynthetiser => ({
  fichier: nom,
  statut: "analyse",
  onglets: [{ type: "annexe-1", saisies: { total: 10, remplies: 10 } }],
  indicateurs: [],
  constats: [],
  ...o,
});
const ligne = (f: FichierASynthetiser, modifiees = 0, empreinte: string | null = "valide") =>
  ligneSynthese(f, { organisme: null, prerenseigneesModifiees: modifiees, empreinte });

describe("synthèse", () => {
  it("complétude par annexe (axes regroupés en 2-A) ; null sans cellule comptée", () => {
    const l = ligne(
      fichier("a", {
        onglets: [
          { type: "axe-1-1", saisies: { total: 10, remplies: 5 } },
          { type: "axe-2", saisies: { total: 10, remplies: 10 } },
        ],
      }),
    );
    expect(l.completude["2-A"]).toBe(0.75);
    expect(l.completude["2-B"]).toBeNull();
    expect(l.priorite).toBe("appeler");
  });

  it("indicateurs clés : dernier exercice de l'organisme, moyenne des taux d'occupation", () => {
    const l = ligne(
      fichier("a", {
        indicateurs: [
          { id: "fin.taux-caf", perimetre: "organisme/2022", valeur: 0.01 },
          { id: "fin.taux-caf", perimetre: "organisme/2023", valeur: 0.05 },
          { id: "anap.taux-occupation", perimetre: "440020139", valeur: 0.9 },
          { id: "anap.taux-occupation", perimetre: "440020311", valeur: 1 },
        ],
      }),
    );
    expect(l.indicateurs.tauxCaf).toBe(0.05);
    expect(l.indicateurs.tauxOccupation).toBeCloseTo(0.95);
    expect(l.indicateurs.creton).toBeNull();
  });

  it("tri : illisible, valeurs modifiées, erreurs, puis à vérifier, puis conformes", () => {
    const lignes = [
      ligne(fichier("conforme")),
      ligne(fichier("alerte", { constats: [{ gravite: "alerte" }] })),
      ligne(fichier("erreur", { constats: [{ gravite: "erreur" }] })),
      ligne(fichier("modifie"), 3),
      ligne({ ...fichier("illisible"), statut: "illisible", onglets: [] }, 0, null),
    ];
    expect(trierSynthese(lignes).map((l) => l.fichier)).toEqual([
      "illisible",
      "modifie",
      "erreur",
      "alerte",
      "conforme",
    ]);
    expect(trierSynthese(lignes).map((l) => l.priorite)).toEqual([
      "appeler",
      "appeler",
      "appeler",
      "verifier",
      "conforme",
    ]);
  });
});
