import type { Champ, Creton2F, LigneCreton, ModeAccueil } from "../classeur/modele";
import { nombre } from "./esms";
import { lignesCreton } from "./creton-outils";
import type { Controle } from "./types";

/**
 * `creton/total-incoherent` : chaque total de 2-F, quelle que soit sa forme (total de ligne, total
 * par mode du format long, total d'établissement, lignes « Total internat » / « Total général »,
 * par orientation ou par mode et orientation), est comparé à la somme des cellules qu'il résume.
 */

type Cellule = LigneCreton["valeurs"][number];

interface Total {
  readonly champ: Champ;
  readonly ligne: string;
  /** Les cellules de l'établissement (ou de tous) que ce total résume. */
  readonly filtre: (v: Cellule) => boolean;
  readonly sur: readonly LigneCreton[];
}

const MODES: Readonly<Record<ModeAccueil, string>> = {
  internat: "internat",
  "semi-internat": "semi-internat",
};

function somme(lignes: readonly LigneCreton[], filtre: (v: Cellule) => boolean): number | null {
  // Même ordre d'addition que la somme de la liste des nombres lus, sans listes intermédiaires.
  let total = 0;
  let lus = 0;
  for (const l of lignes) {
    for (const v of l.valeurs) {
      if (!filtre(v)) continue;
      const x = nombre(v.champ);
      if (x === null) continue;
      total += x;
      lus++;
    }
  }
  return lus === 0 ? null : total;
}

/** Totaux portés par une ligne : le sien et ceux de chacun de ses modes. */
function totauxDe(l: LigneCreton, nom: string, sur: readonly LigneCreton[]): Total[] {
  const out: Total[] = [];
  if (l.total) out.push({ champ: l.total, ligne: nom, filtre: () => true, sur });
  for (const [mode, champ] of Object.entries(l.totauxModes ?? {}) as [ModeAccueil, Champ][]) {
    const ligne = nom === MODES[mode] ? nom : `${nom} (${MODES[mode]})`;
    out.push({ champ, ligne, filtre: (v) => v.mode === mode, sur });
  }
  return out;
}

/** Lignes de total de l'onglet : par mode et orientation, par orientation, par mode, général. */
function totauxOnglet(z: Creton2F): Total[] {
  const out: Total[] = [];
  const lignes: [LigneCreton | undefined, string][] = [
    [z.total, "général"],
    ...(Object.entries(z.totauxModes ?? {}) as [ModeAccueil, LigneCreton][]).map(
      ([m, l]): [LigneCreton, string] => [l, MODES[m]],
    ),
  ];
  for (const [t, nom] of lignes) {
    if (!t) continue;
    for (const v of t.valeurs)
      out.push({
        champ: v.champ,
        ligne: [nom, nom === MODES[v.mode] ? "" : MODES[v.mode], v.champ.libelle || v.orientation]
          .filter(Boolean)
          .join(" "),
        filtre: (x) => x.mode === v.mode && x.orientation === v.orientation,
        sur: z.lignes,
      });
    for (const o of t.totauxOrientations ?? [])
      out.push({
        champ: o.champ,
        ligne: `${nom} ${o.champ.libelle || o.orientation}`.trim(),
        filtre: (x) => x.orientation === o.orientation,
        sur: z.lignes,
      });
    out.push(...totauxDe(t, nom, z.lignes));
  }
  return out;
}

export const CRETON_TOTAL_INCOHERENT: Controle = {
  meta: {
    id: "creton/total-incoherent",
    gravite: "erreur",
    onglets: ["creton-2f"],
    description: "Les totaux de 2-F sont la somme de leurs cellules.",
    messages: { total: "2-F : le total {{ligne}} ({{total}}) diffère de la somme ({{somme}})." },
    correction: "Rétablir la formule de total.",
    pourquoi: "Un total faux donne un nombre de Creton erroné à l'échelle de l'organisme.",
    source: "[INFÉRENCE]",
  },
  run(vue, signaler) {
    const z = vue.repere.creton2f;
    if (!z) return;
    const totaux = [
      ...lignesCreton(vue.repere).flatMap((l) => totauxDe(l.ligne, `de ${l.nom}`, [l.ligne])),
      ...totauxOnglet(z),
    ];
    for (const t of totaux) {
      const total = nombre(t.champ);
      // Des cellules toutes vides valent 0 pour un total (c'est ce que calcule SOMME).
      const s = somme(t.sur, t.filtre) ?? 0;
      if (total === null || total === s) continue;
      signaler({
        messageId: "total",
        data: { ligne: t.ligne, total, somme: s },
        a: t.champ.location,
      });
    }
  },
};
