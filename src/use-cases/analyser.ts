import { adresseA1 } from "../domain/classeur/adresse";
import type { DiagnosticRepere } from "../domain/classeur/modele";
import type { Location, WorkbookSnapshot } from "../domain/classeur/snapshot";
import type { OngletReconnu, TypeOnglet } from "../domain/classeur/types-onglet";
import { CONTROLES, creerVue, executerControles, rendreConstat } from "../domain/controles";
import type { Constat, ConstatRendu, Gravite } from "../domain/controles/types";
import type { EcartFormule, ResultatIndicateur } from "../domain/indicateurs";
import type { Completude } from "../domain/saisie";
import { analyserSommaire, marcheDe, type AnalyseSommaire } from "./analyser-sommaire";

/** Un constat prêt à afficher : la donnée, son texte français et une clé stable. */
export interface ConstatAffiche extends Constat, ConstatRendu {
  /**
   * Clé stable et unique (contrôle, message, cellules, paramètres ; rang si doublon exact) : clé
   * React et suivi des constats corrigés.
   */
  readonly cle: string;
  /** Onglet de la première cellule (null : constat sur le classeur entier). */
  readonly onglet: { readonly sheetId: string; readonly nom: string } | null;
}

export interface ResumeGravites {
  readonly erreurs: number;
  readonly alertes: number;
  readonly infos: number;
}

/** Tout ce que l'outil déduit d'un instantané : reconnaissance, repérage, complétude, calculs, contrôles. */
export interface AnalyseClasseur {
  readonly snapshot: WorkbookSnapshot;
  readonly onglets: readonly OngletReconnu[];
  readonly repere: DiagnosticRepere;
  readonly completude: Completude;
  readonly indicateurs: readonly ResultatIndicateur[];
  readonly ecarts: readonly EcartFormule[];
  readonly constats: readonly ConstatAffiche[];
  readonly resume: ResumeGravites;
  /** Aucun onglet reconnu : pourquoi, en français ; sinon null. */
  readonly nonReconnu: string | null;
}

export interface OptionsAnalyse {
  /** Gravité minimale des constats retenus (défaut : info, tout). */
  readonly gravite?: Gravite;
  /** Ne relancer que les contrôles de ces types d'onglets. */
  readonly onglets?: readonly TypeOnglet[];
}

/** Contrôle, message, cellules et paramètres : deux constats qui diffèrent ont deux clés. */
function cleDe(c: Constat): string {
  const cellules = c.locations.map((l) => `${l.sheetId}!${adresseA1(l.row, l.col)}`);
  const data = Object.keys(c.data)
    .sort()
    .map((k) => `${k}=${String(c.data[k])}`);
  return [c.controle, c.messageId, ...cellules, ...data].join("|");
}

function ongletDe(l: Location | undefined, parId: ReadonlyMap<string, OngletReconnu>) {
  if (!l) return null;
  const o = parId.get(l.sheetId);
  return { sheetId: l.sheetId, nom: o?.nom ?? l.sheetName };
}

/** Onglets par id de feuille (le premier l'emporte), pour nommer l'onglet de chaque constat. */
function parSheetId(onglets: readonly OngletReconnu[]): ReadonlyMap<string, OngletReconnu> {
  const m = new Map<string, OngletReconnu>();
  for (const o of onglets) if (!m.has(o.sheetId)) m.set(o.sheetId, o);
  return m;
}

export function resumer(constats: readonly Pick<Constat, "gravite">[]): ResumeGravites {
  const n = (g: Gravite) => constats.filter((c) => c.gravite === g).length;
  return { erreurs: n("erreur"), alertes: n("alerte"), infos: n("info") };
}

/** Qui analyse un instantané pour la session : ici, ou ailleurs (fil de travail du volet, ADR 0013). */
export type Analyseur = (snapshot: WorkbookSnapshot) => AnalyseClasseur | Promise<AnalyseClasseur>;

/** Analyse complète, pure et synchrone, d'un instantané (volet, ligne de commande, banc). */
export function analyserInstantane(
  snapshot: WorkbookSnapshot,
  options: OptionsAnalyse = {},
): AnalyseClasseur {
  return completerAnalyse(analyserSommaire(snapshot), options);
}

/**
 * Le reste de l'analyse (indicateurs, écarts, contrôles) à partir du sommaire déjà calculé
 * (`analyserSommaire`) : le volet montre le sommaire d'abord (ADR 0022) sans refaire ensuite la
 * reconnaissance, le repérage ni la complétude.
 */
export function completerAnalyse(
  sommaire: AnalyseSommaire,
  options: OptionsAnalyse = {},
): AnalyseClasseur {
  const { snapshot, onglets, repere } = sommaire;
  const vue = creerVue({ snapshot, onglets, repere, zones: marcheDe(repere) });
  const bruts = executerControles(vue, options);
  const vues = new Map<string, number>();
  const parId = parSheetId(onglets);
  const constats = bruts.map((c) => {
    const base = cleDe(c);
    const rang = vues.get(base) ?? 0;
    vues.set(base, rang + 1);
    return {
      ...c,
      ...rendreConstat(c, CONTROLES),
      cle: rang === 0 ? base : `${base}#${rang}`,
      onglet: ongletDe(c.locations[0], parId),
    };
  });
  return {
    snapshot,
    onglets,
    repere,
    completude: sommaire.completude,
    indicateurs: vue.indicateurs(),
    ecarts: vue.ecartsFormules(),
    constats,
    resume: resumer(constats),
    nonReconnu: sommaire.nonReconnu,
  };
}
