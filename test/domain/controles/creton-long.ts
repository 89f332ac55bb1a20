import type {
  Champ,
  Creton2F,
  LigneCreton,
  ModeAccueil,
} from "../../../src/domain/classeur/modele";
import { annexe1, champ, onglet, repere, type ValeursEsms } from "./fabrique";

/**
 * 2-F en format long pour les tests : une ligne par mode (internat ligne 7, semi-internat ligne 8),
 * ESAT en F, MAS en G, total du mode en K, total de l'établissement en L ; lignes « Total
 * internat » (11) et « Total général » (12 : par orientation, sans mode). `faux` remplace la
 * valeur d'un total, désigné par son adresse.
 */

const O = onglet("creton-2f");
const MODES: readonly ModeAccueil[] = ["internat", "semi-internat"];
const ORIENTATIONS = [
  ["esat", "F", "ESAT"],
  ["mas", "G", "MAS"],
] as const;

const a1 = (a: string) => ({ onglet: O, a });
const total = (v: number, a: string, faux: Readonly<Record<string, number>>): Champ =>
  champ(faux[a] ?? v, { ...a1(a), saisie: false, formule: "=SUM()" });

export function long(
  esms: ValeursEsms,
  valeurs: Readonly<Record<ModeAccueil, readonly [number, number]>>,
  faux: Readonly<Record<string, number>> = {},
) {
  const cellules = MODES.flatMap((mode, k) =>
    ORIENTATIONS.map(([orientation, col, libelle], i) => ({
      mode,
      orientation,
      champ: champ(valeurs[mode][i] ?? 0, { ...a1(`${col}${7 + k}`), libelle }),
    })),
  );
  const somme = (m?: ModeAccueil, o?: string) =>
    cellules
      .filter((c) => (!m || c.mode === m) && (!o || c.orientation === o))
      .reduce((s, c) => s + Number(c.champ.cellule.value), 0);
  const ligne: LigneCreton = {
    row: 6,
    finess: champ(String(esms.finess), a1("B7")),
    nom: champ(String(esms.nom), a1("C7")),
    valeurs: cellules,
    total: total(somme(), "L7", faux),
    totauxModes: {
      internat: total(somme("internat"), "K7", faux),
      "semi-internat": total(somme("semi-internat"), "K8", faux),
    },
  };
  const totalInternat: LigneCreton = {
    row: 10,
    valeurs: ORIENTATIONS.map(([orientation, col, libelle]) => ({
      mode: "internat" as const,
      orientation,
      champ: { ...total(somme("internat", orientation), `${col}11`, faux), libelle },
    })),
    totauxModes: { internat: total(somme("internat"), "K11", faux) },
  };
  const general: LigneCreton = {
    row: 11,
    valeurs: [],
    totauxOrientations: ORIENTATIONS.map(([orientation, col, libelle]) => ({
      orientation,
      champ: { ...total(somme(undefined, orientation), `${col}12`, faux), libelle },
    })),
    total: total(somme(), "K12", faux),
  };
  const creton2f: Creton2F = {
    onglet: O,
    lignes: [ligne],
    total: general,
    totauxModes: { internat: totalInternat },
  };
  return repere({ annexe1: annexe1({ esms: [esms] }), creton2f });
}

/** Totaux faux du format long : [cas, valeurs fausses, cellule, ligne, total, somme]. */
export const TOTAUX_LONG: readonly (readonly [
  string,
  Readonly<Record<string, number>>,
  string,
  string,
  number,
  number,
])[] = [
  ["total de la ligne internat", { K7: 4 }, "K7", "de IME Les Pins (internat)", 4, 3],
  ["total de l'établissement", { L7: 7 }, "L7", "de IME Les Pins", 7, 6],
  ["ligne Total internat, colonne MAS", { G11: 1 }, "G11", "internat MAS", 1, 2],
  ["ligne Total internat, total", { K11: 9 }, "K11", "internat", 9, 3],
  ["ligne Total général, colonne MAS", { G12: 4 }, "G12", "général MAS", 4, 5],
  ["ligne Total général, total", { K12: 5 }, "K12", "général", 5, 6],
];
