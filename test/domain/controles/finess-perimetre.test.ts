import { departementsDeclares } from "../../../src/domain/controles/finess-perimetre";
import { annexe1, onglet, repere } from "./fabrique";
import { classeur, feuille, type CelluleFab } from "./instantane";

/** Départements déclarés dans l'Accueil et l'Annexe 1 (périmètre du CPOM, ou son extension). */

const lire = (cellules: Record<string, CelluleFab>, nom = "Accueil") =>
  departementsDeclares(
    classeur(feuille(nom, cellules)),
    [onglet("accueil", "Accueil"), onglet("annexe-1")],
    repere({ annexe1: annexe1({ esms: [{ finess: "440000016" }] }) }),
  );

describe("departementsDeclares", () => {
  it.each<[string, string[]]>([
    [
      "Agence régionale de santé Pays de la Loire — Conseils départementaux de Loire-Atlantique, de Maine-et-Loire et de la Vendée",
      ["44", "49", "85"],
    ],
    ["Conseil départemental de la Loire", ["42"]],
    ["Conseil départemental de la Haute-Loire", ["43"]],
    ["Département de la Sarthe (72)", ["72"]],
    ["Départements 44 et 85", ["44", "85"]],
    ["Départements concernés : Corse-du-Sud, Haute-Corse", ["2A", "2B"]],
    ["Département de La Réunion", ["974"]],
    ["Conseil départemental des Côtes-d'Armor", ["22"]],
    ["Agence régionale de santé Pays de la Loire", []],
    ["ainsi que 2-B pour les seuls établissements du Département : toutes les zones en bleu", []],
    [
      "Retournez le fichier à l'ARS, et au Département si le CPOM est tripartite, sous 4 semaines",
      [],
    ],
    ["Annexe 2-G — Indicateurs départementaux", []],
    ["La somme des charges du Nord", []],
  ])("« %s » → %p", (texte, codes) => {
    expect(lire({ A3: texte })).toEqual(codes);
  });

  it("libellé « Département(s) » et liste dans la cellule à sa droite", () => {
    expect(lire({ B2: "Département(s) du CPOM", D2: "Loire-Atlantique, Vendée" })).toEqual([
      "44",
      "85",
    ]);
    expect(lire({ B2: "Département(s) du CPOM", D2: "Nantes et environs" })).toEqual([]);
  });

  it("Annexe 1 : lue hors des lignes d'ESMS (une commune, un public ne déclarent rien)", () => {
    expect(
      lire({ B2: "Périmètre : département de la Vendée", B21: "Département du Nord" }, "Annexe 1"),
    ).toEqual(["85"]);
  });

  it("onglets autres qu'Accueil et Annexe 1 ignorés", () => {
    expect(lire({ A1: "Département de la Vendée" }, "2-G")).toEqual([]);
  });
});
