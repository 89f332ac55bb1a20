import { CONTROLES_CLASSEUR_STRUCTURE } from "../../../src/domain/controles/classeur-structure";
import { CONTROLES_SAISIE_DATES } from "../../../src/domain/controles/saisie-dates";
import { CONTROLES_SAISIE_GRANDEURS } from "../../../src/domain/controles/saisie-grandeurs";
import type { Annexe1 } from "../../../src/domain/classeur/modele";
import { formaterNombre } from "../../../src/domain/indicateurs/format";
import { annexe1, financier, onglet, repere, type ValeursEsms } from "./fabrique";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = [
    ...CONTROLES_SAISIE_GRANDEURS,
    ...CONTROLES_SAISIE_DATES,
    ...CONTROLES_CLASSEUR_STRUCTURE,
  ].find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
const org = (o: Record<string, string | number | null>) =>
  repere({ annexe1: annexe1({ organisme: o }) });
const esms = (...lignes: ValeursEsms[]) => repere({ annexe1: annexe1({ esms: lignes }) });
const montant = (v: number) =>
  repere({
    financier2e: financier(["2023"], { "e1-resultats": { lignes: { ars: { "2023": v } } } }),
  });
const effectif = (v: number) =>
  repere({
    financier2e: financier(["2023"], {
      "e5-effectifs": { colonnes: ["ime"], lignes: { educatif: { ime: v } } },
    }),
  });

/** Annexe 1 dont les lignes d'ESMS sont posées aux lignes données (tableaux séparés par un saut). */
function tableauxA1(lignes: readonly (ValeursEsms & { row: number })[]): Annexe1 {
  const a = annexe1({ esms: lignes });
  return {
    ...a,
    esms: a.esms.map((l, i) => {
      const row = lignes[i]?.row ?? l.row;
      const champs = Object.fromEntries(
        Object.entries(l.champs).map(([k, c]) => [
          k,
          c && { ...c, location: { ...c.location, row } },
        ]),
      );
      return { ...l, row, champs };
    }),
  };
}
const plein = (row: number, secteur: "enfance" | "adultes" = "enfance") => ({
  finess: "440000024",
  nom: "IME",
  secteur,
  row,
});
const blanc = (row: number, secteur: "enfance" | "adultes" = "enfance") => ({
  finess: null,
  nom: null,
  secteur,
  row,
});

describe("robustesse : grandeurs et structure", () => {
  testerControle(controle("saisie/valeur-demesuree"), {
    valides: [
      { nom: "capacité plausible", repere: esms({ capacite: 120 }) },
      { nom: "montant de 900 millions", repere: montant(9e8) },
      { nom: "montant de 50 milliards (sous le seuil des euros)", repere: montant(5e10) },
      { nom: "case vide", repere: esms({ capacite: null }) },
    ],
    invalides: [
      {
        nom: "capacité de 1e308",
        repere: esms({ capacite: 1e308 }),
        constats: [
          {
            messageId: "demesuree",
            data: { cellule: "E21", valeur: "1,0 × 10^308 (valeur démesurée)" },
          },
        ],
      },
      {
        nom: "capacité d'un milliard",
        repere: esms({ capacite: 1e9 }),
        constats: [
          { messageId: "demesuree", data: { cellule: "E21", valeur: formaterNombre(1e9, 0) } },
        ],
      },
      {
        nom: "effectif négatif absurde en E5",
        repere: effectif(-3e9),
        constats: [
          { messageId: "demesuree", data: { cellule: "C6", valeur: formaterNombre(-3e9, 0) } },
        ],
      },
      {
        nom: "montant de mille milliards",
        repere: montant(1e12),
        constats: [{ messageId: "demesuree" }],
      },
    ],
  });

  const a1 = onglet("annexe-1");
  testerControle(controle("classeur/onglet-principal-masque"), {
    valides: [
      { nom: "annexes visibles", onglets: [a1, onglet("financier-2e")] },
      {
        nom: "onglet inconnu masqué",
        onglets: [a1, { ...onglet("inconnu", "Listes"), visible: false }],
      },
    ],
    invalides: [
      {
        nom: "2-E masqué",
        onglets: [a1, { ...onglet("financier-2e", "2-E Financier"), visible: false }],
        constats: [
          {
            messageId: "masque",
            data: { onglet: "« 2-E Financier »", type: "financier-2e" },
            cellules: ["A1"],
          },
        ],
      },
    ],
  });

  testerControle(controle("classeur/tableau-esms-vide"), {
    valides: [
      {
        nom: "deux tableaux remplis",
        repere: repere({ annexe1: tableauxA1([plein(20), plein(25, "adultes")]) }),
      },
      {
        nom: "tableau adultes vide d'un organisme enfance seul",
        repere: repere({
          annexe1: tableauxA1([plein(20), blanc(25, "adultes"), blanc(26, "adultes")]),
        }),
      },
      {
        nom: "lignes de réserve dans un tableau",
        repere: repere({ annexe1: tableauxA1([plein(20), blanc(21)]) }),
      },
    ],
    invalides: [
      {
        nom: "troisième tableau vide",
        repere: repere({
          annexe1: tableauxA1([
            plein(20),
            plein(25, "adultes"),
            blanc(32, "adultes"),
            blanc(33, "adultes"),
          ]),
        }),
        constats: [{ messageId: "vide", cellules: ["A33"] }],
      },
      {
        nom: "second tableau enfance vide",
        repere: repere({ annexe1: tableauxA1([plein(20), blanc(30)]) }),
        constats: [{ messageId: "vide" }],
      },
    ],
  });

  testerControle(controle("saisie/date-en-texte"), {
    valides: [
      { nom: "vraie date", repere: org({ "date-arrete-siege": 44361 }) },
      {
        nom: "date impossible (relève de date-invalide)",
        repere: org({ "date-arrete-siege": "31/02/2021" }),
      },
      { nom: "texte libre", repere: org({ "date-arrete-siege": "en cours" }) },
      { nom: "vide", repere: org({ "date-arrete-siege": null }) },
    ],
    invalides: [
      {
        nom: "15/03/2021 en texte",
        repere: org({ "date-arrete-siege": " 15/03/2021" }),
        constats: [{ messageId: "texte", data: { cellule: "C4", texte: "15/03/2021" } }],
      },
    ],
  });
});
