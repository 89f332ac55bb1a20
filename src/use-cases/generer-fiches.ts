import type { WorkbookSnapshot } from "../domain/classeur/snapshot";
import { neutraliserFormule } from "../domain/export/neutraliser";
import {
  contexteDepuisRepere,
  genererFiche,
  genererFichesSocle,
  type ContexteFiches,
  type DemandeFiche,
} from "../domain/fiches";
import { assertNothingLost, type PlanGarde } from "../domain/plan/garde";
import { ecrirePlan } from "./ecrire-plan";
import type { PlanOperation, WritePlan } from "../domain/plan/types";
import type { ApplyResult, WorkbookGateway } from "../gateway/port";
import type { AnalyseClasseur } from "./analyser";

/**
 * Générer les fiches-objectifs (ADR 0016) : une seule voie pour le volet (dans le classeur analysé)
 * et la ligne de commande (dans un classeur neuf) — contexte tiré de l'analyse, plan, garde
 * « rien de perdu », écriture par la passerelle. Ce qui suit (relire, enregistrer) reste à l'appelant.
 */

export interface OptionsFiches {
  /** Le classeur où écrire : celui qui a été analysé (défaut), ou un classeur neuf (CLI). */
  readonly cible?: WorkbookSnapshot;
  /** Année des fiches, si elle n'est pas celle du diagnostic. */
  readonly annee?: number | null;
  /** Textes repris du diagnostic neutralisés : jamais des formules (adaptateur fichier, ADR 0009). */
  readonly neutraliser?: boolean;
  /** Le classeur s'ouvre sur la première fiche visible (classeur neuf). */
  readonly ouvrirPremiere?: boolean;
}

export interface FichesPlanifiees {
  readonly plan: PlanGarde;
  readonly contexte: ContexteFiches;
}

export interface FichesGenerees extends FichesPlanifiees {
  readonly resultat: ApplyResult;
}

/** Les textes repris du diagnostic reçu ne deviennent jamais des formules dans les fiches. */
function neutraliser(c: ContexteFiches): ContexteFiches {
  return {
    ...c,
    pointsAmelioration: c.pointsAmelioration.map((p) => ({
      ...p,
      thematique: neutraliserFormule(p.thematique),
      texte: neutraliserFormule(p.texte),
    })),
    esms: c.esms.map((e) => ({
      finess: neutraliserFormule(e.finess),
      nom: neutraliserFormule(e.nom),
    })),
  };
}

/** Ce que les fiches reprennent de l'analyse (constats, indicateurs en alerte, ESMS, année). */
export function contexteFiches(
  analyse: AnalyseClasseur,
  options: OptionsFiches = {},
): ContexteFiches {
  const contexte: ContexteFiches = {
    ...contexteDepuisRepere(analyse.repere, analyse.indicateurs),
    ...(options.annee ? { annee: options.annee } : {}),
  };
  return options.neutraliser ? neutraliser(contexte) : contexte;
}

const A1 = { top: 0, left: 0, bottom: 0, right: 0 };

/** Le plan, terminé par la sélection de la première feuille visible qu'il ajoute. */
function ouvrirSurPremiere(plan: WritePlan): WritePlan {
  const premiere = plan.operations.find(
    (o): o is Extract<PlanOperation, { kind: "addSheet" }> =>
      o.kind === "addSheet" && o.visibility !== "Hidden",
  );
  const selection: PlanOperation[] = premiere
    ? [{ kind: "select", sheet: { newSheet: premiere.name }, ranges: [A1] }]
    : [];
  return { ...plan, operations: [...plan.operations, ...selection] };
}

/** Plan gardé des fiches socle, du suivi et des listes (pur). */
export function planifierFichesSocle(
  analyse: AnalyseClasseur,
  options: OptionsFiches = {},
): FichesPlanifiees {
  const cible = options.cible ?? analyse.snapshot;
  const contexte = contexteFiches(analyse, options);
  // Le repère de l'analyse ne vaut que pour le classeur analysé (pas pour un classeur neuf).
  const repere = cible === analyse.snapshot ? analyse.repere : undefined;
  const brut = genererFichesSocle(cible, contexte, repere);
  const plan = assertNothingLost(cible, options.ouvrirPremiere ? ouvrirSurPremiere(brut) : brut);
  return { plan, contexte };
}

/** Plan gardé d'une fiche demandée (objectif socle ou spécifique), dans le classeur analysé (pur). */
export function planifierFiche(analyse: AnalyseClasseur, demande: DemandeFiche): PlanGarde {
  const plan = genererFiche(analyse.snapshot, contexteFiches(analyse), demande, analyse.repere);
  return assertNothingLost(analyse.snapshot, plan);
}

/** Écrit un plan gardé ; un plan vide n'est pas confié à la passerelle. */
export { ecrirePlan };

/** Les fiches socle, planifiées puis écrites par `gateway`. */
export async function genererFiches(
  gateway: Pick<WorkbookGateway, "apply">,
  analyse: AnalyseClasseur,
  options: OptionsFiches = {},
): Promise<FichesGenerees> {
  const f = planifierFichesSocle(analyse, options);
  return { ...f, resultat: await ecrirePlan(gateway, f.plan) };
}
