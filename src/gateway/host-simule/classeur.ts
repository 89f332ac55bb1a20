import { Collection } from "./collection";
import { ContexteBase } from "./contexte";
import { erreur } from "./erreurs";
import { evenement, verifierNom, Worksheet } from "./feuille";
import type { Hote } from "./hote";
import type { ClasseurModele, FeuilleModele } from "./modele";
import { enfilerAppel, ObjetClient, ObjetSimple, ResultatClient } from "./objet-client";
import { NamedItemCollection } from "./noms";
import { Range } from "./plage";

export class WorksheetCollection extends Collection<ClasseurModele, Worksheet> {
  readonly onChanged: ReturnType<typeof evenement>;
  constructor(ctx: ContexteBase) {
    super(ctx, () => ctx.hote.modele, {});
    this.onChanged = evenement(ctx, () => "*");
  }
  protected elements(m: ClasseurModele): Worksheet[] {
    return m.feuilles.map((f) => new Worksheet(this.context, () => f));
  }
  private trouver(cle: string): FeuilleModele | null {
    const m = this.context.hote.modele;
    return (
      m.feuilles.find((f) => f.id === cle) ??
      m.feuilles.find((f) => f.name.toLowerCase() === cle.toLowerCase()) ??
      null
    );
  }
  getItem(cle: string): Worksheet {
    return new Worksheet(this.context, () => this.trouver(cle), {
      nom: `getItem(${cle})`,
      args: [cle],
      ouNul: false,
    });
  }
  getItemOrNullObject(cle: string): Worksheet {
    return new Worksheet(this.context, () => this.trouver(cle), {
      nom: "getItemOrNullObject",
      args: [cle],
      ouNul: true,
    });
  }
  getFirst(visibleOnly = false): Worksheet {
    const premiere = () =>
      this.context.hote.modele.feuilles.find((f) => !visibleOnly || f.visibility === "Visible") ??
      null;
    return new Worksheet(this.context, premiere, {
      nom: "getFirst",
      args: [visibleOnly],
      ouNul: false,
    });
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.trouver(this.context.hote.modele.activeId), {
      nom: "getActiveWorksheet",
      args: [],
      ouNul: false,
    });
  }
  getCount(): ResultatClient<number> {
    return new ResultatClient(
      this.context,
      { call: "getCount" },
      () => this.context.hote.modele.feuilles.length,
    );
  }
  add(nom?: string): Worksheet {
    const ctx = this.context;
    return new Worksheet(
      ctx,
      () => {
        const m = ctx.hote.modele;
        if (ctx.hote.options.classeurProtege)
          throw erreur("AccessDenied", "Classeur protégé : ajout de feuille refusé.");
        let n = nom;
        if (n === undefined) {
          let k = m.feuilles.length + 1;
          while (m.feuilles.some((f) => f.name.toLowerCase() === `sheet${k}`)) k++;
          n = `Sheet${k}`;
        }
        const f: FeuilleModele = {
          id: `{00000000-0001-0000-${String(++m.compteurIds).padStart(4, "0")}-000000000000}`,
          name: verifierNom(ctx, n),
          visibility: "Visible",
          protected: false,
          cells: new Map(),
          merges: [],
          validations: [],
          mfc: [],
          colonnes: new Map(),
          lignes: new Map(),
        };
        m.feuilles.push(f);
        return f;
      },
      { nom: "worksheets.add", args: [nom], ouNul: false },
    );
  }
}

class Setting extends ObjetClient<{ key: string }> {
  constructor(
    ctx: ContexteBase,
    resoudre: () => { key: string } | null,
    cree?: { nom: string; args: unknown[]; ouNul: boolean },
  ) {
    const s = ctx.hote.modele.settings;
    super(
      ctx,
      resoudre,
      {
        key: { lire: (x) => x.key },
        value: {
          lire: (x) => s.get(x.key),
          ecrire: (x, v) => void s.set(x.key, JSON.parse(JSON.stringify(v ?? null))),
        },
      },
      cree ? { cree } : {},
    );
  }
  delete(): void {
    enfilerAppel(
      this.context,
      "setting.delete",
      [],
      () => void this.context.hote.modele.settings.delete(this._cibleObligatoire().key),
    );
  }
}

export class SettingCollection extends Collection<Map<string, unknown>, Setting> {
  constructor(ctx: ContexteBase) {
    super(ctx, () => ctx.hote.modele.settings, {});
  }
  protected elements(s: Map<string, unknown>): Setting[] {
    return [...s.keys()].map((key) => new Setting(this.context, () => ({ key })));
  }
  private existe = (key: string) => (this.context.hote.modele.settings.has(key) ? { key } : null);
  getItem(key: string): Setting {
    return new Setting(this.context, () => this.existe(key), {
      nom: "settings.getItem",
      args: [key],
      ouNul: false,
    });
  }
  getItemOrNullObject(key: string): Setting {
    return new Setting(this.context, () => this.existe(key), {
      nom: "settings.getItemOrNullObject",
      args: [key],
      ouNul: true,
    });
  }
  add(key: string, value: unknown): Setting {
    return new Setting(
      this.context,
      () => {
        if (!key) throw erreur("InvalidArgument", "Clé de paramètre vide.");
        this.context.hote.modele.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
        return { key };
      },
      { nom: "settings.add", args: [key, value], ouNul: false },
    );
  }
}

export class Workbook extends ObjetClient<ClasseurModele> {
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;
  readonly names: NamedItemCollection;
  readonly protection: ObjetSimple<ClasseurModele>;
  constructor(ctx: ContexteBase) {
    super(ctx, () => ctx.hote.modele, { name: { lire: () => "Classeur simulé.xlsx" } });
    this.worksheets = new WorksheetCollection(ctx);
    this.settings = new SettingCollection(ctx);
    this.names = new NamedItemCollection(ctx);
    this.protection = new ObjetSimple(ctx, () => ctx.hote.modele, {
      protected: { lire: () => ctx.hote.options.classeurProtege === true },
    });
  }
  private selection(nom: string, premiere: boolean): Range {
    const ctx = this.context;
    return new Range(
      ctx,
      () => {
        const { selection, feuilles } = ctx.hote.modele;
        const f = feuilles.find((x) => x.id === selection.sheetId);
        const z = selection.ranges[0];
        if (!f || !z) throw erreur("ItemNotFound", "Aucune sélection.");
        return { f, z: premiere ? { top: z.top, left: z.left, bottom: z.top, right: z.left } : z };
      },
      { nom, args: [], ouNul: false },
    );
  }
  getSelectedRange(): Range {
    return this.selection("getSelectedRange", false);
  }
  getActiveCell(): Range {
    return this.selection("getActiveCell", true);
  }
}

/** `context.application` et `context.runtime`. */
function application(ctx: ContexteBase) {
  const app = new ObjetSimple(ctx, () => ctx.hote.modele, {
    calculationMode: { lire: () => "Automatic" },
  });
  return Object.assign(app, {
    suspendApiCalculationUntilNextSync: () =>
      enfilerAppel(ctx, "suspendApiCalculationUntilNextSync", [], () => {
        ctx.hote.calculSuspendu = true;
      }),
    suspendScreenUpdatingUntilNextSync: () =>
      enfilerAppel(ctx, "suspendScreenUpdatingUntilNextSync", [], () => undefined),
    calculate: (type: string) => enfilerAppel(ctx, "calculate", [type], () => undefined),
  });
}

/** `Excel.RequestContext` de l'hôte simulé. */
export class RequestContext extends ContexteBase {
  readonly workbook: Workbook;
  readonly application: ReturnType<typeof application>;
  readonly runtime: ObjetSimple<Hote>;
  constructor(hote: Hote, delayForCellEdit = false) {
    super(hote, delayForCellEdit);
    this.workbook = new Workbook(this);
    this.application = application(this);
    this.runtime = new ObjetSimple<Hote>(this, () => hote, {
      enableEvents: {
        lire: (h) => h.enableEvents,
        ecrire: (h, v) => void (h.enableEvents = v !== false),
      },
    });
  }
}
