import { COLONNES_MAX, LIGNES_MAX, lireAdresse } from "./adresses";
import type { ContexteBase } from "./contexte";
import { erreur } from "./erreurs";
import type { ArgsChangement } from "./hote";
import { type FeuilleModele, plageUtilisee, refusNomFeuille } from "./modele";
import { PageLayout } from "./mise-en-page";
import { enfilerAppel, ObjetClient, ObjetSimple } from "./objet-client";
import { Range } from "./plage";
import { RangeAreas } from "./zones";

/** Vérifie un nom de feuille comme Excel : `InvalidArgument` ou `ItemAlreadyExists`. */
export function verifierNom(ctx: ContexteBase, nom: unknown, sauf?: FeuilleModele): string {
  const refus = refusNomFeuille(nom);
  if (refus)
    throw erreur("InvalidArgument", `Nom de feuille invalide (${refus}) : « ${String(nom)} ».`);
  const n = String(nom);
  if (
    ctx.hote.modele.feuilles.some((f) => f !== sauf && f.name.toLowerCase() === n.toLowerCase())
  ) {
    throw erreur("ItemAlreadyExists", `Une feuille porte déjà le nom « ${n} ».`);
  }
  return n;
}

/** Gestionnaires d'événements `onChanged` (feuille ou collection « * »). */
export function evenement(ctx: ContexteBase, cleG: () => string) {
  return {
    add(handler: (args: ArgsChangement) => unknown) {
      let cle = "";
      enfilerAppel(ctx, "onChanged.add", [], () => {
        cle = cleG();
        const g = ctx.hote.gestionnaires;
        g.set(cle, new Set([...(g.get(cle) ?? []), handler]));
      });
      return {
        context: ctx,
        remove: () =>
          enfilerAppel(
            ctx,
            "onChanged.remove",
            [],
            () => void ctx.hote.gestionnaires.get(cle)?.delete(handler),
          ),
      };
    },
  };
}

/** `Excel.Worksheet`. */
export class Worksheet extends ObjetClient<FeuilleModele> {
  readonly protection: ObjetSimple<FeuilleModele> & { protect(): void; unprotect(): void };
  readonly onChanged: ReturnType<typeof evenement>;
  readonly pageLayout: PageLayout;

  constructor(
    ctx: ContexteBase,
    resoudre: () => FeuilleModele | null,
    cree?: { nom: string; args: unknown[]; ouNul: boolean },
  ) {
    const modele = ctx.hote.modele;
    super(
      ctx,
      resoudre,
      {
        id: { lire: (f) => f.id },
        name: {
          lire: (f) => f.name,
          ecrire: (f, v) => {
            if (ctx.hote.options.classeurProtege)
              throw erreur("AccessDenied", "Classeur protégé : renommage refusé.");
            f.name = verifierNom(ctx, v, f);
          },
        },
        position: {
          lire: (f) => modele.feuilles.indexOf(f),
          ecrire: (f, v) => {
            const p = Number(v);
            if (!Number.isInteger(p) || p < 0 || p >= modele.feuilles.length)
              throw erreur("InvalidArgument", `Position invalide : ${String(v)}.`);
            modele.feuilles = modele.feuilles.filter((x) => x !== f);
            modele.feuilles.splice(p, 0, f);
          },
        },
        visibility: {
          lire: (f) => f.visibility,
          ecrire: (f, v) => {
            if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
              throw erreur("InvalidArgument", `Visibilité invalide : ${String(v)}.`);
            if (
              v !== "Visible" &&
              !modele.feuilles.some((x) => x !== f && x.visibility === "Visible")
            ) {
              throw erreur(
                "InvalidOperation",
                "Impossible de masquer la dernière feuille visible.",
              );
            }
            f.visibility = v;
            if (v !== "Visible" && modele.activeId === f.id) {
              modele.activeId =
                modele.feuilles.find((x) => x.visibility === "Visible")?.id ?? modele.activeId;
            }
          },
        },
        tabColor: {
          lire: (f) => f.tabColor ?? "",
          ecrire: (f, v) => void (f.tabColor = String(v)),
        },
      },
      cree ? { cree } : {},
    );
    const protection = new ObjetSimple(ctx, () => this._cible(), {
      protected: { lire: (f) => f.protected },
    });
    const basculer = (etat: boolean) => () =>
      enfilerAppel(ctx, etat ? "protect" : "unprotect", [], () => {
        const f = this._cibleObligatoire();
        if (f.protected === etat)
          throw erreur(
            "AccessDenied",
            `La feuille est déjà ${etat ? "protégée" : "déprotégée"} (#6784).`,
          );
        f.protected = etat;
      });
    this.protection = Object.assign(protection, {
      protect: basculer(true),
      unprotect: basculer(false),
    });
    this.onChanged = evenement(ctx, () => this._cibleObligatoire().id);
    this.pageLayout = new PageLayout(ctx, () => this._cible());
  }

  protected override _enfant(nom: string): ObjetClient<unknown> | undefined {
    if (nom === "pageLayout") return this.pageLayout as ObjetClient<unknown>;
    return nom === "protection" ? (this.protection as ObjetClient<unknown>) : undefined;
  }

  private plage(
    nom: string,
    args: unknown[],
    z: (f: FeuilleModele) => import("../../domain/classeur/snapshot").CellRange | null,
    ouNul = false,
  ) {
    return new Range(
      this.context,
      () => {
        const f = this._cible();
        if (!f) return null;
        const zone = z(f);
        return zone ? { f, z: zone } : null;
      },
      { nom, args, ouNul },
    );
  }

  getRange(adresse?: string): Range {
    return this.plage("getRange", [adresse], () =>
      adresse === undefined || adresse === ""
        ? { top: 0, left: 0, bottom: LIGNES_MAX - 1, right: COLONNES_MAX - 1 }
        : lireAdresse(adresse).zone,
    );
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number): Range {
    return this.plage("getRangeByIndexes", [row, col, rowCount, columnCount], () => {
      if (
        row < 0 ||
        col < 0 ||
        rowCount < 1 ||
        columnCount < 1 ||
        row + rowCount > LIGNES_MAX ||
        col + columnCount > COLONNES_MAX
      ) {
        throw erreur("InvalidArgument", "getRangeByIndexes : indices hors de la feuille.");
      }
      return { top: row, left: col, bottom: row + rowCount - 1, right: col + columnCount - 1 };
    });
  }

  getCell(row: number, col: number): Range {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  getUsedRange(valuesOnly = false): Range {
    return this.plage(
      "getUsedRange",
      [valuesOnly],
      (f) => plageUtilisee(f, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.plage(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (f) => plageUtilisee(f, valuesOnly),
      true,
    );
  }

  getRanges(adresses: string): RangeAreas {
    return new RangeAreas(
      this.context,
      () => {
        const f = this._cible();
        if (!f) return null;
        if (adresses.length > 8192)
          throw erreur("InvalidArgument", "getRanges : adresse trop longue (#5198).");
        const zones = adresses
          .split(/[,;]/)
          .map((a) => a.trim())
          .filter(Boolean)
          .map((a) => lireAdresse(a).zone);
        if (!zones.length) throw erreur("InvalidArgument", "getRanges : aucune zone.");
        return { f, zones };
      },
      { nom: "getRanges", args: [adresses], ouNul: false },
    );
  }

  /** Feuille suivante (ordre des onglets) ; `null` après la dernière. */
  private suivante(visibleOnly: boolean): FeuilleModele | null {
    const f = this._cible();
    if (!f) return null;
    const fs = this.context.hote.modele.feuilles;
    return (
      fs.slice(fs.indexOf(f) + 1).find((x) => !visibleOnly || x.visibility === "Visible") ?? null
    );
  }

  getNext(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => this.suivante(visibleOnly), {
      nom: "getNext",
      args: [visibleOnly],
      ouNul: false,
    });
  }

  getNextOrNullObject(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => this.suivante(visibleOnly), {
      nom: "getNextOrNullObject",
      args: [visibleOnly],
      ouNul: true,
    });
  }

  activate(): void {
    enfilerAppel(this.context, "activate", [], () => {
      const f = this._cibleObligatoire();
      if (f.visibility !== "Visible")
        throw erreur(
          "InvalidOperation",
          `La feuille « ${f.name} » est masquée : elle ne peut pas être active.`,
        );
      const m = this.context.hote.modele;
      if (m.activeId !== f.id)
        m.selection = { sheetId: f.id, ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }] };
      m.activeId = f.id;
    });
  }

  delete(): void {
    enfilerAppel(this.context, "worksheet.delete", [], () => {
      const f = this._cibleObligatoire();
      const m = this.context.hote.modele;
      if (!m.feuilles.some((x) => x !== f && x.visibility === "Visible"))
        throw erreur("InvalidOperation", "Impossible de supprimer la dernière feuille visible.");
      if (f.visibility === "VeryHidden")
        throw erreur(
          "InvalidOperation",
          "Une feuille très masquée ne peut pas être supprimée directement (#365).",
        );
      m.feuilles = m.feuilles.filter((x) => x !== f);
      this.context.hote.marquerTout(); // références à la feuille supprimée : #REF!
      if (m.activeId === f.id)
        m.activeId = m.feuilles.find((x) => x.visibility === "Visible")?.id ?? "";
    });
  }
}
