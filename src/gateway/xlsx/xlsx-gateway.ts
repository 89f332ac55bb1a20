import { constants } from "node:fs";
import { access, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import { grilleVide } from "../../domain/classeur/feuille-vide";
import type { WorkbookSnapshot } from "../../domain/classeur/snapshot";
import type { PlanGarde } from "../../domain/plan/garde";
import type { PlanOperation, SheetRef } from "../../domain/plan/types";
import {
  type ApplyResult,
  GatewayError,
  type SnapshotRequest,
  type WorkbookGateway,
} from "../port";
import { nomLibre, refusNomFeuille } from "../commun/nom-feuille";
import {
  ajouterListe,
  ajouterMfc,
  appliquerFormat,
  appliquerMiseEnPage,
  celluleA1,
  ecrireCellule,
  pourZone,
  retirerMfc,
  verifierEcriture,
} from "./ecriture-xlsx";
import { instantaneClasseur } from "./lire-xlsx";
import { ouvrirClasseur, type SourceClasseur } from "./ouvrir";

type Cible = Parameters<WorkbookGateway["goTo"]>[0];

/**
 * Passerelle fichier : un classeur ExcelJS en mémoire. Le fichier d'entrée n'est jamais réécrit :
 * `enregistrerSous` écrit un **nouveau** fichier. Les paramètres (`setSetting`) restent en mémoire.
 */
export class XlsxGateway implements WorkbookGateway {
  private settings: Record<string, unknown> = {};

  constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly cheminEntree?: string,
  ) {}

  static async ouvrir(source: SourceClasseur): Promise<XlsxGateway> {
    return new XlsxGateway(
      await ouvrirClasseur(source),
      typeof source === "string" ? source : undefined,
    );
  }

  async readSnapshot(request: SnapshotRequest = {}): Promise<WorkbookSnapshot> {
    const snap = instantaneClasseur(this.workbook, { ...this.settings });
    request.onProgress?.(1, "Classeur lu");
    if (!request.sheetIds) return snap;
    const vide = { ...grilleVide(), bold: [] };
    return {
      ...snap,
      sheets: snap.sheets.map((s) => (request.sheetIds!.includes(s.id) ? s : { ...s, ...vide })),
    };
  }

  private feuille(ref: SheetRef, nouvelles: Map<string, ExcelJS.Worksheet>): ExcelJS.Worksheet {
    const ws =
      "sheetId" in ref
        ? this.workbook.worksheets.find((w) => String(w.id) === ref.sheetId)
        : nouvelles.get(ref.newSheet);
    if (!ws)
      throw new GatewayError(
        "ItemNotFound",
        "L'onglet a été renommé ou supprimé ; relancez l'analyse.",
        JSON.stringify(ref),
      );
    return ws;
  }

  async apply(plan: PlanGarde): Promise<ApplyResult> {
    const nouvelles = new Map<string, ExcelJS.Worksheet>();
    const sheetNames: Record<string, string> = {};
    const pris = new Set(this.workbook.worksheets.map((w) => w.name.toLowerCase()));
    for (const o of plan.operations) this.executer(o, nouvelles, sheetNames, pris);
    return { sheetNames };
  }

  private executer(
    o: PlanOperation,
    nouvelles: Map<string, ExcelJS.Worksheet>,
    sheetNames: Record<string, string>,
    pris: Set<string>,
  ): void {
    if (o.kind === "addSheet") {
      const refus = refusNomFeuille(o.name);
      if (refus)
        throw new GatewayError(
          "InvalidArgument",
          `Opération refusée (nom de feuille invalide : ${refus}).`,
          o.name,
        );
      const nom = nomLibre(o.name, pris);
      pris.add(nom.toLowerCase());
      sheetNames[o.name] = nom;
      const ws = this.workbook.addWorksheet(nom, {
        state: o.visibility === "Hidden" ? "hidden" : "visible",
        ...(o.tabColor ? { properties: { tabColor: { argb: `FF${o.tabColor}` } } } : {}),
      });
      nouvelles.set(o.name, ws);
      return;
    }
    if (o.kind === "setSetting") {
      this.settings[o.key] = JSON.parse(JSON.stringify(o.value ?? null));
      return;
    }
    const ws = this.feuille(o.sheet, nouvelles);
    switch (o.kind) {
      case "setValues":
      case "setFormulas": {
        const g = o.kind === "setValues" ? o.values : o.formulas;
        const largeur = Math.max(1, ...g.map((l) => l.length));
        const z = {
          top: o.row,
          left: o.col,
          bottom: o.row + g.length - 1,
          right: o.col + largeur - 1,
        };
        verifierEcriture(ws, z, false);
        g.forEach((ligne, i) =>
          ligne.forEach((v, j) => ecrireCellule(ws.getCell(o.row + i + 1, o.col + j + 1), v)),
        );
        return;
      }
      case "setFormat":
        verifierEcriture(ws, o.range, true);
        return appliquerFormat(ws, o.range, o.format);
      case "merge":
        verifierEcriture(ws, o.range, true);
        pourZone(
          o.range,
          (r, c) =>
            (r !== o.range.top || c !== o.range.left) &&
            ecrireCellule(ws.getCell(r + 1, c + 1), ""),
        );
        ws.mergeCells(o.range.top + 1, o.range.left + 1, o.range.bottom + 1, o.range.right + 1);
        return;
      case "setColumnWidth":
        ws.getColumn(o.col + 1).width = Math.max(0, (o.widthPt * 4) / 3 - 5) / 7;
        return;
      case "setRowHeight":
        ws.getRow(o.row + 1).height = o.heightPt;
        return;
      case "addListValidation":
        verifierEcriture(ws, o.range, true);
        return ajouterListe(ws, o.range, o.source);
      case "addConditionalFormat":
        verifierEcriture(ws, o.range, true);
        return ajouterMfc(ws, o.range, o.formula, o.fill);
      case "setPageLayout":
        return appliquerMiseEnPage(ws, o.layout);
      case "removeMarkedConditionalFormats":
        return retirerMfc(ws, o.marker);
      case "select":
        return this.selectionner(ws, o.ranges[0]);
    }
  }

  private selectionner(ws: ExcelJS.Worksheet, z: { top: number; left: number } | undefined): void {
    ws.state = "visible";
    ws.views = [{ state: "normal", activeCell: z ? celluleA1(z.top, z.left) : "A1" }];
    const index = this.workbook.worksheets.indexOf(ws);
    this.workbook.views = [
      { ...(this.workbook.views?.[0] ?? {}), activeTab: index } as ExcelJS.WorkbookView,
    ];
  }

  async goTo(cible: Cible): Promise<void> {
    const z = "ranges" in cible ? cible.ranges[0] : { top: cible.row, left: cible.col };
    this.selectionner(this.feuille({ sheetId: cible.sheetId }, new Map()), z);
  }

  /** Écrit un nouveau fichier ; refuse le fichier d'entrée et tout fichier existant. */
  async enregistrerSous(chemin: string): Promise<void> {
    const cible = resolve(chemin);
    if (this.cheminEntree && resolve(this.cheminEntree) === cible) {
      throw new GatewayError(
        "NothingLost",
        `Refus de réécrire le fichier d'entrée « ${chemin} » : choisissez un autre nom de fichier.`,
      );
    }
    const existe = await access(cible, constants.F_OK).then(
      () => true,
      () => false,
    );
    if (existe)
      throw new GatewayError(
        "NothingLost",
        `Le fichier « ${chemin} » existe déjà : choisissez un autre nom (rien n'est écrasé).`,
      );
    const octets = await this.workbook.xlsx.writeBuffer();
    await writeFile(cible, Buffer.from(octets as ArrayBuffer), { flag: "wx" });
  }
}
