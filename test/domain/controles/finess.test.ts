import { CONTROLES_FINESS } from "../../../src/domain/controles/finess";
import { annexe1, creton, repere, type ValeursEsms } from "./fabrique";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = CONTROLES_FINESS.find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};

/** Annexe 1 avec un EJ et des ESMS (colonne A = FINESS, ligne 21 et suivantes). */
const a1 = (ej: string | number | null, ...esms: ValeursEsms[]) =>
  repere({ annexe1: annexe1({ organisme: { "finess-juridique": ej }, esms }) });

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
    valides: [{ nom: "clé juste", repere: a1("010780054", { finess: "590799730" }) }],
    invalides: [
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

  testerControle(controle("finess/cle-corse"), {
    valides: [{ nom: "numéro continental", repere: a1("750100125") }],
    invalides: [
      {
        nom: "numéro 2A",
        repere: a1("2A0000154"),
        constats: [{ messageId: "corse", data: { valeur: "2A0000154" } }],
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
      { nom: "EJ invalide : rien à comparer", repere: a1("4400", { finess: "490000023" }) },
    ],
    invalides: [
      {
        nom: "ESMS du Maine-et-Loire pour un EJ de Loire-Atlantique",
        repere: a1("440000016", { finess: "490000023", nom: "ESAT B" }),
        constats: [
          {
            messageId: "departement",
            data: { nom: "ESAT B", valeur: "490000023", dep: "49", perimetre: "44" },
          },
        ],
      },
    ],
  });
});
