import type { Complementaires2D, Indicateur2D } from "../../../src/domain/classeur/modele";
import { normaliserTexte } from "../../../src/domain/classeur/texte";
import { reconnaitre2D } from "../../../src/domain/indicateurs/reconnaissance-2d";
import { formaterValeur } from "../../../src/domain/indicateurs/format";
import { calculerIndicateurs } from "../../../src/domain/indicateurs/registre";
import { champ, onglet, repere } from "./fabrique";

function zone2D(intitule: string, num: unknown, den: unknown, taux?: ReturnType<typeof champ>) {
  const indicateur: Indicateur2D = {
    intitule,
    row: 4,
    libelleNumerateur: "Numérateur",
    libelleDenominateur: "Dénominateur",
    colonnes: [
      {
        perimetre: "IME Les Tilleuls",
        numerateur: champ(num as never, { feuille: "2-D" }),
        denominateur: champ(den as never, { feuille: "2-D" }),
        ...(taux ? { taux } : {}),
      },
    ],
  };
  const zone: Complementaires2D = {
    onglet: onglet("complementaires-2d"),
    indicateurs: [indicateur],
  };
  return repere({ complementaires2d: zone });
}

describe("famille compl (2-D)", () => {
  it.each([
    [
      "E11",
      "Projets personnalisés réactualisés depuis moins de 12 mois",
      47,
      52,
      "compl.pp-reactualise",
      47 / 52,
      "90,4\u00a0%",
    ],
    [
      "E12",
      "Enfants bénéficiant d'un temps de scolarisation",
      41,
      58,
      "compl.scolarisation",
      41 / 58,
      "70,7\u00a0%",
    ],
    [
      "E13",
      "Sorties d'ESAT vers le milieu ordinaire",
      3,
      96,
      "compl.sorties-esat-milieu-ordinaire",
      0.03125,
      "3,1\u00a0%",
    ],
    [
      "E14",
      "Délai moyen d'admission (jours)",
      45 + 120 + 300 + 90 + 210,
      5,
      "compl.delai-admission",
      153,
      "153,0\u00a0j",
    ],
    [
      "texte à la française",
      "EIG analysés",
      "12,5",
      "25",
      "compl.eig-analyses",
      0.5,
      "50,0\u00a0%",
    ],
    [
      "négatif",
      "Réclamations traitées dans les délais",
      -2,
      10,
      "compl.reclamations-delai",
      -0.2,
      "-20,0\u00a0%",
    ],
  ])("%s : %s", (_cas, intitule, num, den, id, attendu, affiche) => {
    const [r] = calculerIndicateurs(zone2D(intitule, num, den));
    expect(r?.id).toBe(id);
    expect(r?.valeur).toBeCloseTo(attendu, 9);
    expect(formaterValeur(r?.valeur ?? null, r?.unite ?? "%")).toBe(affiche);
  });

  it.each([
    ["E15 dénominateur nul", 4, 0, "denominateur-nul"],
    ["numérateur vide", null, 12, "donnee-manquante"],
    ["texte non numérique", "NC", 12, "texte-non-numerique"],
    ["valeur d'erreur", 3, "#REF!", "valeur-erreur"],
    ["erreur prioritaire sur vide", null, "#REF!", "valeur-erreur"],
  ])("%s → null avec une raison", (_cas, num, den, raison) => {
    const [r] = calculerIndicateurs(zone2D("EIG analysés", num, den));
    expect(r?.valeur).toBeNull();
    expect(r?.raison).toBe(raison);
    expect(r?.alertes).toEqual([]);
  });

  it("signale une part supérieure à 100 % et explique le calcul avec les valeurs", () => {
    const [r] = calculerIndicateurs(zone2D("Personnes ayant un médecin traitant", 60, 52));
    expect(r?.alertes.map((a) => a.gravite)).toEqual(["erreur"]);
    expect(r?.explication).toContain("Numérateur = 60");
    expect(r?.explication).toContain("115,4\u00a0%");
  });

  it("calcule un indicateur non reconnu sous l'id compl.autre avec son intitulé", () => {
    const [r] = calculerIndicateurs(zone2D("Indicateur maison", 1, 4));
    expect(r?.id).toBe("compl.autre");
    expect(r?.libelle).toBe("Indicateur maison");
    expect(r?.valeur).toBe(0.25);
  });

  it("donne la formule attendue avec les adresses réelles", () => {
    const taux = champ(0.5, { feuille: "2-D", formule: "=C1/C2" });
    const [r] = calculerIndicateurs(zone2D("EIG analysés", 1, 2, taux));
    expect(r?.formule).toMatch(/^=IF\(OR\(C\d+="",C\d+=""\),"",IF\(C\d+=0,"",C\d+\/C\d+\)\)$/);
    expect(r?.location).toEqual(taux.location);
  });

  it.each([
    ["Projets personnalisés réactualisés depuis moins de 12 mois", "compl.pp-reactualise"],
    ["Enfants bénéficiant d'un temps de scolarisation", "compl.scolarisation"],
    ["Scolarisation hors les murs", "compl.scolarisation-hors-murs"],
    ["Activité réalisée en milieu ordinaire", "compl.activite-milieu-ordinaire"],
    ["Sorties d'ESAT vers le milieu ordinaire", "compl.sorties-esat-milieu-ordinaire"],
    [
      "Travailleurs d'ESAT en mise à disposition ou emploi accompagné",
      "compl.esat-mise-a-disposition",
    ],
    ["Personnes de 60 ans et plus", "compl.personnes-60-ans"],
    ["Délai moyen d'admission (jours)", "compl.delai-admission"],
    ["Liste d'attente rapportée à la capacité", "compl.attente-capacite"],
    ["Jeunes adultes en amendement Creton", "compl.creton"],
    ["Professionnels formés à la bientraitance", "compl.formation-bientraitance"],
    ["EIG analysés", "compl.eig-analyses"],
    ["Réunions du CVS", "compl.reunions-cvs"],
    ["Réclamations traitées dans les délais", "compl.reclamations-delai"],
    ["Projets d'établissement à jour", "compl.projets-etablissement-a-jour"],
    ["Dossier de la personne informatisé", "compl.dossier-informatise"],
    ["Personnes ayant un médecin traitant", "compl.medecin-traitant"],
    ["Utilisation de l'accueil temporaire", "compl.accueil-temporaire"],
  ])("reconnaît « %s »", (intitule, id) => {
    expect(reconnaitre2D(normaliserTexte(intitule))?.id).toBe(id);
  });
});
