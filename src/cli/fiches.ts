import { dirname, extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../domain/classeur/snapshot";
import type { ContexteFiches } from "../domain/fiches";
import { messageEcriture } from "../gateway/xlsx/erreurs-systeme";
import { lireClasseurXlsx } from "../gateway/xlsx/lire-xlsx";
import { XlsxGateway } from "../gateway/xlsx/xlsx-gateway";
import { analyserInstantane, type AnalyseClasseur } from "../use-cases/analyser";
import { genererFiches } from "../use-cases/generer-fiches";
import { rendreFiches, type MessageFiches } from "./fiches-messages";
import { preparerImpression } from "./impression";
import { existe, memeFichier } from "./relecture/sortie-fichier";
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

/** Pourquoi la sortie est refusée, ou null. */
async function motifRefus(d: DemandeFiches): Promise<MessageFiches | null> {
  const params = { sortie: d.sortie };
  if (await memeFichier(d.diagnostic, d.sortie)) return { code: "sortie/diagnostic", params };
  if (extname(d.sortie).toLowerCase() !== ".xlsx") return { code: "sortie/extension", params };
  if (await existe(d.sortie)) return { code: "sortie/existe", params };
  if (!(await existe(dirname(resolve(d.sortie))))) return { code: "sortie/dossier", params };
  return null;
}

/** Pourquoi la sortie est refusée (message français), ou null. */
export async function refusSortie(d: DemandeFiches): Promise<string | null> {
  const m = await motifRefus(d);
  return m && rendreFiches(m);
}

const VIDE: WorkbookSnapshot = { sheets: [], settings: {} };

/** Écrit les fiches dans un classeur neuf, par la voie du volet (`genererFiches`), puis l'enregistre. */
async function ecrire(d: DemandeFiches, analyse: AnalyseClasseur) {
  const passerelle = new XlsxGateway(new ExcelJS.Workbook(), d.diagnostic);
  const { contexte } = await genererFiches(passerelle, analyse, {
    cible: VIDE,
    annee: d.annee,
    neutraliser: true,
    ouvrirPremiere: true,
  });
  passerelle.workbook.calcProperties.fullCalcOnLoad = true;
  preparerImpression(passerelle.workbook);
  await passerelle.enregistrerSous(d.sortie);
  return { wb: passerelle.workbook, contexte };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Ce que la commande dit du classeur créé. */
function bilan(d: DemandeFiches, wb: ExcelJS.Workbook, contexte: ContexteFiches): MessageFiches[] {
  const noms = (etat: string) => wb.worksheets.filter((w) => w.state === etat).map((w) => w.name);
  const visibles = noms("visible").join(", ");
  const masquees = noms("hidden").join(", ");
  return [
    { code: "bilan/cree", params: { sortie: d.sortie } },
    masquees
      ? { code: "bilan/feuilles-masquees", params: { visibles, masquees } }
      : { code: "bilan/feuilles", params: { visibles } },
    {
      code: "bilan/constats",
      params: {
        points: contexte.pointsAmelioration.length,
        alertes: contexte.indicateursEnAlerte.length,
      },
    },
    { code: "bilan/diagnostic-intact", params: { diagnostic: d.diagnostic } },
  ];
}

export async function commandeFiches(d: DemandeFiches, io: Sorties): Promise<number> {
  const refus = await motifRefus(d);
  if (refus) {
    io.err(`cpom-diagnostic : ${rendreFiches(refus)}\n`);
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
    const m = rendreFiches({
      code: "diagnostic/non-reconnu",
      params: { pourquoi: analyse.nonReconnu },
    });
    io.err(`cpom-diagnostic : ${m}\n`);
  }
  let ecrit: Awaited<ReturnType<typeof ecrire>>;
  try {
    ecrit = await ecrire(d, analyse);
  } catch (e) {
    io.err(`cpom-diagnostic : ${messageEcriture(e, d.sortie)}\n`);
    return 2;
  }
  io.out([...bilan(d, ecrit.wb, ecrit.contexte).map(rendreFiches), ""].join("\n"));
  return 0;
}
