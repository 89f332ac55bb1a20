/**
 * 2-E, tableau E3 : données brutes du bilan et du compte de résultat (codes en colonne C, libellés
 * en colonne D, exercices en colonnes F:H), puis les ratios PAR FORMULE.
 */
import { entete, libelle } from "./cellules";
import { calculer, saisir, titreTableau, type Contexte } from "./e2-commun";
import { BRUTES } from "./e2-bilan-donnees";
import { FORMATS, SAISIE } from "./styles";

type Codes = Record<string, number>;

interface Ratio {
  readonly code: string;
  readonly libelle: string;
  readonly excel: string;
  readonly calc: (v: Codes) => number | string;
  readonly format: string;
}

const j = (x: number, cc: number): number => (x * 365) / cc;
const RATIOS: readonly Ratio[] = [
  {
    code: "FRI",
    libelle: "Fonds de roulement d'investissement (FRI)",
    excel: "({B1}+{B3})-{B4}",
    calc: (v) => v.B1! + v.B3! - v.B4!,
    format: FORMATS.montant,
  },
  {
    code: "FRE",
    libelle: "Fonds de roulement d'exploitation (FRE)",
    excel: "{B9}-{B10}",
    calc: (v) => v.B9! - v.B10!,
    format: FORMATS.montant,
  },
  {
    code: "FRNG",
    libelle: "Fonds de roulement net global (FRNG)",
    excel: "{FRI}+{FRE}",
    calc: (v) => v.FRI! + v.FRE!,
    format: FORMATS.montant,
  },
  {
    code: "BFR",
    libelle: "Besoin en fonds de roulement (BFR)",
    excel: "{B11}-{B12}",
    calc: (v) => v.B11! - v.B12!,
    format: FORMATS.montant,
  },
  {
    code: "TRESO",
    libelle: "Trésorerie",
    excel: "{FRNG}-{BFR}",
    calc: (v) => v.FRNG! - v.BFR!,
    format: FORMATS.montant,
  },
  {
    code: "CC",
    libelle: "Charges courantes décaissables",
    excel: "{C1}-{C2}-{C3}",
    calc: (v) => v.C1! - v.C2! - v.C3!,
    format: FORMATS.montant,
  },
  {
    code: "FRNGJ",
    libelle: "FRNG en jours de charges courantes",
    excel: "{FRNG}*365/{CC}",
    calc: (v) => j(v.FRNG!, v.CC!),
    format: FORMATS.jours,
  },
  {
    code: "BFRJ",
    libelle: "BFR en jours de charges courantes",
    excel: "{BFR}*365/{CC}",
    calc: (v) => j(v.BFR!, v.CC!),
    format: FORMATS.jours,
  },
  {
    code: "TRESOJ",
    libelle: "Trésorerie en jours de charges courantes",
    excel: "{TRESO}*365/{CC}",
    calc: (v) => j(v.TRESO!, v.CC!),
    format: FORMATS.jours,
  },
  {
    code: "CAF",
    libelle: "Capacité d'autofinancement (CAF)",
    excel: "{R1}+{C2}-{P2}-{P3}+{C3}-{P4}-{P5}",
    calc: (v) => v.R1! + v.C2! - v.P2! - v.P3! + v.C3! - v.P4! - v.P5!,
    format: FORMATS.montant,
  },
  {
    code: "PC",
    libelle: "Produits courants pris en compte",
    excel: "{P1}-{P3}-{P4}-{P5}-{P2}-{P6}",
    calc: (v) => v.P1! - v.P3! - v.P4! - v.P5! - v.P2! - v.P6!,
    format: FORMATS.montant,
  },
  {
    code: "TCAF",
    libelle: "Taux de CAF",
    excel: "{CAF}/{PC}",
    calc: (v) => v.CAF! / v.PC!,
    format: FORMATS.pourcent,
  },
  {
    code: "VC",
    libelle: "Taux de vétusté des constructions",
    excel: "{B6}/{B5}",
    calc: (v) => v.B6! / v.B5!,
    format: FORMATS.pourcent,
  },
  {
    code: "VE",
    libelle: "Taux de vétusté des installations et équipements",
    excel: "{B8}/{B7}",
    calc: (v) => v.B8! / v.B7!,
    format: FORMATS.pourcent,
  },
  {
    code: "TE",
    libelle: "Taux d'endettement",
    excel: "{B2}/({B1}+{B9})",
    calc: (v) => v.B2! / (v.B1! + v.B9!),
    format: FORMATS.pourcent,
  },
  {
    code: "IF",
    libelle: "Indépendance financière",
    excel: "{B2}/{B1}",
    calc: (v) => v.B2! / v.B1!,
    format: FORMATS.pourcent,
  },
  {
    code: "DD",
    libelle: "Durée apparente de la dette (années)",
    excel: 'IF({CAF}<=0,"",{B2}/{CAF})',
    calc: (v) => (v.CAF! <= 0 ? "" : v.B2! / v.CAF!),
    format: FORMATS.ans,
  },
];

const EXERCICES = ["2022", "2023", "2024"];
const COLS = ["F", "G", "H"];

export function tableauBilan(c: Contexte, debut: number): number {
  titreTableau(
    c,
    `C${debut}:H${debut}`,
    "Tableau E3 — Indicateurs financiers sur 3 exercices : données du bilan et du compte de résultat",
  );
  const h = debut + 1;
  entete(c.ws, `C${h}`, "Code");
  entete(c.ws, `D${h}`, "Donnée (consolidé organisme gestionnaire)", `D${h}:E${h}`);
  EXERCICES.forEach((e, i) => entete(c.ws, `${COLS[i]}${h}`, e));
  const lignes: Record<string, number> = {};
  const valeurs: Codes[] = EXERCICES.map(() => ({}));
  BRUTES.forEach(([code, texte, vs], k) => {
    const l = h + 1 + k;
    lignes[code] = l;
    libelle(c.ws, `C${l}`, code, { bordure: true, centre: true });
    libelle(c.ws, `D${l}`, texte, { bordure: true, fusion: `D${l}:E${l}` });
    vs.forEach((v, i) => {
      valeurs[i]![code] = v;
      saisir(c, `${COLS[i]}${l}`, v, SAISIE.accent1, FORMATS.montant, {
        zone: "2e/e3",
        perimetre: "organisme",
        mesure: texte,
        exercice: EXERCICES[i] ?? "",
      });
    });
    if (code === "B6")
      c.r.erreur(c.ws, `F${l}`, {
        famille: "financier",
        controle: "financier/vetuste",
        description:
          "2022 : amortissements des constructions (12 400 000 €) supérieurs à leur valeur brute (11 800 000 €), vétusté de 105 %.",
      });
  });
  const r0 = h + 1 + BRUTES.length;
  libelle(c.ws, `C${r0}`, "Ratios calculés", { gras: true, fusion: `C${r0}:H${r0}` });
  RATIOS.forEach((ratio, k) => {
    const l = r0 + 1 + k;
    lignes[ratio.code] = l;
    libelle(c.ws, `D${l}`, ratio.libelle, { bordure: true, fusion: `D${l}:E${l}` });
    COLS.forEach((col, i) => {
      const v = valeurs[i]!;
      const resultat = ratio.calc(v);
      if (typeof resultat === "number") v[ratio.code] = resultat;
      const formule = ratio.excel.replace(
        /\{([A-Z0-9]+)\}/g,
        (_, x: string) => `${col}${lignes[x]}`,
      );
      calculer(c, `${col}${l}`, formule, resultat, ratio.format, {
        zone: "2e/e3",
        perimetre: "organisme",
        mesure: ratio.libelle.replace(/\s*\(.*\)$/, ""),
        exercice: EXERCICES[i] ?? "",
      });
    });
  });
  const fin = r0 + RATIOS.length;
  c.r.zone(
    c.ws,
    "2e/e3",
    `C${debut}:H${fin}`,
    "E3 — Données brutes du bilan et ratios par formule",
  );
  return fin + 2;
}
