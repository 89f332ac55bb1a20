import { adresseZone } from "../../domain/classeur/adresse";
import type { Location } from "../../domain/classeur/snapshot";
import type { WorkbookSnapshot } from "../../domain/classeur/snapshot";
import type { PlanGarde } from "../../domain/plan/garde";
import {
  type ApplyResult,
  GatewayError,
  type OptionsAllerA,
  type SnapshotRequest,
  type WorkbookGateway,
} from "../port";
import { appliquerPlan } from "./ecriture";
import { abonnerChangements, lireSelection } from "./evenements";
import { avecExcel, codeExcel, type EspaceExcel } from "./erreurs";
import { lireInstantane, type OptionsLecture } from "./lecture";
import { lirePartieXmlOffice } from "./parties-xml";

type Cible = Parameters<WorkbookGateway["goTo"]>[0];

/**
 * Passerelle Office.js : lecture groupée (≤ 2 sync pour un classeur ordinaire), écriture d'un plan
 * en un lot, navigation. Reçoit l'espace de noms `Excel` (le vrai, ou celui de l'hôte simulé).
 */
export class OfficeGateway implements WorkbookGateway {
  /** Visibilité des feuilles vue à la dernière lecture (évite une sync pour aller à une cellule). */
  private readonly visibilites = new Map<string, string>();

  constructor(
    private readonly excel: EspaceExcel,
    private readonly options: OptionsLecture = {},
  ) {}

  async readSnapshot(request: SnapshotRequest = {}): Promise<WorkbookSnapshot> {
    const snap = await avecExcel(this.excel, "Lecture du classeur", (ctx) =>
      lireInstantane(ctx, request, this.options),
    );
    this.visibilites.clear();
    for (const s of snap.sheets) this.visibilites.set(s.id, s.visibility);
    return snap;
  }

  apply(plan: PlanGarde): Promise<ApplyResult> {
    return avecExcel(this.excel, plan.titre, (ctx) => appliquerPlan(ctx, plan));
  }

  /**
   * Aller à une cellule : si la feuille est masquée, l'afficher seulement avec
   * `afficherMasquee` (sinon `SheetHidden`, l'interface demande d'abord) ; activer, sync,
   * sélectionner, sync (notes §8, #5118). 2 sync (3 si la feuille était masquée à la lecture).
   */
  goTo(cible: Cible, options: OptionsAllerA = {}): Promise<void> {
    const refuser = (nom: string) => {
      throw new GatewayError(
        "SheetHidden",
        `L'onglet « ${nom} » est masqué : il n'a pas été affiché. Acceptez de l'afficher pour y aller (il restera visible ; Format › Masquer pour le masquer à nouveau).`,
        cible.sheetId,
      );
    };
    const zones =
      "ranges" in cible
        ? cible.ranges
        : [{ top: cible.row, left: cible.col, bottom: cible.row, right: cible.col }];
    return avecExcel(this.excel, "Navigation", async (ctx) => {
      const f = ctx.workbook.worksheets.getItem(cible.sheetId);
      if (this.visibilites.get(cible.sheetId) !== "Visible") {
        f.load("visibility,name");
        await ctx.sync();
        if (f.visibility !== "Visible") {
          if (!options.afficherMasquee) refuser(f.name);
          f.visibility = "Visible";
        }
      }
      f.activate();
      try {
        await ctx.sync();
      } catch (e) {
        if (codeExcel(e) !== "InvalidOperation") throw e;
        // Masquée depuis la dernière lecture : demander avant de l'afficher.
        f.load("visibility,name");
        await ctx.sync();
        if (f.visibility === "Visible") throw e;
        this.visibilites.set(cible.sheetId, f.visibility);
        if (!options.afficherMasquee) refuser(f.name);
        f.visibility = "Visible";
        f.activate();
        await ctx.sync();
      }
      this.visibilites.set(cible.sheetId, "Visible");
      const z = zones[0];
      if (!z) return;
      if (zones.length === 1)
        f.getRangeByIndexes(z.top, z.left, z.bottom - z.top + 1, z.right - z.left + 1).select();
      else f.getRanges(zones.map(adresseZone).join(",")).select();
      await ctx.sync();
    });
  }

  readSelection(): Promise<Location | null> {
    return lireSelection(this.excel);
  }

  subscribeChanges(listener: (sheetId: string) => void): Promise<() => Promise<void>> {
    return abonnerChangements(this.excel, listener);
  }

  readCustomXml(namespace: string): Promise<string | null> {
    return lirePartieXmlOffice(this.excel, namespace);
  }
}
