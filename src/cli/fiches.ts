import { constants } from "node:fs";
import { access, realpath, stat } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../domain/classeur/snapshot";
import { contexteDepuisRepere, genererFichesSocle } from "../domain/fiches";
import { assertNothingLost } from "../domain/plan/garde";
import { GatewayError } from "../gateway/port";
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
    io.err(`cpom-diagnostic : ${e instanceof GatewayError ? e.message : String(e)}\n`);
    return 2;
  }
  const analyse = analyserInstantane(snapshot);
  if (analyse.nonReconnu) {
    io.err(
      `cpom-diagnostic : attention, ${analyse.nonReconnu} Les fiches sont créées sans constats pré-remplis.\n`,
    );
  }
  const contexte = {
    ...contexteDepuisRepere(analyse.repere, analyse.indicateurs),
    ...(d.annee ? { annee: d.annee } : {}),
  };
  const plan = genererFichesSocle(VIDE, contexte);
  assertNothingLost(VIDE, plan);
  const passerelle = new XlsxGateway(new ExcelJS.Workbook(), d.diagnostic);
  const { sheetNames } = await passerelle.apply(plan);
  const wb = passerelle.workbook;
  wb.calcProperties.fullCalcOnLoad = true;
  preparerImpression(wb);
  const premiere = wb.worksheets.findIndex((w) => w.state === "visible");
  wb.views = [{ activeTab: Math.max(0, premiere), firstSheet: Math.max(0, premiere) } as never];
  try {
    await passerelle.enregistrerSous(d.sortie);
  } catch (e) {
    io.err(
      `cpom-diagnostic : ${e instanceof GatewayError ? e.message : `écriture de « ${d.sortie} » impossible (${String(e)}).`}\n`,
    );
    return 2;
  }
  const noms = Object.values(sheetNames);
  const visibles = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
  const masquees = noms.filter((n) => !visibles.includes(n));
  io.out(
    [
      `Classeur créé : « ${d.sortie} »`,
      `  Feuilles : ${visibles.join(", ")}${masquees.length ? ` ; masquée : ${masquees.join(", ")}` : ""}`,
      `  Constats pré-remplis depuis le diagnostic : ${contexte.pointsAmelioration.length} point(s) d'amélioration, ${contexte.indicateursEnAlerte.length} indicateur(s) en alerte`,
      `  Le diagnostic « ${d.diagnostic} » n'a pas été modifié.`,
      "",
    ].join("\n"),
  );
  return 0;
}
