import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance";
import { localiser } from "../../../src/domain/classeur/reperage/localiser";
import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { genererFichesSocle } from "../../../src/domain/fiches/generer";
import { calculerIndicateurs } from "../../../src/domain/indicateurs";
import { contexteDepuisRepere, type ContexteFiches } from "../../../src/domain/fiches/constats";
import {
  lireFiche,
  type CelluleFiche,
  type FicheLue,
} from "../../../src/domain/classeur/reperage/fiches/lire-fiche";
import { appliquerPlan } from "../../../src/domain/plan/simulation";
import { assertNothingLost } from "../../../src/domain/plan/garde";
import type { PlanOperation, WritePlan, WriteValue } from "../../../src/domain/plan/types";

/** Outils des tests des fiches : classeur vide, contexte, application vérifiée, saisie par libellé. */

export const VIDE: WorkbookSnapshot = { sheets: [], settings: {} };

export const CONTEXTE: ContexteFiches = {
  pointsAmelioration: [
    {
      axe: "axe-1-1",
      thematique: "Transition vers l'âge adulte",
      texte: "Les stages en ESAT restent ponctuels et dépendent des places disponibles.",
    },
    { axe: "axe-3", thematique: "Ressources humaines", texte: "Absentéisme en hausse." },
  ],
  indicateursEnAlerte: [
    {
      libelle: "Jeunes adultes en amendement Creton (organisme)",
      valeur: "9",
      message: "Des jeunes adultes sont maintenus au titre de l'amendement Creton.",
      id: "creton.total",
      onglet: "2-F",
    },
  ],
  esms: [
    { finess: "440000024", nom: "IME Les Tilleuls" },
    { finess: "440000032", nom: "IEM Le Verger" },
  ],
  annee: 2025,
};

/** Vérifie la garde puis applique le plan en mémoire. */
export function appliquer(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  assertNothingLost(snapshot, plan);
  return appliquerPlan(snapshot, plan);
}

export function fiche(snapshot: WorkbookSnapshot, nom: string): FicheLue {
  const sheet = snapshot.sheets.find((s) => s.name === nom);
  const f = sheet && lireFiche(sheet);
  if (!f) throw new Error(`Pas de fiche « ${nom} »`);
  return f;
}

/** Saisie « comme l'utilisateur » (écrase), cellules repérées par `lireFiche`. */
export function saisir(
  snapshot: WorkbookSnapshot,
  nom: string,
  choix: (f: FicheLue) => readonly (readonly [CelluleFiche | undefined, WriteValue, string?])[],
): WorkbookSnapshot {
  const f = fiche(snapshot, nom);
  const operations: PlanOperation[] = [];
  for (const [c, v, format] of choix(f)) {
    if (!c) throw new Error("Cellule non repérée");
    const sheet = { sheetId: f.sheetId };
    const { row, col } = c.location;
    operations.push({ kind: "setValues", sheet, row, col, values: [[v]] });
    if (format)
      operations.push({
        kind: "setFormat",
        sheet,
        range: { top: row, left: col, bottom: row, right: col },
        format: { numberFormat: format },
      });
  }
  return appliquerPlan(snapshot, { titre: "Saisie", operations });
}

export const ajouts = (plan: WritePlan): string[] =>
  plan.operations.flatMap((o) => (o.kind === "addSheet" ? [o.name] : []));

/**
 * L'instantané du classeur d'exemple (`npm run exemples`), et le même avec les fiches socle et le
 * tableau de suivi générés par le complément (contexte tiré de son repère).
 */
export function exempleEtFichesSocle(): {
  readonly sansFiche: WorkbookSnapshot;
  readonly avecFiches: WorkbookSnapshot;
} {
  const chemin = join(__dirname, "../../../assets/exemples/diagnostic-exemple.instantane.json");
  const sansFiche = JSON.parse(readFileSync(chemin, "utf8")) as WorkbookSnapshot;
  const repere = localiser(sansFiche, reconnaitreOnglets(sansFiche));
  const contexte = contexteDepuisRepere(repere, calculerIndicateurs(repere));
  return {
    sansFiche,
    avecFiches: appliquerPlan(sansFiche, genererFichesSocle(sansFiche, contexte)),
  };
}
