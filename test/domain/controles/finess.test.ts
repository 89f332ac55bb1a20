import { CONTROLES_FINESS } from "../../../src/domain/controles/finess";
import type { SheetSnapshot } from "../../../src/domain/classeur/snapshot";
import { annexe1, creton, onglet, repere, type ValeursEsms } from "./fabrique";
import { classeur, feuille } from "./instantane";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = CONTROLES_FINESS.find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};

/** Annexe 1 avec un EJ et des ESMS (colonne A = FINESS, ligne 21 et suivantes). */
const a1 = (ej: string | number | null, ...esms: ValeursEsms[]) =>
  repere({ annexe1: annexe1({ organisme: { "finess-juridique": ej }, esms }) });

/** Feuilles de l'instantané (Accueil, Annexe 1) et onglets reconnus correspondants. */
const avecFeuilles = (...feuilles: SheetSnapshot[]) => ({
  snapshot: classeur(...feuilles),
  onglets: [onglet("annexe-1"), onglet("accueil", "Accueil")],
});
const accueil = (texte: string) => feuille("Accueil", { A3: texte });

describe("famille finess", () => {
  testerControle(controle("finess/format"), {
    valides: [
      { nom: "numéros réels", repere: a1("750100125", { finess: "440000016", nom: "IME A" }) },
      { nom: "cellule vide", repere: a1(null, { finess: null, nom: "IME A" }) },
    ],
    invalides: [
      {
        nom: "8 caractères",
        repere: a1("750100125", { finess: "44000001", nom: "IME A" }),
        constats: [{ messageId: "format", data: { valeur: "44000001" }, cellules: ["A21"] }],
      },
      {
        nom: "lettre hors Corse, dans 2-F",
        repere: repere({ creton2f: creton([{ finess: "44X000016", nom: "IME", valeurs: {} }]) }),
        constats: [{ messageId: "format", data: { valeur: "44X000016" }, cellules: ["A7"] }],
      },
    ],
  });

  testerControle(controle("finess/cle"), {
    valides: [
      { nom: "clé juste", repere: a1("010780054", { finess: "590799730" }) },
      {
        nom: "Corse : 2A compté 21, 2B compté 22",
        repere: a1("2A0000154", { finess: "2B0000210" }),
      },
      { nom: "outre-mer", repere: a1("970100400", { finess: "980501506" }) },
    ],
    invalides: [
      {
        nom: "Corse : faute de frappe (ancien avertissement « clé non vérifiable »)",
        repere: a1("2A0000155", { finess: "2B0000211" }),
        constats: [
          { messageId: "cle", data: { valeur: "2A0000155" }, cellules: ["C4"] },
          { messageId: "cle", data: { valeur: "2B0000211" }, cellules: ["A21"] },
        ],
      },
      {
        nom: "dernier chiffre modifié",
        repere: a1("010000025", { finess: "590799731" }),
        constats: [
          { messageId: "cle", data: { valeur: "010000025" }, cellules: ["C4"] },
          { messageId: "cle", data: { valeur: "590799731" }, cellules: ["A21"] },
        ],
      },
    ],
  });

  testerControle(controle("finess/zero-initial-perdu"), {
    valides: [{ nom: "zéro conservé (texte)", repere: a1("010000024") }],
    invalides: [
      {
        nom: "nombre à 8 chiffres",
        repere: a1(10000024),
        constats: [{ messageId: "zero-perdu", data: { valeur: "10000024", corrige: "010000024" } }],
      },
    ],
  });

  testerControle(controle("finess/espaces"), {
    valides: [{ nom: "sans séparateur", repere: a1("750100125") }],
    invalides: [
      {
        nom: "affichage du site FINESS",
        repere: a1("75 010 012 5"),
        constats: [
          { messageId: "espaces", data: { valeur: "75 010 012 5", normalise: "750100125" } },
        ],
      },
    ],
  });

  testerControle(controle("finess/et-egal-ej"), {
    valides: [{ nom: "numéros distincts", repere: a1("440000016", { finess: "440000024" }) }],
    invalides: [
      {
        nom: "ET recopié de l'EJ",
        repere: a1("440000016", { finess: "440000016", nom: "IME" }),
        constats: [{ messageId: "egal", data: { valeur: "440000016" }, cellules: ["A21"] }],
      },
    ],
  });

  testerControle(controle("finess/doublon-et"), {
    valides: [
      {
        nom: "une ligne par ESMS",
        repere: a1(null, { finess: "440000024" }, { finess: "440000032" }),
      },
    ],
    invalides: [
      {
        nom: "même ET sur deux lignes",
        repere: a1(
          null,
          { finess: "440000024" },
          { finess: "440000032" },
          { finess: "44 000 002 4" },
        ),
        constats: [
          { messageId: "doublon", data: { valeur: "440000024" }, cellules: ["A21", "A23"] },
        ],
      },
    ],
  });

  testerControle(controle("finess/departement"), {
    valides: [
      { nom: "même département", repere: a1("440000016", { finess: "440000024" }) },
      {
        nom: "ESMS tous en Vendée, EJ à Paris (gestionnaire national)",
        repere: a1("750100125", { finess: "850000118" }, { finess: "850000209" }),
      },
      {
        nom: "Corse : deux ESMS de Haute-Corse, EJ en Corse-du-Sud",
        repere: a1("2A0000154", { finess: "2B0000210" }, { finess: "2B0000442" }),
      },
      { nom: "un seul ESMS valide", repere: a1("4400", { finess: "490000023" }, { finess: "44" }) },
      {
        nom: "extension déclarée dans l'Accueil",
        repere: a1(null, { finess: "440000016" }, { finess: "490000023" }, { finess: "850000118" }),
        ...avecFeuilles(
          accueil(
            "Agence régionale de santé Pays de la Loire — Conseils départementaux de Loire-Atlantique, de Maine-et-Loire et de la Vendée",
          ),
        ),
      },
      {
        nom: "extension déclarée à l'Annexe 1 (libellé, liste à droite)",
        repere: a1(null, { finess: "440000016" }, { finess: "490000023" }),
        ...avecFeuilles(feuille("Annexe 1", { B2: "Département(s) concerné(s)", D2: "44, 49" })),
      },
    ],
    invalides: [
      {
        nom: "deux départements sans extension déclarée",
        repere: a1(
          "440000016",
          { finess: "440000024" },
          { finess: "440000032" },
          {
            finess: "490000023",
            nom: "ESAT B",
          },
        ),
        ...avecFeuilles(
          accueil("Retournez le fichier à l'ARS, et au Département si le CPOM est tripartite."),
        ),
        constats: [
          {
            messageId: "plusieurs",
            data: {
              nombre: 2,
              departements: "44 (Loire-Atlantique) : 2 ESMS, 49 (Maine-et-Loire) : 1 ESMS",
            },
            cellules: ["A23"],
          },
        ],
      },
      {
        nom: "outre-mer : Guadeloupe et Martinique (et non « 970 »)",
        repere: a1(null, { finess: "970100400" }, { finess: "970202339" }),
        constats: [
          {
            messageId: "plusieurs",
            data: {
              nombre: 2,
              departements: "971 (Guadeloupe) : 1 ESMS, 972 (Martinique) : 1 ESMS",
            },
            cellules: ["A22"],
          },
        ],
      },
      {
        nom: "ESMS hors des départements déclarés",
        repere: a1("440000016", { finess: "850000118" }, { finess: "440000024", nom: "IME A" }),
        ...avecFeuilles(accueil("Conseil départemental de la Vendée")),
        constats: [
          {
            messageId: "departement",
            data: {
              nom: "IME A",
              valeur: "440000024",
              dep: "44 (Loire-Atlantique)",
              perimetre: "85 (Vendée)",
            },
            cellules: ["A22"],
          },
        ],
      },
    ],
  });
});
