import { constants } from "node:fs";
import { access, realpath, stat } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../domain/classeur/snapshot";
import { contexteDepuisRepere, genererFichesSocle, type ContexteFiches } from "../domain/fiches";
import { neutraliserFormule } from "../domain/export/neutraliser";
import { assertNothingLost } from "../domain/plan/garde";
import type { PlanOperation, WritePlan } from "../domain/plan/types";
import { messageEcriture } from "../gateway/xlsx/erreurs-systeme";
import { lireClasseurXlsx } from "../gateway/xlsx/lire-xlsx";
import { XlsxGateway } from "../gateway/xlsx/xlsx-gateway";
import { analyserInstantane } from "../use-cases/analyser";
import { preparerImpression } from "./impression";
import type { Sorties } from "./sorties";

/**
 * `fiches <diagnostic> --sortie <fiches.xlsx>` : les fiches socle, le suivi et les listes, générés
 * pour un classeur vide (toutes les fiches), pré-remplis depuis le diagnostic, écrits dans un
 * NOUVEAU fichier. Le diagnostic est seulement lu ; un fichier existant n'est jamais écrasé.
 */

export interface DemandeFiches {
  readonly diagnostic: string;
  readonly sortie: string;
  readonly annee: number | null;
}

const existe = (chemin: string) =>
  access(chemin, constants.F_OK).then(
    () => true,
    () => false,
  );

async function memeFichier(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

/** Pourquoi la sortie est refusée (message français), ou null. */
export async function refusSortie(d: DemandeFiches): Promise<string | null> {
  if (await memeFichier(d.diagnostic, d.sortie)) {
    return `La sortie « ${d.sortie} » est le diagnostic lu : le diagnostic n'est jamais réécrit. Indiquez un autre nom avec --sortie.`;
  }
  if (extname(d.sortie).toLowerCase() !== ".xlsx") {
    return `La sortie « ${d.sortie} » doit se terminer par .xlsx (le classeur créé ne contient pas de macros). Indiquez par exemple --sortie fiches.xlsx.`;
  }
  if (await existe(d.sortie)) {
    return `Le fichier « ${d.sortie} » existe déjà : il n'est jamais écrasé. Choisissez un autre nom, ou déplacez l'ancien fichier.`;
  }
  if (!(await existe(dirname(resolve(d.sortie))))) {
    return `Le dossier de « ${d.sortie} » n'existe pas : créez-le, ou indiquez un autre chemin avec --sortie.`;
  }
  return null;
}

const VIDE: WorkbookSnapshot = { sheets: [], settings: {} };
const A1 = { top: 0, left: 0, bottom: 0, right: 0 };

/** Plan des fiches socle pour un classeur vide, qui s'ouvre sur la première fiche. */
function planFiches(contexte: ContexteFiches): WritePlan {
  const plan = genererFichesSocle(VIDE, contexte);
  const premiere = plan.operations.find(
    (o): o is Extract<PlanOperation, { kind: "addSheet" }> =>
      o.kind === "addSheet" && o.visibility !== "Hidden",
  );
  const selection: PlanOperation[] = premiere
    ? [{ kind: "select", sheet: { newSheet: premiere.name }, ranges: [A1] }]
    : [];
  return { ...plan, operations: [...plan.operations, ...selection] };
}

async function ecrire(d: DemandeFiches, plan: WritePlan): Promise<ExcelJS.Workbook> {
  assertNothingLost(VIDE, plan);
  const passerelle = new XlsxGateway(new ExcelJS.Workbook(), d.diagnostic);
  await passerelle.apply(plan);
  passerelle.workbook.calcProperties.fullCalcOnLoad = true;
  preparerImpression(passerelle.workbook);
  await passerelle.enregistrerSous(d.sortie);
  return passerelle.workbook;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

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

export async function commandeFiches(d: DemandeFiches, io: Sorties): Promise<number> {
  const refus = await refusSortie(d);
  if (refus) {
    io.err(`cpom-diagnostic : ${refus}\n`);
    return 2;
  }
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await lireClasseurXlsx(d.diagnostic);
  } catch (e) {
    io.err(`cpom-diagnostic : ${message(e)}\n`);
    return 2;
  }
  const analyse = analyserInstantane(snapshot);
  if (analyse.nonReconnu) {
    io.err(
      `cpom-diagnostic : attention, ${analyse.nonReconnu} Les fiches sont créées sans constats pré-remplis.\n`,
    );
  }
  const contexte: ContexteFiches = neutraliser({
    ...contexteDepuisRepere(analyse.repere, analyse.indicateurs),
    ...(d.annee ? { annee: d.annee } : {}),
  });
  let wb: ExcelJS.Workbook;
  try {
    wb = await ecrire(d, planFiches(contexte));
  } catch (e) {
    io.err(`cpom-diagnostic : ${messageEcriture(e, d.sortie)}\n`);
    return 2;
  }
  const noms = (etat: string) => wb.worksheets.filter((w) => w.state === etat).map((w) => w.name);
  const masquees = noms("hidden");
  io.out(
    [
      `Classeur créé : « ${d.sortie} »`,
      `  Feuilles : ${noms("visible").join(", ")}${masquees.length ? ` ; masquée : ${masquees.join(", ")}` : ""}`,
      `  Constats pré-remplis depuis le diagnostic : ${contexte.pointsAmelioration.length} point(s) d'amélioration, ${contexte.indicateursEnAlerte.length} indicateur(s) en alerte`,
      `  Le diagnostic « ${d.diagnostic} » n'a pas été modifié.`,
      "",
    ].join("\n"),
  );
  return 0;
}
