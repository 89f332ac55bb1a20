import { adresseA1 } from "../../../../src/domain/classeur/adresse";
import type { WorkbookSnapshot } from "../../../../src/domain/classeur/snapshot";
import { analyserInstantane } from "../../../../src/use-cases/analyser";
import type { Verite2E } from "./ecrire-2e";

/**
 * Écarts entre ce que le complément lit d'un onglet 2-E aléatoire et sa vérité terrain : tableaux
 * non trouvés, cellules de valeur manquées ou mal placées, indicateurs faux, incohérences semées
 * non trouvées, fausses « erreur ». Tout vide = le lecteur retrouve le modèle.
 */

export interface Ecarts2E {
  readonly tableaux: readonly string[];
  readonly valeurs: readonly string[];
  readonly indicateurs: readonly string[];
  readonly semees: readonly string[];
  readonly faussesErreurs: readonly string[];
}

const TABLEAUX = [
  "e1-resultats",
  "e2-reserves",
  "e3-financier",
  "e4-retraites",
  "e5-effectifs",
  "e6-frais-siege",
];

const proche = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export function mesurer2E(snapshot: WorkbookSnapshot, v: Verite2E): Ecarts2E {
  const a = analyserInstantane(snapshot);
  const zone = a.repere.financier2e;
  const tableaux = TABLEAUX.filter((t) => !zone?.tableaux[t]?.lignes.length);
  const valeurs: string[] = [];
  for (const x of v.valeurs) {
    const l = zone?.tableaux[x.tableau]?.lignes.find((y) => y.cle === x.ligne);
    const c = l?.valeurs[x.colonne];
    const lu = c ? adresseA1(c.location.row, c.location.col) : "absente";
    if (lu !== x.cellule)
      valeurs.push(`${x.tableau} ${x.ligne}|${x.colonne} : ${lu} au lieu de ${x.cellule}`);
  }
  const indicateurs: string[] = [];
  for (const [cle, attendu] of Object.entries(v.attendus)) {
    const [id, p] = cle.split("|") as [string, string];
    const r = a.indicateurs.find(
      (i) => i.id === id && (i.perimetre.exercice ?? i.perimetre.cle) === p,
    );
    if (!r || r.valeur === null || !proche(r.valeur, attendu))
      indicateurs.push(`${cle} : ${r?.valeur ?? r?.raison ?? "absent"} au lieu de ${attendu}`);
  }
  const ou = (c: (typeof a.constats)[number]) =>
    c.locations.filter((l) => l.sheetName === v.onglet).map((l) => adresseA1(l.row, l.col));
  const semees = v.semees
    .filter((s) => !a.constats.some((c) => c.controle === s.controle && ou(c).includes(s.cellule)))
    .map((s) => `${s.controle} (${s.cellule})`);
  const cellulesSemees = new Set(v.semees.map((s) => s.cellule));
  const faussesErreurs = a.constats
    .filter((c) => c.gravite === "erreur" && c.locations.some((l) => l.sheetName === v.onglet))
    .filter((c) => !ou(c).some((x) => cellulesSemees.has(x)))
    .map((c) => `${c.controle} (${ou(c).join(", ")})`);
  return { tableaux, valeurs, indicateurs, semees, faussesErreurs };
}
