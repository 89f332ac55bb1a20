import { adresseA1 } from "../../../src/domain/classeur/adresse";
import type { Champ, DiagnosticRepere } from "../../../src/domain/classeur/modele";
import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance/reconnaitre";
import { localiser } from "../../../src/domain/classeur/reperage/localiser";
import type { SheetSnapshot } from "../../../src/domain/classeur/snapshot";
import { classeurDe, feuilleDe } from "./fabrique";

/** 2-E sur des mises en page qui ne sont pas celle du modèle (variantes-structure.md §5). */

const reperer = (s: SheetSnapshot): DiagnosticRepere => {
  const snap = classeurDe([s]);
  return localiser(snap, reconnaitreOnglets(snap));
};
const a1 = (c: Champ | undefined) => (c ? adresseA1(c.location.row, c.location.col) : undefined);
const BANDEAU = ["Annexe 2-E — Diagnostic budgétaire et financier"];

describe("2-E : tableaux hors de la mise en page du modèle", () => {
  it.each([
    [
      "exercices en colonnes, libellés en colonne C après une colonne de codes",
      feuilleDe(
        "2-E",
        [
          BANDEAU,
          [null, "Tableau E6 — Évolution des frais de siège"],
          [null, "Code", "Rubrique", "Exercice 2023", "Exercice 2024"],
          [null, "X1", "Frais de siège autorisés", 600, 610],
          [null, "X2", "Quote-part des frais de siège", 500, 520],
        ],
        { bleus: ["D4:E5"] },
      ),
      "colonnes",
      "E5",
    ],
    [
      "exercices en lignes (tableau transposé)",
      feuilleDe(
        "2-E",
        [
          BANDEAU,
          ["Tableau E6 — Évolution des frais de siège"],
          ["Exercice", "Frais de siège autorisés", "Quote-part des frais de siège"],
          ["2023", 600, 500],
          ["2024", 610, 520],
        ],
        { bleus: ["B4:C5"] },
      ),
      "lignes",
      "C5",
    ],
  ])("%s", (_, s, orientation, quotePart2024) => {
    const r = reperer(s).financier2e;
    const e6 = r?.tableaux["e6-frais-siege"];
    expect(e6?.orientation).toBe(orientation);
    expect(e6?.colonnes).toEqual(["2023", "2024"]);
    expect(e6?.lignes.map((l) => l.cle)).toEqual(["frais-autorises", "quote-part"]);
    expect(a1(e6?.lignes[1]?.valeurs["2024"])).toBe(quotePart2024);
    expect(r?.exercices).toEqual(["2023", "2024"]);
  });

  it("E4 années en lignes : la ligne « Total sur 5 ans » ne clôt pas le tableau", () => {
    const s = feuilleDe(
      "2-E",
      [
        BANDEAU,
        ["Tableau E4 — État prévisionnel des départs en retraite"],
        ["Année", "Socio-éducatif", "Paramédical"],
        ["2025", 1, 0],
        ["Total sur 5 ans", "=SUM(B4:B4)", "=SUM(C4:C4)"],
        ["Provision constituée", 1000, 0],
      ],
      { bleus: ["B4:C4", "B6:C6"] },
    );
    const e4 = reperer(s).financier2e?.tableaux["e4-retraites"];
    expect(e4?.lignes.map((l) => l.cle)).toEqual(["socio-educatif", "paramedical"]);
    expect(e4?.colonnes).toEqual(["2025", "total sur 5 ans", "provision constituee"]);
    expect(a1(e4?.lignes[0]?.valeurs["provision constituee"])).toBe("B6");
  });

  it("lignes attendues absentes : l'avertissement dit le tableau et les lignes", () => {
    const s = feuilleDe(
      "2-E",
      [
        BANDEAU,
        ["Tableau E1 — Résultats par autorité de tarification"],
        ["Autorité", "2023", "2024"],
        ["ESMS relevant de l'ARS seule", 10, 20],
        ["ESMS relevant du Département seul", 5, 6],
      ],
      { bleus: ["B4:C5"] },
    );
    const messages = reperer(s).avertissements.map((a) => a.message);
    expect(messages).toContain(
      "2-E : tableau E1 (« resultats cumules ») : lignes attendues non trouvées par leurs libellés : conjointe, total.",
    );
    expect(messages.join("\n")).toMatch(/tableau E3 .* non trouvé : aucun titre/);
  });
});
