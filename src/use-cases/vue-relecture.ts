import { adresseA1 } from "../domain/classeur/adresse";
import { neutraliserFormule, sansControles } from "../domain/export/neutraliser";
import { nomDeFeuilleLibre } from "../domain/plan/nom-feuille";
import type { CellRange } from "../domain/classeur/snapshot";
import type { PlanOperation, WriteValue, WritePlan } from "../domain/plan/types";
import {
  ANNEXES,
  collecterPrerenseignees,
  comparerPrerenseignees,
  identiteOrganisme,
  INDICATEURS_CLES,
  LIBELLE_PRIORITE,
  ligneSynthese,
  texteValeur,
  type EtatEmpreinte,
  type LigneSynthese,
  type PrerenseigneeModifiee,
} from "../domain/relecture";
import type { AnalyseClasseur } from "./analyser";

export type { EtatEmpreinte };

/**
 * Vue « Relecture » du volet, pour le coordonnateur qui ouvre un Diagnostic retourné : la ligne de
 * synthèse de `relire` pour ce classeur, les valeurs pré-renseignées modifiées (si le classeur porte
 * une empreinte), et le plan qui insère ce bilan dans une feuille nouvelle (rien d'autre touché).
 */

export interface VueRelecture {
  readonly synthese: LigneSynthese;
  readonly empreinte: EtatEmpreinte;
  /** null : pas d'empreinte valide, rien à comparer. */
  readonly modifiees: readonly PrerenseigneeModifiee[] | null;
}

export function vueRelecture(
  a: AnalyseClasseur,
  empreinte: EtatEmpreinte,
  fichier = "Classeur ouvert",
): VueRelecture {
  const saisies = new Map(a.completude.parOnglet.map((o) => [o.sheetId, o]));
  const modifiees =
    empreinte.kind === "valide"
      ? comparerPrerenseignees(empreinte.valeurs, collecterPrerenseignees(a.snapshot, a.onglets))
      : null;
  const synthese = ligneSynthese(
    {
      fichier,
      statut: "analyse",
      onglets: a.onglets.map((o) => ({
        type: o.type,
        saisies: {
          total: saisies.get(o.sheetId)?.total ?? 0,
          remplies: saisies.get(o.sheetId)?.remplies ?? 0,
        },
      })),
      indicateurs: a.indicateurs.map((r) => ({
        id: r.id,
        perimetre: r.perimetre.exercice
          ? `${r.perimetre.cle}/${r.perimetre.exercice}`
          : r.perimetre.cle,
        valeur: r.valeur !== null && Number.isFinite(r.valeur) ? r.valeur : null,
      })),
      constats: a.constats,
    },
    {
      organisme: identiteOrganisme(a.repere),
      prerenseigneesModifiees: modifiees?.length ?? 0,
      empreinte: empreinte.kind,
    },
  );
  return { synthese, empreinte, modifiees };
}

const t = (s: string) => neutraliserFormule(sansControles(s));
const zone = (row: number, col: number, cols = 1): CellRange => ({
  top: row,
  left: col,
  bottom: row,
  right: col + cols - 1,
});

const EMPREINTE: Readonly<Record<EtatEmpreinte["kind"], string>> = {
  valide: "présente et intacte",
  absente: "absente (valeurs pré-renseignées non vérifiables)",
  alteree: "altérée : comparez au classeur envoyé",
};

/** Le bilan de ce classeur dans une feuille nouvelle ; `titre` porte la date (fournie par l'appelant). */
export function planBilanRelecture(a: AnalyseClasseur, v: VueRelecture, titre: string): WritePlan {
  const nom = nomDeFeuilleLibre(
    "Bilan relecture",
    a.snapshot.sheets.map((s) => s.name),
  );
  const feuille = { newSheet: nom };
  const s = v.synthese;
  const lignes: WriteValue[][] = [
    [t(titre)],
    [],
    ["Priorité", LIBELLE_PRIORITE[s.priorite]],
    ["Motifs", t(s.motifs.join(" ; ") || "rien à signaler")],
    ["Organisme", t(s.organisme || "—")],
    ["FINESS juridique", t(s.finessJuridique || "—")],
    ["ESMS", s.nombreEsms],
    ["Empreinte", EMPREINTE[v.empreinte.kind]],
    ["Erreurs", s.erreurs],
    ["Alertes", s.alertes],
    ...ANNEXES.map((x): WriteValue[] => [
      `Complétude ${x === "1" ? "Annexe 1" : x}`,
      s.completude[x],
    ]),
    ...INDICATEURS_CLES.map((k): WriteValue[] => [k.libelle, s.indicateurs[k.cle]]),
    [],
  ];
  const debutModifiees = lignes.length;
  lignes.push([`Valeurs pré-renseignées modifiées (${v.modifiees?.length ?? "non vérifiées"})`]);
  lignes.push(["Cellule", "ESMS", "Indicateur", "Valeur envoyée", "Valeur retournée"]);
  for (const m of v.modifiees ?? []) {
    lignes.push([
      t(`${m.onglet}!${m.cellule}`),
      t(m.esmsLibelle === m.esms ? m.esms : `${m.esms} ${m.esmsLibelle}`),
      t(m.mesure),
      typeof m.reference === "number" ? m.reference : t(texteValeur(m.reference)),
      typeof m.valeur === "number" ? m.valeur : t(texteValeur(m.valeur)),
    ]);
  }
  lignes.push([]);
  const debutConstats = lignes.length;
  lignes.push([`Constats (${a.constats.length})`], ["Cellule", "Gravité", "Constat", "Correction"]);
  for (const c of a.constats) {
    const l = c.locations[0];
    const ou = c.onglet && l ? `${c.onglet.nom}!${adresseA1(l.row, l.col)}` : "—";
    lignes.push([t(ou), c.gravite, t(c.message), t(c.correction)]);
  }
  const largeur = 5;
  const valeurs = lignes.map((l) => [
    ...l,
    ...new Array<WriteValue>(largeur - l.length).fill(null),
  ]);
  const gras = (row: number, cols = 1): PlanOperation => ({
    kind: "setFormat",
    sheet: feuille,
    range: zone(row, 0, cols),
    format: { bold: true },
  });
  const pourcent = (debut: number, n: number, format: string): PlanOperation => ({
    kind: "setFormat",
    sheet: feuille,
    range: { top: debut, left: 1, bottom: debut + n - 1, right: 1 },
    format: { numberFormat: format, horizontalAlignment: "Left" },
  });
  return {
    titre: "Insertion du bilan de relecture",
    operations: [
      { kind: "addSheet", name: nom },
      { kind: "setValues", sheet: feuille, row: 0, col: 0, values: valeurs },
      {
        kind: "setFormat",
        sheet: feuille,
        range: zone(0, 0),
        format: { bold: true, fontSize: 14 },
      },
      pourcent(10, ANNEXES.length, "0%"),
      pourcent(10 + ANNEXES.length, 2, "0.0%"),
      gras(debutModifiees),
      gras(debutModifiees + 1, largeur),
      gras(debutConstats),
      gras(debutConstats + 1, 4),
      ...[22, 30, 60, 40, 18].map((w, col): PlanOperation => ({
        kind: "setColumnWidth",
        sheet: feuille,
        col,
        widthPt: w * 5.5,
      })),
      {
        kind: "setPageLayout",
        sheet: feuille,
        layout: { orientation: "landscape", fitToWidth: true },
      },
      { kind: "select", sheet: feuille, ranges: [zone(0, 0)] },
    ],
  };
}

/** `planBilanRelecture` de la vue calculée pour cette analyse et cette empreinte. */
export const planBilan = (a: AnalyseClasseur, e: EtatEmpreinte, titre: string): WritePlan =>
  planBilanRelecture(a, vueRelecture(a, e), titre);
