import { adresseA1 } from "../domain/classeur/adresse";
import type { Location } from "../domain/classeur/snapshot";
import type { Gravite } from "../domain/controles/types";
import type { ResultatIndicateur, Unite } from "../domain/indicateurs/types";
import type { CodeFichier } from "../gateway/erreurs-fichier";
import type { AnalyseClasseur } from "../use-cases/analyser";

/**
 * Le document JSON de `cpom-diagnostic analyser --json` (schéma : docs/cli.md). Ces types sont le
 * contrat public de la commande : ajouter une clé ou changer un type est un changement de version.
 */

export type UniteJson = "%" | "jours" | "€" | "ans" | "nombre";

export interface OngletJson {
  readonly nom: string;
  readonly type: string;
  readonly visible: boolean;
  readonly saisies: { readonly total: number; readonly remplies: number };
}

export interface IndicateurJson {
  readonly id: string;
  readonly libelle: string;
  readonly onglet: string;
  readonly cellule: string | null;
  readonly perimetre: string;
  readonly valeur: number | null;
  readonly unite: UniteJson;
}

export interface ConstatJson {
  readonly controle: string;
  readonly gravite: Gravite;
  readonly onglet: string | null;
  readonly cellule: string | null;
  readonly cellules: readonly string[];
  readonly message: string;
  readonly correction: string;
}

export interface ErreurJson {
  /** Code stable (docs/cli.md, « Codes d'erreur ») : `chiffre`, `endommage`, `trop-volumineux`… */
  readonly code: CodeFichier;
  /** Ce qui ne va pas et quoi faire. */
  readonly message: string;
  /** Quoi faire, seul. */
  readonly conseil: string;
}

export interface FichierJson {
  readonly fichier: string;
  readonly statut: "analyse" | "illisible";
  readonly erreur?: ErreurJson;
  /** Ce que la lecture a corrigé (plage ou fusion démesurée…), en français ; souvent vide. */
  readonly avertissements: readonly string[];
  readonly onglets: readonly OngletJson[];
  readonly indicateurs: readonly IndicateurJson[];
  readonly constats: readonly ConstatJson[];
}

export interface ResumeJson {
  readonly fichiers: number;
  readonly illisibles: number;
  readonly erreurs: number;
  readonly alertes: number;
  readonly infos: number;
}

export interface DocumentJson {
  readonly outil: "cpom-diagnostic";
  readonly version: string;
  readonly fichiers: readonly FichierJson[];
  readonly resume: ResumeJson;
}

/** Unités du schéma : « ratio » et « ETP » sont des nombres sans unité propre dans le JSON. */
const UNITES: Readonly<Record<Unite, UniteJson>> = {
  "%": "%",
  jours: "jours",
  "€": "€",
  ans: "ans",
  nombre: "nombre",
  ratio: "nombre",
  ETP: "nombre",
};

const a1 = (l: Pick<Location, "row" | "col">) => adresseA1(l.row, l.col);

/** Périmètre : FINESS, secteur, autorité ou « organisme » ; « /exercice » s'il y en a un. */
function perimetre(r: ResultatIndicateur): string {
  const { cle, exercice } = r.perimetre;
  return exercice ? `${cle}/${exercice}` : cle;
}

function indicateur(r: ResultatIndicateur, a: AnalyseClasseur): IndicateurJson {
  const onglet =
    r.location?.sheetName ?? a.onglets.find((o) => o.type === r.onglet)?.nom ?? r.onglet;
  return {
    id: r.id,
    libelle: r.libelle,
    onglet,
    cellule: r.location ? a1(r.location) : null,
    perimetre: perimetre(r),
    valeur: r.valeur !== null && Number.isFinite(r.valeur) ? r.valeur : null,
    unite: UNITES[r.unite] ?? "nombre",
  };
}

/** Ce que l'analyse d'un classeur donne dans le document JSON. */
export function fichierAnalyse(
  fichier: string,
  a: AnalyseClasseur,
  avertissements: readonly string[] = [],
): FichierJson {
  const saisies = new Map(a.completude.parOnglet.map((o) => [o.sheetId, o]));
  return {
    fichier,
    statut: "analyse",
    avertissements,
    onglets: a.onglets.map((o) => {
      const s = saisies.get(o.sheetId);
      return {
        nom: o.nom,
        type: o.type,
        visible: o.visible,
        saisies: { total: s?.total ?? 0, remplies: s?.remplies ?? 0 },
      };
    }),
    indicateurs: a.indicateurs.map((r) => indicateur(r, a)),
    constats: a.constats.map((c) => ({
      controle: c.controle,
      gravite: c.gravite,
      onglet: c.onglet?.nom ?? null,
      cellule: c.locations[0] ? a1(c.locations[0]) : null,
      cellules: c.locations.map(a1),
      message: c.message,
      correction: c.correction,
    })),
  };
}

export function fichierIllisible(fichier: string, erreur: ErreurJson): FichierJson {
  return {
    fichier,
    statut: "illisible",
    erreur,
    avertissements: [],
    onglets: [],
    indicateurs: [],
    constats: [],
  };
}

export function resumer(fichiers: readonly FichierJson[]): ResumeJson {
  const constats = fichiers.flatMap((f) => f.constats);
  const n = (g: Gravite) => constats.filter((c) => c.gravite === g).length;
  return {
    fichiers: fichiers.length,
    illisibles: fichiers.filter((f) => f.statut === "illisible").length,
    erreurs: n("erreur"),
    alertes: n("alerte"),
    infos: n("info"),
  };
}

/** 2 si un fichier est illisible ; sinon 1 s'il reste un constat « erreur » ; sinon 0. */
export function codeDeSortie(resume: ResumeJson): 0 | 1 | 2 {
  if (resume.illisibles > 0) return 2;
  return resume.erreurs > 0 ? 1 : 0;
}
