import { adresseA1 } from "../../../src/domain/classeur/adresse";
import type { Champ, DiagnosticRepere } from "../../../src/domain/classeur/modele";
import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance/reconnaitre";
import { localiser } from "../../../src/domain/classeur/reperage/localiser";
import type { SheetSnapshot } from "../../../src/domain/classeur/snapshot";
import { annexe1, axe11, complementaires, creton, financier, tableauEsms } from "./exemples";
import { classeurDe, decalerColonnes, feuilleDe, insererLignes } from "./fabrique";

const reperer = (...feuilles: SheetSnapshot[]): DiagnosticRepere => {
  const snap = classeurDe(feuilles);
  return localiser(snap, reconnaitreOnglets(snap));
};
const a1 = (c: Champ | undefined) => (c ? adresseA1(c.location.row, c.location.col) : undefined);

/** Adresse de la cellule qui porte exactement ce texte (le test cherche lui-même le libellé). */
function ou(s: SheetSnapshot, texte: string, decalage = 1): string {
  for (let r = 0; r < s.rowCount; r++) {
    const c = s.values[r]?.findIndex((v) => v === texte) ?? -1;
    if (c >= 0) return adresseA1(r, c + decalage);
  }
  throw new Error(`Texte absent : ${texte}`);
}

describe("Annexe 1", () => {
  const variantes: [string, SheetSnapshot][] = [
    ["modèle", annexe1()],
    ["3 lignes insérées en tête", insererLignes(annexe1(), 0, 3)],
    ["2 colonnes décalées", decalerColonnes(annexe1(), 2)],
    ["lignes insérées au-dessus du tableau Adultes", insererLignes(annexe1(), 13, 2)],
  ];

  it.each(variantes)("%s : organisme repéré à droite de ses libellés", (_, s) => {
    const r = reperer(s).annexe1;
    expect(a1(r?.organisme["finess-juridique"])).toBe(ou(s, "N° FINESS juridique :"));
    expect(a1(r?.organisme["raison-sociale"])).toBe(
      ou(s, "Raison sociale de l'organisme gestionnaire"),
    );
    expect(a1(r?.organisme["statut-juridique"])).toBe(ou(s, "1. Statut juridique*"));
    expect(a1(r?.organisme["valeurs-projet-associatif"])).toBe(
      ou(s, "Valeurs du projet associatif"),
    );
    expect(r?.organisme["finess-juridique"]).toMatchObject({ saisie: true, confiance: 1 });
  });

  it.each(variantes)("%s : ESMS par secteur, colonnes et totaux", (_, s) => {
    const r = reperer(s).annexe1;
    expect(r?.esms.map((l) => [l.secteur, l.champs.finess?.cellule.value])).toEqual([
      ["enfance", "440000024"],
      ["enfance", "440000032"],
      ["adultes", "440000040"],
      ["adultes", "440000057"],
      ["adultes", ""],
    ]);
    expect(a1(r?.esms[0]?.champs.capacite)).toBe(ou(s, "IME Les Pins", 2));
    expect(a1(r?.esms[3]?.champs.internat)).toBe(ou(s, "MAS Les Iris", 3));
    expect(r?.esms[2]?.champs.capacite?.confiance).toBe(0.8);
    expect(a1(r?.totaux.enfance?.capacite)).toBe(ou(s, "Total", 3));
    expect(r?.totaux.enfance?.capacite?.saisie).toBe(false);
  });

  it("sans titres de section, le secteur se déduit des catégories", () => {
    const s = annexe1();
    const sansTitres: SheetSnapshot = {
      ...s,
      values: s.values.map((l) =>
        l.map((v) => (typeof v === "string" && v.includes("secteur") ? "" : v)),
      ),
    };
    const r = reperer(sansTitres).annexe1;
    expect(r?.esms.map((l) => l.secteur).slice(0, 4)).toEqual([
      "enfance",
      "enfance",
      "adultes",
      "adultes",
    ]);
  });

  it("avertit quand le tableau d'ESMS manque", () => {
    const s = annexe1();
    const r = reperer({ ...s, rowCount: 7, values: s.values.slice(0, 7) });
    expect(r.avertissements.map((a) => a.message).join(" ")).toMatch(/aucun tableau d'ESMS/);
  });
});

describe("Axes 2-A", () => {
  it.each([
    ["modèle", axe11()],
    ["décalé", decalerColonnes(insererLignes(axe11(), 1, 2), 1)],
  ])("%s : thématiques, questions typées, encarts", (_, s) => {
    const [axe] = reperer(s).axes;
    expect(axe?.thematiques.map((t) => [t.numero, t.intitule])).toEqual([
      [1, "Connaissance des besoins et gestion des admissions"],
      [2, "Scolarisation"],
    ]);
    const [t1, t2] = axe?.thematiques ?? [];
    expect(t1?.questions.map((q) => q.type)).toEqual(["liste", "nombre", "case"]);
    expect(t1?.questions[2]?.reponses.map((c) => [a1(c), c.libelle])).toEqual([
      [ou(s, "Outils d'évaluation partagés"), "Grilles"],
      [ou(s, "Grilles"), "SERAFIN-PH"],
    ]);
    expect(a1(t1?.encarts["modalites"])).toBe(ou(s, "Modalités de mise en œuvre"));
    expect(a1(t1?.encarts["points-amelioration"])).toBe(ou(s, "Points d'amélioration"));
    expect(t2?.questions.map((q) => q.type)).toEqual(["liste", "date"]);
    expect(a1(t2?.encarts["points-amelioration"])).toBe(ou(s, "Points d'amélioration :"));
    expect(axe?.encartsOnglet).toEqual({});
  });
});

describe("2-B / 2-C", () => {
  it.each([
    ["un ESMS par ligne", false, "C4"],
    ["un ESMS par colonne", true, "B5"],
  ])("%s", (_, transposer, attendu) => {
    const r = reperer(tableauEsms("2-B FLASH", transposer)).flash2b;
    expect(r?.esms.map((e) => [e.finess, e.nom])).toEqual([
      ["440000024", "IME Les Pins"],
      ["440000032", "SESSAD Horizon"],
      ["440000040", "ESAT L'Atelier"],
    ]);
    expect(Object.keys(r?.esms[0]?.valeurs ?? {})).toEqual([
      "part des pp formalises",
      "cvs en place",
      "reunions du cvs",
    ]);
    expect(a1(r?.esms[0]?.valeurs["part des pp formalises"])).toBe(attendu);
    expect(r?.esms[2]?.valeurs["cvs en place"]?.saisie).toBe(true);
    expect(r?.esms[0]?.valeurs["cvs en place"]?.saisie).toBe(false);
  });
});

describe("2-D", () => {
  it.each([
    ["modèle", complementaires()],
    ["décalé", decalerColonnes(insererLignes(complementaires(), 2, 1), 1)],
  ])("%s : blocs numérateur / dénominateur / taux par périmètre", (_, s) => {
    const r = reperer(s).complementaires2d;
    expect(r?.indicateurs.map((i) => i.intitule)).toEqual([
      "1. Projets personnalisés réactualisés depuis moins de 12 mois",
      "2. Professionnels formés à la bientraitance",
    ]);
    const [i1, i2] = r?.indicateurs ?? [];
    expect(i1?.colonnes.map((c) => c.perimetre)).toEqual(["IME Les Pins", "SESSAD Horizon"]);
    expect(i1?.libelleNumerateur).toBe("personnes dont le PP a été réactualisé");
    const num = ou(s, "Numérateur : personnes dont le PP a été réactualisé", 2);
    expect(a1(i1?.colonnes[0]?.numerateur)).toBe(num);
    expect(i1?.colonnes[1]?.taux?.cellule.formula).toMatch(/^=D\d+\/D\d+$|^=E\d+\/E\d+$/);
    expect(i2?.colonnes.map((c) => c.perimetre)).toEqual(["Organisme"]);
    expect(i2?.libelleDenominateur).toBe("salariés au 31/12");
    expect(a1(i2?.colonnes[0]?.denominateur)).toBe(ou(s, "salariés au 31/12"));
  });
});

describe('cellules calculées vides (formule qui renvoie "")', () => {
  it("2-D : le taux d'un indicateur non encore renseigné est repéré", () => {
    const s = feuilleDe(
      "2-D",
      [
        ["Annexe 2-D — Indicateurs complémentaires"],
        ["1. Dossier de la personne informatisé", null, "Organisme"],
        ["Numérateur", null, null],
        ["Dénominateur", null, null],
        ["Taux", null, '=IF(OR(C4="",C3=""),"",IF(C4=0,"",C3/C4))'],
      ],
      { bleus: ["C3:C4"] },
    );
    const [ind] = reperer(s).complementaires2d?.indicateurs ?? [];
    expect(a1(ind?.colonnes[0]?.taux)).toBe("C5");
    expect(ind?.colonnes[0]?.taux?.cellule.formula).toMatch(/^=IF/);
  });

  it("2-E : une ligne de ratio calculée, vide faute de données, reste une ligne du tableau", () => {
    const s = feuilleDe(
      "2-E",
      [
        ["Annexe 2-E — Diagnostic budgétaire et financier"],
        ["Tableau E3 — Indicateurs financiers sur 3 exercices"],
        ["Code", "Libellé", "2023"],
        ["B5", "dont constructions (valeur brute)", null],
        ["B6", "Amortissements cumulés des constructions", null],
        [null, "Taux de vétusté des constructions", '=IF(C4=0,"",C5/C4)'],
      ],
      { bleus: ["C4:C5"] },
    );
    const e3 = reperer(s).financier2e?.tableaux["e3-financier"];
    expect(e3?.lignes.map((l) => l.cle)).toEqual(["B5", "B6", "vetuste-constructions"]);
    expect(a1(e3?.lignes[2]?.valeurs["2023"])).toBe("C6");
  });

  it.each([
    [
      "libellés du modèle",
      [
        "Frais de siège autorisés (en euros)",
        "Taux de frais de siège autorisé",
        "Quote-part de frais de siège imputée aux ESMS (compte 6556)",
        "Base de calcul : charges brutes des ESMS",
        "ETP du siège",
        "Taux réel de frais de siège (quote-part / base de calcul)",
        "Évolution annuelle des frais de siège autorisés",
      ],
    ],
    [
      "variantes",
      [
        "Montant des frais de siège autorisés",
        "Taux de frais de siège autorisés",
        "Quote-part des frais de siège",
        "Base de calcul des frais de siège",
        "Effectifs du siège",
        "Taux réel des frais de siège",
        "Évolution des frais de siège",
      ],
    ],
  ])("2-E, E6 : une clé par ligne de frais de siège (%s)", (_, libelles) => {
    const s = feuilleDe(
      "2-E",
      [
        ["Annexe 2-E — Diagnostic budgétaire et financier"],
        ["Tableau E6 — Évolution des frais de siège"],
        ["Rubrique", "2023", "2024"],
        ...libelles.map((l, i) => [l, i + 1, i + 2]),
      ],
      { bleus: ["B4:C8"] },
    );
    const e6 = reperer(s).financier2e?.tableaux["e6-frais-siege"];
    expect(e6?.lignes.map((l) => l.cle)).toEqual([
      "frais-autorises",
      "taux-autorise",
      "quote-part",
      "base",
      "etp-siege",
      "taux-frais-siege",
      "evolution-frais-siege",
    ]);
    expect(a1(e6?.lignes[2]?.valeurs["2024"])).toBe("C6");
  });
});

describe("2-E", () => {
  it.each([
    ["modèle", financier()],
    ["décalé", decalerColonnes(insererLignes(financier(), 1, 2), 2)],
  ])("%s : tableaux, exercices, lignes clés", (_, s) => {
    const r = reperer(s).financier2e;
    expect(r?.exercices).toEqual(["2021", "2022", "2023"]);
    const e1 = r?.tableaux["e1-resultats"];
    expect(e1?.lignes.map((l) => l.cle)).toEqual(["ars", "cd", "conjointe", "total"]);
    expect(e1?.colonnes).toEqual(["2021", "2022", "2023", "cumul 3 ans"]);
    expect(a1(e1?.lignes[0]?.valeurs["2022"])).toBe(ou(s, "ESMS relevant de l'ARS seule", 2));
    const e3 = r?.tableaux["e3-financier"];
    expect(e3?.lignes.map((l) => l.cle)).toEqual(["B1", "B13", "frng"]);
    expect(a1(e3?.lignes[1]?.valeurs["2023"])).toBe(ou(s, "Disponibilités", 3));
    expect(r?.tableaux["e2-reserves"]).toBeUndefined();
    expect(
      reperer(s)
        .avertissements.map((a) => a.message)
        .join(" "),
    ).toMatch(/reserves et provisions/);
  });
});

describe("2-F", () => {
  it.each([
    ["modèle", creton()],
    ["décalé", decalerColonnes(insererLignes(creton(), 1, 1), 3)],
  ])("%s : grille mode × orientation, total", (_, s) => {
    const r = reperer(s).creton2f;
    expect(r?.lignes.map((l) => l.finess?.cellule.value)).toEqual(["440000024", "440000081"]);
    const l1 = r?.lignes[0];
    expect(l1?.valeurs.map((v) => `${v.mode}.${v.orientation}`)).toEqual([
      "internat.esat",
      "internat.mas",
      "internat.fam",
      "internat.foyer-de-vie",
      "semi-internat.esat",
      "semi-internat.mas",
      "semi-internat.fam",
      "semi-internat.foyer-de-vie",
    ]);
    expect(a1(l1?.valeurs[2]?.champ)).toBe(ou(s, "IME Les Pins", 3));
    expect(a1(l1?.total)).toBe(ou(s, "IME Les Pins", 9));
    expect(r?.total?.valeurs[0]?.champ.cellule.formula).toMatch(/^=SUM/);
  });
});

describe("localiser", () => {
  it("ne lit que l'onglet qui fait foi et signale la copie", () => {
    const r = reperer(annexe1(), { ...annexe1("Annexe 1 (2)"), id: "copie" });
    expect(r.annexe1?.onglet.nom).toBe("Annexe 1");
    expect(r.avertissements).toContainEqual({
      sheetId: "copie",
      message: expect.stringMatching(/copie/),
    });
  });

  it("classeur sans rapport : rien de repéré, aucun plantage", () => {
    const r = reperer(feuilleDe("Feuil1", [["Budget"], ["Loyer", 100]]), feuilleDe("Feuil2", []));
    expect(r.annexe1).toBeUndefined();
    expect(r.axes).toEqual([]);
    expect(r.onglets.every((o) => o.type === "inconnu")).toBe(true);
  });
});
